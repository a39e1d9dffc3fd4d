package io.papyri.examples.worker;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.papyri.api.PaperId;
import io.papyri.core.Papyri;
import io.papyri.examples.cli.GeneratedPaper;
import io.papyri.examples.web.WebApp;
import io.papyri.examples.web.WebSettings;
import io.papyri.examples.worker.WorkerMetrics.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker end to end: work items on a real SQS emulator (ElasticMQ in process), papers from a
 * WireMock arXiv on 127.0.0.1, the store in a temporary folder.
 */
class PaperWorkerTest {

    private static final Duration RECEIVE_WAIT = Duration.ofSeconds(1);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static SqsEmulator sqs;

    @TempDir
    Path dir;

    private WireMockServer arxiv;
    private Papyri papyri;
    private WorkerMetrics metrics;
    private String queueUrl;
    private SqsPaperQueue queue;
    private PaperWorker worker;
    private final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeAll
    static void startSqs() {
        sqs = SqsEmulator.start();
    }

    @AfterAll
    static void stopSqs() {
        sqs.close();
    }

    @BeforeEach
    void setUp() {
        arxiv = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        arxiv.start();
        String base = "http://127.0.0.1:" + arxiv.port();
        metrics = new WorkerMetrics();
        papyri = Papyri.builder().withoutLogging().listener(metrics)
                .setting("papyri.store.dir", dir.resolve("store").toString())
                .setting("papyri.arxiv.api-url", base + "/api/query")
                .setting("papyri.arxiv.pdf-url", base + "/pdf/")
                .setting("papyri.arxiv.min-interval", "PT0S")
                .setting("papyri.arxiv.max-retries", "0")
                .setting("papyri.summarizer", "fixture-lead")
                .build();
        queueUrl = sqs.createQueue();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (worker != null) {
            worker.stop();
        }
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
        if (queue != null) {
            queue.close();
        }
        papyri.close();
        metrics.close();
        arxiv.stop();
    }

    @Test
    void preparesEveryPaperAndDeletesItsMessage() throws Exception {
        List<String> ids = List.of("2401.00001", "2401.00002", "2401.00003");
        for (String id : ids) {
            servePdf(id, "Paper " + id);
        }
        startWorker(2, Duration.ofSeconds(30));
        ids.forEach(id -> queue.send(new WorkItem(PaperId.parse("arxiv:" + id))));

        Eventually.until("three papers prepared", () -> metrics.count(Outcome.PREPARED) == 3, this::state);
        Eventually.until("the queue empty", () -> sqs.messages(queueUrl) == 0, this::state);

        for (String id : ids) {
            PaperId paperId = PaperId.parse("arxiv:" + id);
            assertThat(papyri.stored(paperId)).as(id).hasValueSatisfying(paper ->
                    assertThat(paper.title()).isEqualTo("Paper " + id));
            assertThat(papyri.store().get(paperId, Papyri.PAPER_ARTIFACT)).as(id + " paper.json").isPresent();
            arxiv.verify(exactly(1), getRequestedFor(urlPathEqualTo("/pdf/" + id)));
        }
        assertThat(metrics.scrape()).contains("papyri_worker_items_total{outcome=\"prepared\"} 3.0")
                .containsPattern("papyri_stage_seconds_count\\{[^}]*outcome=\"success\"[^}]*stage=\"summarize\"[^}]*} 3");
        assertThat(metrics.count(Outcome.RETRY)).isZero();
    }

    @Test
    void aRedeliveredItemDoesNotDownloadAgain() throws Exception {
        servePdf("2401.00010", "Twice Sent");
        startWorker(2, Duration.ofSeconds(30));
        WorkItem item = new WorkItem(PaperId.parse("arxiv:2401.00010"));

        queue.send(item);
        queue.send(item);
        Eventually.until("both messages handled", () -> metrics.count(Outcome.PREPARED) == 2, this::state);
        queue.send(item);
        Eventually.until("the third handled", () -> metrics.count(Outcome.PREPARED) == 3, this::state);

        Eventually.until("the queue empty", () -> sqs.messages(queueUrl) == 0, this::state);
        arxiv.verify(exactly(1), getRequestedFor(urlPathEqualTo("/pdf/2401.00010")));
    }

