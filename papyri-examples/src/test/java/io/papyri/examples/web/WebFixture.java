package io.papyri.examples.web;

import io.papyri.api.Paper;
import io.papyri.core.Papyri;
import io.papyri.core.experiment.Experiment;
import io.papyri.core.pipeline.PipelineListener;
import io.papyri.examples.cli.GeneratedPaper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A running web app for tests: the embedded default providers (unless overridden) on a store in a
 * temporary folder, listening on 127.0.0.1 at a free port, with one generated paper in its library.
 */
public final class WebFixture implements AutoCloseable {

    private final Papyri papyri;
    private final WebApp app;
    private final Paper paper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private WebFixture(Papyri papyri, WebApp app, Paper paper) {
        this.papyri = papyri;
        this.app = app;
        this.paper = paper;
    }

    /**
     * Starts the app with default settings and the generated paper.
     *
     * @param dir a temporary folder
     * @return the fixture
     * @throws IOException when the paper cannot be written
     */
    public static WebFixture start(Path dir) throws IOException {
        return start(dir, WebSettings.local(0), GeneratedPaper.TITLE, Map.of(), Optional.empty());
    }

    /**
     * Starts the app.
     *
     * @param dir        a temporary folder: the store and the paper go there
     * @param settings   the web settings (use port 0)
     * @param title      the generated paper's title
     * @param providers  Papyri settings, such as {@code papyri.arxiv.api-url} of a WireMock server
     * @param experiment an experiment to serve
     * @return the fixture
     * @throws IOException when the paper cannot be written
     */
    public static WebFixture start(Path dir, WebSettings settings, String title, Map<String, String> providers,
                                   Optional<Experiment> experiment) throws IOException {
        Path store = Files.createDirectories(dir.resolve("store"));
        Path pdf = GeneratedPaper.write(dir.resolve("paper.pdf"), title);
        PipelineListener metrics = WebApp.metricsListener();
        Papyri.Builder builder = Papyri.builder().withoutLogging().listener(metrics)
                .setting("papyri.store.dir", store.toString());
        providers.forEach(builder::setting);
        Papyri papyri = builder.build();
        try {
            Paper paper = papyri.open(pdf.toString());
            WebApp app = WebApp.start(papyri, settings, experiment, metrics);
            return new WebFixture(papyri, app, paper);
        } catch (RuntimeException e) {
            papyri.close();
            throw e;
        }
    }

    /** @return the app's base address, such as {@code http://127.0.0.1:41234} */
    public String base() {
        return "http://127.0.0.1:" + app.port();
    }

    /** @return the generated paper, kept in the store */
    public Paper paper() {
        return paper;
    }

    /** @return the Papyri instance behind the app */
    public Papyri papyri() {
        return papyri;
    }

    /**
     * Sends a GET.
     *
     * @param path the path and query
     * @param headers header names and values, alternating
     * @return the response
     */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a POST with a JSON body.
     *
     * @param path the path
     * @param json the body
     * @param headers header names and values, alternating
     * @return the response
     */
    public HttpResponse<String> post(String path, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            papyri.close();
        }
    }
}
