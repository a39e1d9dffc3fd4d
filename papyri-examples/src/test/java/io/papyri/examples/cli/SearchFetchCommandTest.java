package io.papyri.examples.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@code papyri search}, {@code fetch}, {@code library} and {@code extract} by arXiv id end to
 * end against a WireMock server on 127.0.0.1 (dynamic port) that serves real recorded arXiv answers
 * from the shared corpus, with the store in a temporary folder.
 */
class SearchFetchCommandTest {

    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The ids of search-testing-start10-max10.atom.xml, in feed order. */
    private static final List<String> SEARCH_IDS = List.of("2403.16981v2", "2004.03322v1", "1912.09881v1",
            "2406.19956v3", "1912.04900v1", "2301.05651v1", "1605.01097v1", "2301.13615v1", "2407.18756v1",
            "2202.06271v1");

    private static final String PDF_PATH = "/pdf/1111.2011v2";

    @TempDir
    Path store;

    private WireMockServer arxiv;
    private final Map<String, String> savedProperties = new HashMap<>();

    @BeforeEach
    void start() {
        arxiv = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        arxiv.start();
        String base = "http://127.0.0.1:" + arxiv.port();
        setProperty("papyri.store.dir", store.toString());
        setProperty("papyri.arxiv.api-url", base + "/api/query");
        setProperty("papyri.arxiv.pdf-url", base + "/pdf/");
        setProperty("papyri.arxiv.min-interval", "PT0S");
        setProperty("papyri.arxiv.max-retries", "0");
    }

    @AfterEach
    void stop() {
        savedProperties.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        savedProperties.clear();
        arxiv.stop();
    }

