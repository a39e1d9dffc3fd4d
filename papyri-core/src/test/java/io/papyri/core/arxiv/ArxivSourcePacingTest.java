package io.papyri.core.arxiv;

import io.papyri.api.PaperId;
import io.papyri.api.PaperMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

class ArxivSourcePacingTest {

    private ArxivWireMock arxiv;
    private ExecutorService pool;

    @BeforeEach
    void start() {
        arxiv = new ArxivWireMock();
        pool = Executors.newFixedThreadPool(4);
        for (int i = 1; i <= 5; i++) {
            String id = "2101.0000" + i;
            arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("id_list", equalTo(id))
                    .willReturn(aResponse().withStatus(200).withBody(
                            AtomFeeds.modern("", 1, 0, 1, List.of(AtomFeeds.Entry.of(id + "v1"))))));
        }
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        arxiv.close();
    }

    @Test
    void fiveRequestsFromFourThreadsAreAtLeastThreeSecondsApartInFakeTime() throws Exception {
        ArxivSource source = arxiv.sourceBuilder().build();

        List<Optional<PaperMetadata>> found = runTogether(IntStream.rangeClosed(1, 5)
                .mapToObj(i -> (Callable<Optional<PaperMetadata>>) () -> source.metadata(PaperId.parse("arxiv:2101.0000" + i)))
                .toList());

        assertThat(found).allSatisfy(m -> assertThat(m).isPresent());
        List<Instant> times = arrivalTimes();
        assertThat(times).hasSize(5);
        assertThat(times.get(0)).as("the first request does not wait").isEqualTo(FakeTime.START);
        assertThat(gaps(times)).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(3)));
        assertThat(arxiv.time().waits()).hasSize(4).allSatisfy(w -> assertThat(w).isEqualTo(Duration.ofSeconds(3)));
        assertThat(arxiv.urls()).extracting(u -> u.replaceAll(".*id_list=([^&]+).*", "$1"))
                .containsExactlyInAnyOrder("2101.00001", "2101.00002", "2101.00003", "2101.00004", "2101.00005");
        arxiv.log("pacing", "5 lookups from 4 threads, min-interval PT3S");
    }

    @Test
    void twoSourcesOnTheSameHostShareOnePacer() throws Exception {
        ArxivSource first = arxiv.sourceBuilder().build();
        ArxivSource second = arxiv.sourceBuilder().build();

        runTogether(List.of(
                () -> first.metadata(PaperId.parse("arxiv:2101.00001")),
                () -> second.metadata(PaperId.parse("arxiv:2101.00002")),
                () -> first.metadata(PaperId.parse("arxiv:2101.00003")),
                () -> second.metadata(PaperId.parse("arxiv:2101.00004"))));

        assertThat(gaps(arrivalTimes())).hasSize(3)
                .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(3)));
    }

    @Test
    void theIntervalIsConfigurable() throws Exception {
        ArxivSource source = arxiv.sourceBuilder().minInterval(Duration.ofSeconds(10)).build();

        runTogether(List.of(
                () -> source.metadata(PaperId.parse("arxiv:2101.00001")),
                () -> source.metadata(PaperId.parse("arxiv:2101.00002")),
                () -> source.metadata(PaperId.parse("arxiv:2101.00003"))));

        assertThat(gaps(arrivalTimes())).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void aRetryAfterHoldsBackEveryThreadNotOnlyTheOneThatGotIt() throws Exception {
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).atPriority(1).inScenario("busy")
                .whenScenarioStateIs(STARTED).willSetStateTo("calm")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "20")));
        ArxivSource source = arxiv.sourceBuilder().build();

        runTogether(List.of(
                () -> source.metadata(PaperId.parse("arxiv:2101.00001")),
                () -> source.metadata(PaperId.parse("arxiv:2101.00002")),
                () -> source.metadata(PaperId.parse("arxiv:2101.00003"))));

        List<Instant> times = arrivalTimes();
        assertThat(times).hasSize(4);
        assertThat(Duration.between(times.get(0), times.get(1)))
                .as("whoever comes after the 429 waits out its Retry-After").isEqualTo(Duration.ofSeconds(20));
        assertThat(gaps(times).subList(1, 3)).containsOnly(Duration.ofSeconds(3));
        arxiv.log("pacing", "3 lookups from 3 threads; the first answer is 429 Retry-After: 20");
    }

    @Test
    void theUserAgentNamesTheApplication() {
        arxiv.sourceBuilder().userAgent("my-reader/2.1 (+https://example.org/reader; mailto:unset)").build()
                .metadata(PaperId.parse("arxiv:2101.00001"));

        arxiv.server().verify(getRequestedFor(urlPathEqualTo("/api/query"))
                .withHeader("User-Agent", equalTo("my-reader/2.1 (+https://example.org/reader; mailto:unset)"))
                .withHeader("Accept", equalTo("application/atom+xml")));
    }

    @Test
    void theDefaultUserAgentNamesPapyriAndItsVersion() {
        ArxivSource source = ArxivSource.builder().apiUrl(arxiv.apiUrl()).pdfUrl(arxiv.pdfUrl())
                .clock(arxiv.time()).sleeper(arxiv.time()).build();

        source.metadata(PaperId.parse("arxiv:2101.00001"));

        assertThat(source.userAgent()).matches("papyri/\\S+ \\(\\+https://github\\.com/papyri; mailto:unset\\)");
        arxiv.server().verify(getRequestedFor(urlPathEqualTo("/api/query"))
                .withHeader("User-Agent", matching("papyri/\\S+ \\(\\+https://github\\.com/papyri; mailto:unset\\)")));
    }

    private <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                go.await();
                return task.call();
            }));
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            // a guard against a hang, not a timing assertion: fake time never really sleeps
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    private List<Instant> arrivalTimes() {
        return arxiv.received().stream().map(ArxivWireMock.Received::at).sorted(Comparator.naturalOrder()).toList();
    }

    private static List<Duration> gaps(List<Instant> times) {
        return IntStream.range(1, times.size()).mapToObj(i -> Duration.between(times.get(i - 1), times.get(i))).toList();
    }
}
