package io.papyri.core.arxiv;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock server on 127.0.0.1 (dynamic port) standing in for arXiv, with a fake clock: every
 * request is recorded with the fake time at which it arrived, before it is answered. Register it
 * as {@code @RegisterExtension final ArxivWireMock arxiv = new ArxivWireMock();}: each test gets a
 * fresh server, stopped after the test.
 */
public final class ArxivWireMock implements AutoCloseable, AfterEachCallback {

    /**
     * One request as the server saw it.
     *
     * @param at        the fake time it arrived
     * @param url       path and raw query, as sent
     * @param userAgent the User-Agent header
     * @param serveId   WireMock's id of the exchange, to look up the answer
     */
    public record Received(Instant at, String url, String userAgent, UUID serveId) {
    }

    private final FakeTime time = new FakeTime();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final WireMockServer server;

    /** Starts the server. */
    public ArxivWireMock() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(new Recorder()));
        server.start();
    }

    /** @return the server, to stub and verify */
    public WireMockServer server() {
        return server;
    }

    /** @return the fake clock and sleeper the sources use */
    public FakeTime time() {
        return time;
    }

    /** @return {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** @return the API URL on this server */
    public String apiUrl() {
        return baseUrl() + "/api/query";
    }

    /** @return the PDF base URL on this server */
    public String pdfUrl() {
        return baseUrl() + "/pdf/";
    }

    /**
     * A source builder aimed at this server, on fake time, with exact (jitter-free) backoff.
     *
     * @return the builder; the pacing interval is arXiv's 3 s
     */
    public ArxivSource.Builder sourceBuilder() {
        return ArxivSource.builder()
                .apiUrl(apiUrl())
                .pdfUrl(pdfUrl())
                .userAgent("papyri-tests/1.0 (+https://github.com/papyri; mailto:unset)")
                .clock(time)
                .sleeper(time)
                .jitter(() -> 1.0)
                .minInterval(Duration.ofSeconds(3));
    }

    /** @return every request received so far, in arrival order */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** @return the URLs received so far, in arrival order */
    public List<String> urls() {
        return received.stream().map(Received::url).toList();
    }

    /**
     * What the server answered to a request, for logs.
     *
     * @param request a received request
     * @return {@code HTTP <status>}, the fault injected, or {@code ?}
     */
    public String answerTo(Received request) {
        return server.getAllServeEvents().stream().filter(e -> e.getId().equals(request.serveId())).findFirst()
                .map(e -> e.getResponseDefinition().getFault() != null
                        ? "fault " + e.getResponseDefinition().getFault()
                        : "HTTP " + e.getResponseDefinition().getStatus()
                        + (e.getResponseDefinition().getHeaders() != null
                        && e.getResponseDefinition().getHeaders().getHeader("Retry-After").isPresent()
                        ? " Retry-After: " + e.getResponseDefinition().getHeaders().getHeader("Retry-After").firstValue()
                        : ""))
                .orElse("?");
    }

    /**
     * Prints each request's fake arrival time and answer, then the waits asked of the sleeper.
     *
     * @param tag      a prefix for the lines
     * @param scenario what the test does
     */
    public void log(String tag, String scenario) {
        System.out.println("[" + tag + "] " + scenario);
        received.forEach(r -> System.out.println("[" + tag + "]   " + FakeTime.offset(r.at()) + "  GET " + r.url()
                + "  -> " + answerTo(r)));
        System.out.println("[" + tag + "]   sleeper waits: " + time.waits());
    }

    @Override
    public void close() {
        server.stop();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    /** Records each request on arrival, while the client still holds its turn, so the fake time is exact. */
    private final class Recorder implements StubRequestFilterV2 {

        @Override
        public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
            received.add(new Received(time.instant(), request.getUrl(), request.getHeader("User-Agent"), serveEvent.getId()));
            return RequestFilterAction.continueWith(request);
        }

        @Override
        public String getName() {
            return "arrival-recorder";
        }
    }
}