    @Test
    void searchAsJsonPrintsEveryRecordedEntryWithItsFields() throws Exception {
        serveFeed(200, "search-testing-start10-max10.atom.xml");

        CliRun run = CliRun.of("search", "testing", "--format", "json", "--max", "10");

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode json = STRICT_JSON.readTree(run.out());
        assertThat(json.isArray()).as(run.out()).isTrue();
        List<String> ids = new ArrayList<>();
        for (JsonNode paper : json) {
            ids.add(paper.get("id").asText());
            assertThat(paper.get("title").asText()).as(paper.toString()).isNotBlank();
            assertThat(paper.get("authors").isArray() && !paper.get("authors").isEmpty()).as(paper.toString()).isTrue();
            assertThat(paper.get("abstract").asText()).as(paper.toString()).isNotBlank();
            assertThat(paper.get("published").asText()).as(paper.toString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
            assertThat(paper.get("categories").isArray() && !paper.get("categories").isEmpty())
                    .as(paper.toString()).isTrue();
            assertThat(paper.get("pdf_url").asText()).as(paper.toString())
                    .isEqualTo("http://127.0.0.1:" + arxiv.port() + "/pdf/" + paper.get("id").asText());
        }
        assertThat(ids).containsExactlyElementsOf(SEARCH_IDS);

        JsonNode first = json.get(0);
        assertThat(first.get("title").asText()).isEqualTo("The Sample Complexity of Simple Binary Hypothesis Testing");
        assertThat(first.get("authors")).extracting(JsonNode::asText)
                .containsExactly("Ankit Pensia", "Varun Jog", "Po-Ling Loh");
        assertThat(first.get("categories")).extracting(JsonNode::asText).containsExactly("math.ST", "cs.IT", "stat.ML");
        assertThat(first.get("published").asText()).startsWith("2024-03-25T17:42:32");
        assertThat(first.get("abstract").asText()).startsWith("The sample complexity of simple binary hypothesis");
        arxiv.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/query")));
    }

    @Test
    void searchAsTablePrintsTheIds() throws Exception {
        serveFeed(200, "search-testing-start10-max10.atom.xml");

        CliRun run = CliRun.of("search", "testing");

        assertThat(run.code()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("ID").contains("TITLE");
        for (String id : SEARCH_IDS) {
            assertThat(lines).as(run.out()).anySatisfy(line -> assertThat(line).startsWith(id + " "));
        }
        assertThat(lines).contains("10 results");
        assertThat(run.out()).contains("Model-based Testing of Scratch Programs");
    }

    @Test
    void fetchKeepsThePdfAndLaterOpensNeverDownloadItAgain() throws Exception {
        Path pdf = corpus().resolve("pdfs/1111.2011.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        arxiv.stubFor(get(urlPathEqualTo(PDF_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(bytes)));

        CliRun fetch = CliRun.of("fetch", "1111.2011v2");

        assertThat(fetch.code()).as(fetch.toString()).isZero();
        assertThat(fetch.out().lines().toList()).as(fetch.toString()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("arxiv:1111.2011v2\t")
                .contains(bytes.length + " bytes")
                .endsWith("sha256:" + sha256));
        arxiv.verify(exactly(1), getRequestedFor(urlPathEqualTo(PDF_PATH)));

        CliRun library = CliRun.of("library", "--format", "json");

        assertThat(library.code()).as(library.toString()).isZero();
        JsonNode records = STRICT_JSON.readTree(library.out());
        assertThat(records).as(library.out()).singleElement().satisfies(record -> {
            assertThat(record.get("id").asText()).isEqualTo("arxiv:1111.2011v2");
            assertThat(record.get("pdf_sha256").asText()).isEqualTo(sha256);
        });

        CliRun extract = CliRun.of("extract", "1111.2011v2", "--format", "json");

        assertThat(extract.code()).as(extract.toString()).isZero();
        JsonNode paper = STRICT_JSON.readTree(extract.out());
        assertThat(paper.get("id").asText()).isEqualTo("arxiv:1111.2011v2");
        assertThat(paper.get("title").asText()).as(paper.get("title").toString()).contains("Quantum Criticality");
        // the proof that open reads the kept PDF: still the one download of the fetch command
        arxiv.verify(exactly(1), getRequestedFor(urlPathEqualTo(PDF_PATH)));

        CliRun again = CliRun.of("extract", "1111.2011v2", "--format", "json");

        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(STRICT_JSON.readTree(again.out())).isEqualTo(paper);
        arxiv.verify(exactly(1), getRequestedFor(urlPathEqualTo(PDF_PATH)));
        arxiv.verify(exactly(1), anyRequestedFor(anyUrl()));
    }

    @Test
    void searchRejectedByArxivFailsWithArxivsMessageInOneLine() throws Exception {
        serveFeed(400, "error-400-id_list-abc.atom.xml");

        CliRun run = CliRun.of("search", "id:abc", "--format", "json");

        assertThat(run.code()).as(run.toString()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).as(run.toString()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("papyri: ")
                .contains("incorrect id format")
                .doesNotContain("Exception"));
        arxiv.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/query")));
    }

    @Test
    void fetchRejectedByArxivFailsWithArxivsMessageInOneLine() throws Exception {
        arxiv.stubFor(get(urlPathMatching("/pdf/.*")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/atom+xml; charset=UTF-8")
                .withBody(Files.readAllBytes(corpus().resolve("arxiv-api/error-400-id_list-abc.atom.xml")))));

        CliRun run = CliRun.of("fetch", "2101.00001");

        assertThat(run.code()).as(run.toString()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).as(run.toString()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("papyri: ")
                .contains("incorrect id format")
                .doesNotContain("Exception"));
        // nothing was kept
        CliRun library = CliRun.of("library", "--format", "json");
        assertThat(library.code()).as(library.toString()).isZero();
        assertThat(STRICT_JSON.readTree(library.out())).as(library.out()).isEmpty();
    }

    @Test
    void anUnknownSortIsAUsageError() {
        CliRun run = CliRun.of("search", "testing", "--sort", "popularity");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).as(run.toString()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("papyri: ").contains("popularity").contains("relevance"));
        assertThat(arxiv.getAllServeEvents()).isEmpty();
    }

    private void serveFeed(int status, String file) throws Exception {
        arxiv.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/atom+xml; charset=UTF-8")
                .withBody(Files.readAllBytes(corpus().resolve("arxiv-api").resolve(file)))));
    }

    private static Path corpus() {
        String shared = System.getProperty("papyri.shared.dir");
        Path corpus = shared == null ? null : Path.of(shared, "corpus");
        assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("arxiv-api")) && Files.isDirectory(corpus.resolve("pdfs")),
                "the shared corpus (recorded arXiv answers and PDFs) is not at " + corpus
                        + "; set papyri.shared.dir to the folder holding corpus/");
        return corpus;
    }

    private void setProperty(String key, String value) {
        savedProperties.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
    }
}