    @Test
    void aMalformedMessageIsDeletedAndCounted() throws Exception {
        startWorker(1, Duration.ofSeconds(30));

        sqs.sendRaw(queueUrl, "not json");
        sqs.sendRaw(queueUrl, "{\"paper_id\":\"../../etc/passwd\"}");
        sqs.sendRaw(queueUrl, "{\"paper\":\"arxiv:2401.00001\"}");

        Eventually.until("three malformed", () -> metrics.count(Outcome.MALFORMED) == 3, this::state);
        Eventually.until("the queue empty", () -> sqs.messages(queueUrl) == 0, this::state);
        assertThat(metrics.scrape()).contains("papyri_worker_items_total{outcome=\"malformed\"} 3.0");
        assertThat(worker.isAlive()).isTrue();
    }

    @Test
    void aPaperWhosePdfIsNotAPdfIsRejectedAndDeleted() throws Exception {
        arxiv.stubFor(get(urlPathEqualTo("/pdf/2401.00020")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody("<html>this is no PDF</html>")));
        startWorker(1, Duration.ofSeconds(1));

        queue.send(new WorkItem(PaperId.parse("arxiv:2401.00020")));

        Eventually.until("rejected", () -> metrics.count(Outcome.REJECTED) == 1, this::state);
        Eventually.until("the queue empty", () -> sqs.messages(queueUrl) == 0, this::state);
        assertThat(papyri.stored(PaperId.parse("arxiv:2401.00020"))).isEmpty();
        assertThat(metrics.count(Outcome.RETRY)).as(state()).isZero();
    }

    @Test
    void anUnavailableSourceLeavesTheMessageToComeBackAndTheWorkerGoesOn() throws Exception {
        arxiv.stubFor(get(urlPathEqualTo("/pdf/2401.00030")).willReturn(aResponse().withStatus(503)));
        startWorker(1, Duration.ofSeconds(1));

        queue.send(new WorkItem(PaperId.parse("arxiv:2401.00030")));

        // twice: the message became visible again after its visibility timeout and was received again
        Eventually.until("retried twice", () -> metrics.count(Outcome.RETRY) >= 2, this::state);
        assertThat(sqs.messages(queueUrl)).isEqualTo(1);
        assertThat(worker.isAlive()).isTrue();

        servePdf("2401.00030", "Back Again");
        Eventually.until("prepared once the source is back", () -> metrics.count(Outcome.PREPARED) == 1, this::state);
        Eventually.until("the queue empty", () -> sqs.messages(queueUrl) == 0, this::state);
    }

    @Test
    void healthAndMetricsOnTheHealthPort() throws Exception {
        startWorker(1, Duration.ofSeconds(30));
        WorkerHealth health = WorkerHealth.start("127.0.0.1", 0, worker, queue, metrics);
        closing.add(health);

        assertThat(getStatus(health, "/health/live")).isEqualTo(200);
        HttpResponse<String> ready = fetch(health, "/health/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"queue\":\"UP\"").contains("\"queue_depth\":0");
        HttpResponse<String> scrape = fetch(health, "/metrics");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(scrape.body()).contains("papyri_worker_items_total{outcome=\"prepared\"}")
                .contains("papyri_worker_queue_depth 0.0").contains("jvm_memory_used_bytes");
        assertThat(getStatus(health, "/api/papers")).isEqualTo(404);

        worker.stop();
        assertThat(getStatus(health, "/health/ready")).as("stopping").isEqualTo(503);
        assertThat(getStatus(health, "/health/live")).as("stopping on purpose is alive").isEqualTo(200);
    }

