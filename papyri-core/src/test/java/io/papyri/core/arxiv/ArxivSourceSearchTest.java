package io.papyri.core.arxiv;

import io.papyri.api.PaperId;
import io.papyri.api.PaperMetadata;
import io.papyri.api.SearchQuery;
import io.papyri.api.SourceUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArxivSourceSearchTest {

    @RegisterExtension
    final ArxivWireMock arxiv = new ArxivWireMock();

    @Test
    void recordedSearchPageIsServedAndMappedToMetadataOnTheConfiguredPdfUrl() {
        answer("start", "10", Corpus.arxivApiText("search-testing-start10-max10.atom.xml"));
        ArxivSource source = arxiv.sourceBuilder().build();

        List<ArxivEntry> entries = source.entries(ArxivSearch.builder().query("testing").start(10).maxResults(10).build())
                .toList();

        assertThat(arxiv.urls()).containsExactly(
                "/api/query?search_query=testing&sortBy=relevance&sortOrder=descending&start=10&max_results=10");
        assertThat(entries).hasSize(10);
        assertThat(entries.get(0).title()).isEqualTo("The Sample Complexity of Simple Binary Hypothesis Testing");
        PaperMetadata metadata = entries.get(0).toMetadata(source.pdfBaseUrl());
        assertThat(metadata.id()).isEqualTo(PaperId.parse("arxiv:2403.16981v2"));
        assertThat(metadata.categories()).containsExactly("math.ST", "cs.IT", "stat.ML");
        assertThat(metadata.pdfUrl()).isEqualTo(URI.create(arxiv.pdfUrl() + "2403.16981v2"));
        assertThat(metadata.published()).isEqualTo(Instant.parse("2024-03-25T17:42:32Z"));
    }

    @Test
    void recordedIdListResponseAnswersMetadataForAVersionedId() {
        answer("id_list", "1111.2011v2", Corpus.arxivApiText("id_list-1111.2011v2.2016.atom.xml"));
        ArxivSource source = arxiv.sourceBuilder().build();

        Optional<PaperMetadata> found = source.metadata(PaperId.parse("arxiv:1111.2011v2"));

        assertThat(arxiv.urls()).containsExactly(
                "/api/query?id_list=1111.2011v2&sortBy=relevance&sortOrder=descending&start=0&max_results=1");
        assertThat(found).get().satisfies(m -> {
            assertThat(m.id()).isEqualTo(PaperId.parse("arxiv:1111.2011v2"));
            assertThat(m.title()).isEqualTo(
                    "Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit");
            assertThat(m.authors()).containsExactly("James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic");
            assertThat(m.categories()).containsExactly("cond-mat.str-el", "cond-mat.stat-mech");
            assertThat(m.pdfUrl()).isEqualTo(URI.create(arxiv.pdfUrl() + "1111.2011v2"));
        });
    }

    @Test
    void recordedEmptyFeedMeansNoSuchPaper() {
        answer("id_list", "0000.0000", Corpus.arxivApiText("empty-id_list-0000.0000.atom.xml"));

        assertThat(arxiv.sourceBuilder().build().metadata(PaperId.parse("arxiv:0000.0000"))).isEmpty();
        assertThat(arxiv.received()).hasSize(1);
    }

    @Test
    void builtEmptyFeedMeansNoSuchPaperWithoutTheCorpus() {
        answer("id_list", "2101.99999", AtomFeeds.empty("2101.99999"));

        assertThat(arxiv.sourceBuilder().build().metadata(PaperId.parse("arxiv:2101.99999"))).isEmpty();
    }

    @Test
    void idListsOfOldAndNewStyleIdsWithAndWithoutVersionAreSentInOrder() {
        List<AtomFeeds.Entry> found = List.of(AtomFeeds.Entry.of("math/0405482v1"), AtomFeeds.Entry.of("2101.01234v3"),
                AtomFeeds.Entry.of("hep-th/9901001v2"), AtomFeeds.Entry.of("1706.03762v7"));
        answer("id_list", "math/0405482v1,2101.01234,hep-th/9901001,1706.03762v7", AtomFeeds.modern("", 4, 0, 4, found));
        ArxivSource source = arxiv.sourceBuilder().build();

        List<ArxivEntry> entries = source.entries(ArxivSearch.ids(ArxivId.parse("math/0405482v1"),
                ArxivId.parse("2101.01234"), ArxivId.parse("hep-th.TH/9901001"), ArxivId.parse("arXiv:1706.03762v7"))).toList();

        assertThat(arxiv.urls()).containsExactly("/api/query?id_list=math/0405482v1,2101.01234,hep-th/9901001,1706.03762v7"
                + "&sortBy=relevance&sortOrder=descending&start=0&max_results=4");
        assertThat(entries).extracting(e -> e.id().toString())
                .containsExactly("math/0405482v1", "2101.01234v3", "hep-th/9901001v2", "1706.03762v7");
    }

    @Test
    void sourceNeutralQueriesCarrySortOrderAndDateRange() {
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query"))
                .willReturn(aResponse().withStatus(200).withBody(AtomFeeds.modern("q", 0, 0, 0, List.of()))));
        ArxivSource source = arxiv.sourceBuilder().build();

        source.search(new SearchQuery("ti:transformer AND cat:cs.CL", 5, SearchQuery.SortOrder.SUBMITTED, false,
                LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 30))).toList();
        source.search(new SearchQuery("au:hinton", 3, SearchQuery.SortOrder.UPDATED, true, null, null)).toList();
        source.search(SearchQuery.of("testing")).toList();

        assertThat(arxiv.urls()).containsExactly(
                "/api/query?search_query=%28ti%3Atransformer%20AND%20cat%3Acs.CL%29%20AND%20submittedDate%3A%5B"
                        + "201706010000%20TO%20201706302359%5D&sortBy=submittedDate&sortOrder=ascending&start=0&max_results=5",
                "/api/query?search_query=au%3Ahinton&sortBy=lastUpdatedDate&sortOrder=descending&start=0&max_results=3",
                "/api/query?search_query=testing&sortBy=relevance&sortOrder=descending&start=0&max_results=10");
        // WireMock decodes what it received back to arXiv's syntax
        assertThat(arxiv.server().getAllServeEvents()).anySatisfy(event -> assertThat(
                event.getRequest().queryParameter("search_query").firstValue())
                .isEqualTo("(ti:transformer AND cat:cs.CL) AND submittedDate:[201706010000 TO 201706302359]"));
    }

    @Test
    void everySortByAndSortOrderReachesTheWire() {
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query"))
                .willReturn(aResponse().withStatus(200).withBody(AtomFeeds.modern("q", 0, 0, 0, List.of()))));
        ArxivSource source = arxiv.sourceBuilder().minInterval(Duration.ZERO).build();

        for (ArxivSearch.SortBy by : ArxivSearch.SortBy.values()) {
            for (ArxivSearch.SortOrder order : ArxivSearch.SortOrder.values()) {
                source.page(ArxivSearch.builder().query(ArxivQuery.all("x")).sortBy(by).sortOrder(order).build());
            }
        }

        assertThat(arxiv.urls()).extracting(url -> url.replaceAll(".*sortBy=([^&]+)&sortOrder=([^&]+).*", "$1/$2"))
                .containsExactly("relevance/ascending", "relevance/descending", "lastUpdatedDate/ascending",
                        "lastUpdatedDate/descending", "submittedDate/ascending", "submittedDate/descending");
    }

    @Test
    void pagesAreFetchedLazilyAcrossTheTotal() {
        List<AtomFeeds.Entry> all = AtomFeeds.numbered(1, 5);
        answerPage(0, 2, AtomFeeds.modern("all:x", 5, 0, 2, all.subList(0, 2)));
        answerPage(2, 2, AtomFeeds.modern("all:x", 5, 2, 2, all.subList(2, 4)));
        answerPage(4, 1, AtomFeeds.modern("all:x", 5, 4, 1, all.subList(4, 5)));
        ArxivSource source = arxiv.sourceBuilder().pageSize(2).build();

        try (Stream<ArxivEntry> stream = source.entries(ArxivSearch.builder().query(ArxivQuery.all("x")).maxResults(100).build())) {
            List<ArxivEntry> first = stream.limit(1).toList();
            assertThat(first).extracting(e -> e.id().toString()).containsExactly("2101.00001v1");
            assertThat(arxiv.received()).as("only the first page is fetched for the first result").hasSize(1);
        }

        List<String> ids = source.entries(ArxivSearch.builder().query(ArxivQuery.all("x")).maxResults(100).build())
                .map(e -> e.id().toString()).toList();

        assertThat(ids).containsExactlyElementsOf(AtomFeeds.ids(all));
        assertThat(arxiv.urls().subList(1, 4)).extracting(url -> url.replaceAll(".*(start=\\d+&max_results=\\d+)", "$1"))
                .as("stops at totalResults=5 without asking for an empty page")
                .containsExactly("start=0&max_results=2", "start=2&max_results=2", "start=4&max_results=1");
    }

    @Test
    void maxResultsStopsTheWalkAndShrinksTheLastPage() {
        List<AtomFeeds.Entry> all = AtomFeeds.numbered(1, 3);
        answerPage(0, 2, AtomFeeds.modern("all:x", 100, 0, 2, all.subList(0, 2)));
        answerPage(2, 1, AtomFeeds.modern("all:x", 100, 2, 1, all.subList(2, 3)));
        ArxivSource source = arxiv.sourceBuilder().pageSize(2).build();

        List<ArxivEntry> entries = source.entries(ArxivSearch.builder().query(ArxivQuery.all("x")).maxResults(3).build()).toList();

        assertThat(entries).hasSize(3);
        assertThat(arxiv.received()).hasSize(2);
    }

    @Test
    void theWalkStopsAtArxivsCapOf30000EvenWhenTheTotalIsLarger() {
        // fake totals: arXiv reports a million results; only indexes below 30,000 may be asked for
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("start", equalTo("29000"))
                .willReturn(aResponse().withStatus(200).withBody(AtomFeeds.modern("all:x", 1_000_000, 29_000, 700,
                        AtomFeeds.numbered(29_000, 700)))));
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("start", equalTo("29700"))
                .willReturn(aResponse().withStatus(200).withBody(AtomFeeds.modern("all:x", 1_000_000, 29_700, 300,
                        AtomFeeds.numbered(29_700, 300)))));
        ArxivSource source = arxiv.sourceBuilder().pageSize(700).build();

        long count = source.entries(ArxivSearch.builder().query(ArxivQuery.all("x")).start(29_000).maxResults(5_000).build())
                .count();

        assertThat(count).isEqualTo(1_000);
        assertThat(arxiv.urls()).extracting(url -> url.replaceAll(".*(start=\\d+&max_results=\\d+)", "$1"))
                .containsExactly("start=29000&max_results=700", "start=29700&max_results=300");
    }

    @Test
    void anEmptyPageBeforeTheTotalIsAskedForAgainNotTakenAsTheEnd() {
        List<AtomFeeds.Entry> all = AtomFeeds.numbered(1, 4);
        answerPage(0, 2, AtomFeeds.modern("all:x", 4, 0, 2, all.subList(0, 2)));
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("start", equalTo("2"))
                .inScenario("hiccup").whenScenarioStateIs(STARTED).willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(200).withBody(AtomFeeds.modern("all:x", 4, 2, 0, List.of()))));
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("start", equalTo("2"))
                .inScenario("hiccup").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withBody(AtomFeeds.modern("all:x", 4, 2, 2, all.subList(2, 4)))));
        ArxivSource source = arxiv.sourceBuilder().pageSize(2).build();

        List<String> ids = source.entries(ArxivSearch.builder().query(ArxivQuery.all("x")).maxResults(10).build())
                .map(e -> e.id().toString()).toList();

        assertThat(ids).containsExactlyElementsOf(AtomFeeds.ids(all));
        assertThat(arxiv.urls()).extracting(url -> url.replaceAll(".*(start=\\d+)&.*", "$1"))
                .containsExactly("start=0", "start=2", "start=2");
        assertThat(arxiv.time().waits()).as("the repeat is paced like any request").containsExactly(
                Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void aPageThatStaysEmptyFailsTheStreamInsteadOfCuttingResultsShort() {
        answerPage(0, 2, AtomFeeds.modern("all:x", 10, 0, 2, AtomFeeds.numbered(1, 2)));
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("start", equalTo("2"))
                .willReturn(aResponse().withStatus(200).withBody(AtomFeeds.modern("all:x", 10, 2, 0, List.of()))));
        ArxivSource source = arxiv.sourceBuilder().pageSize(2).emptyPageRetries(2).build();

        assertThatThrownBy(() -> source.entries(ArxivSearch.builder().query(ArxivQuery.all("x")).maxResults(10).build()).toList())
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("empty page at start=2 3 times")
                .hasMessageContaining("10 results")
                .hasMessageContaining("papyri.arxiv.empty-page-retries");
        assertThat(arxiv.received()).hasSize(4);
    }

    @Test
    void anUnversionedLookupReturnsTheLatestVersionArxivNames() {
        answer("id_list", "1706.03762", AtomFeeds.modern("", 1, 0, 1, List.of(AtomFeeds.Entry.of("1706.03762v7"))));

        Optional<ArxivEntry> entry = arxiv.sourceBuilder().build().entry(ArxivId.parse("1706.03762"));

        assertThat(entry).get().extracting(e -> e.id().toString()).isEqualTo("1706.03762v7");
    }

    @Test
    void idsOfOtherSchemesAreNotLookedUp() {
        assertThat(arxiv.sourceBuilder().build().metadata(PaperId.parse("sha256:abcdef"))).isEmpty();
        assertThat(arxiv.received()).isEmpty();
    }

    private void answer(String parameter, String value, String body) {
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).withQueryParam(parameter, equalTo(value))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/atom+xml; charset=UTF-8")
                        .withBody(body)));
    }

    private void answerPage(int start, int size, String body) {
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("start", equalTo(String.valueOf(start)))
                .withQueryParam("max_results", equalTo(String.valueOf(size)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/atom+xml").withBody(body)));
    }
}
