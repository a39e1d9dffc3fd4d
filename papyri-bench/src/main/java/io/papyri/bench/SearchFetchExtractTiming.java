package io.papyri.bench;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.PaperMetadata;
import io.papyri.api.PdfDocument;
import io.papyri.api.SearchQuery;
import io.papyri.core.Papyri;
import io.papyri.core.arxiv.ArxivSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Wall times of the path a reader takes: search arXiv (10 results), fetch one PDF into the store,
 * open it (extract + clean, first time), open it again (read back from the store). arXiv is an
 * in-process WireMock on 127.0.0.1 serving a recorded search answer and the corpus PDF
 * {@code 1706.03762.pdf}, so the times are Papyri's own plus loopback HTTP, never arXiv's.
 *
 * <p>Runs the path three times, each with a new {@link Papyri} and an empty temporary store:
 * a warm-up (cold JVM, minimum interval), then with {@code papyri.arxiv.min-interval=PT3S} (the
 * polite default: the fetch waits out the 3 s after the search) and with {@code PT0S} (raw cost).
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.papyri.bench.SearchFetchExtractTiming}; the corpus is
 * found as {@link Corpus#directory()} says ({@code -Dpapyri.corpus.dir=...}).
 */
public final class SearchFetchExtractTiming {

    private static final String PAPER = "1706.03762";

    private SearchFetchExtractTiming() {
    }

    /**
     * @param args none
     * @throws IOException when the corpus files cannot be read or the store cannot be made
     */
    public static void main(String[] args) throws IOException {
        Path corpus = Corpus.directory();
        byte[] feed = Files.readAllBytes(corpus.resolve("arxiv-api/search-testing-start10-max10.atom.xml"));
        byte[] pdf = Files.readAllBytes(corpus.resolve("pdfs/" + PAPER + ".pdf"));

        WireMockServer arxiv = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        arxiv.start();
        try {
            arxiv.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/atom+xml; charset=UTF-8").withBody(feed)));
            arxiv.stubFor(get(urlPathEqualTo("/pdf/" + PAPER)).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/pdf").withBody(pdf)));
            String base = "http://127.0.0.1:" + arxiv.port();
            System.out.printf("arXiv stand-in: WireMock at %s; PDF %s.pdf, %d bytes%n", base, PAPER, pdf.length);

            run("warm-up (cold JVM), min-interval PT0S", "PT0S", base);
            run("polite, min-interval PT3S", "PT3S", base);
            run("raw, min-interval PT0S", "PT0S", base);
            System.out.printf("requests served: %d (each run: 1 search + 1 PDF; the second open makes none)%n",
                    arxiv.getAllServeEvents().size());
        } finally {
            arxiv.stop();
        }
        System.exit(0);
    }

    private static void run(String label, String minInterval, String base) throws IOException {
        Path store = Files.createTempDirectory("papyri-timing-store");
        try (Papyri papyri = Papyri.builder()
                .withoutLogging()
                .setting(ArxivSource.API_URL, base + "/api/query")
                .setting(ArxivSource.PDF_URL, base + "/pdf/")
                .setting(ArxivSource.MIN_INTERVAL, minInterval)
                .setting("papyri.store.dir", store.toString())
                .build()) {
            System.out.println("== " + label);
            SearchQuery query = new SearchQuery("testing", 10, SearchQuery.SortOrder.RELEVANCE, true, null, null);
            List<PaperMetadata> found = time("search", () -> {
                try (Stream<PaperMetadata> results = papyri.search(query)) {
                    return results.toList();
                }
            });
            PaperId id = Papyri.paperId(PAPER);
            PdfDocument fetched = time("fetch", () -> papyri.pdf(id));
            Paper first = time("extract+clean (first open)", () -> papyri.open(PAPER));
            Paper second = time("second open (cached)", () -> papyri.open(PAPER));
            System.out.printf("   (%d results; %d bytes fetched; title \"%s\"; same paper on second open: %s)%n",
                    found.size(), fetched.size(), first.title(), first.equals(second));
        } finally {
            delete(store);
        }
    }

    private static <T> T time(String step, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("%s: %d ms%n", step, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