    @Test
    void notReadyWhenTheQueueEndpointIsDown() throws Exception {
        SqsEmulator gone = SqsEmulator.start();
        String goneUrl = gone.createQueue();
        SqsPaperQueue goneQueue = new SqsPaperQueue(gone.client(), goneUrl, Duration.ofSeconds(30));
        closing.add(goneQueue);
        PaperWorker idle = new PaperWorker(papyri, goneQueue, settings(1, Duration.ofSeconds(30)), metrics);
        closing.add(idle);
        WorkerHealth health = WorkerHealth.start("127.0.0.1", 0, idle, goneQueue, metrics);
        closing.add(health);
        assertThat(getStatus(health, "/health/ready")).isEqualTo(200);

        gone.close();

        HttpResponse<String> ready = fetch(health, "/health/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
        assertThat(ready.body()).contains("\"queue\":\"DOWN\"").contains(goneUrl);
        assertThat(getStatus(health, "/health/live")).isEqualTo(200);
    }

    @Test
    void aStopFinishesThePaperInHand() throws Exception {
        servePdf("2401.00040", "Slow Paper", aResponse().withFixedDelay(1500));
        startWorker(1, Duration.ofSeconds(30));
        queue.send(new WorkItem(PaperId.parse("arxiv:2401.00040")));
        Eventually.until("the paper in hand", () -> worker.inFlight() == 1, this::state);

        boolean finished = worker.stop();

        assertThat(finished).isTrue();
        assertThat(metrics.count(Outcome.PREPARED)).as(state()).isEqualTo(1);
        assertThat(papyri.stored(PaperId.parse("arxiv:2401.00040"))).isPresent();
        assertThat(sqs.messages(queueUrl)).isZero();
        queue.send(new WorkItem(PaperId.parse("arxiv:2401.00041")));
        assertThat(sqs.messages(queueUrl)).as("a stopped worker takes no more").isEqualTo(1);
    }

    @Test
    void theWebAppHandsANewPaperToTheWorkersAndShowsItOnceTheSharedStoreHasIt() throws Exception {
        servePdf("2401.00070", "Handed To A Worker");
        startWorker(1, Duration.ofSeconds(30));
        // the web app: its own Papyri on the same store, no access to arXiv, and its own queue client
        try (Papyri web = Papyri.builder().withoutLogging().setting("papyri.store.dir", dir.resolve("store").toString())
                .setting("papyri.arxiv.api-url", "http://127.0.0.1:9/api/query")
                .setting("papyri.arxiv.pdf-url", "http://127.0.0.1:9/pdf/")
                .setting("papyri.summarizer", "fixture-lead").build();
             SqsPaperQueue sending = new SqsPaperQueue(sqs.client(), queueUrl, Duration.ofSeconds(30));
             WebApp app = WebApp.start(web, WebSettings.local(0), Optional.empty(), null, Optional.of(sending))) {
            String base = "http://127.0.0.1:" + app.port();

            HttpResponse<String> progress = HTTP.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/papers/arxiv:2401.00070/progress")).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(progress.statusCode()).isEqualTo(200);
            assertThat(progress.body()).as(progress.body())
                    .contains("event: queued", "event: ready", "Handed To A Worker")
                    .doesNotContain("event: downloading", "event: failed");
            arxiv.verify(exactly(1), getRequestedFor(urlPathEqualTo("/pdf/2401.00070")));
            HttpResponse<String> summary = HTTP.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/papers/arxiv:2401.00070/summary")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
            assertThat(summary.body()).contains("\"output_id\"");
        }
    }

    private void startWorker(int concurrency, Duration visibility) {
        queue = new SqsPaperQueue(sqs.client(), queueUrl, visibility);
        worker = new PaperWorker(papyri, queue, settings(concurrency, visibility), metrics).start();
    }

    private static WorkerSettings settings(int concurrency, Duration visibility) {
        return new WorkerSettings(concurrency, visibility, RECEIVE_WAIT, Duration.ofSeconds(30));
    }

    private void servePdf(String id, String title) throws Exception {
        servePdf(id, title, aResponse());
    }

    private void servePdf(String id, String title, ResponseDefinitionBuilder response) throws Exception {
        Path pdf = GeneratedPaper.write(Files.createDirectories(dir.resolve("pdfs")).resolve(id + ".pdf"), title);
        arxiv.stubFor(get(urlPathEqualTo("/pdf/" + id)).willReturn(response.withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(Files.readAllBytes(pdf))));
    }

    private String state() {
        StringBuilder state = new StringBuilder("outcomes:");
        for (Outcome outcome : Outcome.values()) {
            state.append(' ').append(outcome).append('=').append(metrics.count(outcome));
        }
        try {
            state.append("; messages on the queue: ").append(sqs.messages(queueUrl));
        } catch (RuntimeException e) {
            state.append("; queue: ").append(e.getMessage());
        }
        return state.toString();
    }

    private static int getStatus(WorkerHealth health, String path) throws Exception {
        return fetch(health, path).statusCode();
    }

    private static HttpResponse<String> fetch(WorkerHealth health, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + health.port() + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
