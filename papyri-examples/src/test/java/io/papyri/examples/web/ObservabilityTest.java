package io.papyri.examples.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papyri.examples.cli.GeneratedPaper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Health checks, Prometheus metrics and the structured request log of the web app, over real HTTP. */
class ObservabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static WebFixture web;
    static String id;

    private Logger access;
    private ListAppender<ILoggingEvent> lines;
    private Level accessLevel;

    @BeforeAll
    static void start() throws Exception {
        web = WebFixture.start(dir, WebSettings.local(0), GeneratedPaper.TITLE, Map.of(), Optional.empty());
        id = web.paper().id().toString();
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
    }

    @BeforeEach
    void captureAccessLog() {
        access = (Logger) LoggerFactory.getLogger("io.papyri.web.access");
        accessLevel = access.getLevel();
        access.setLevel(Level.INFO);
        lines = new ListAppender<>();
        lines.setContext(access.getLoggerContext());
        lines.start();
        access.addAppender(lines);
    }

    @AfterEach
    void releaseAccessLog() {
        access.detachAppender(lines);
        lines.stop();
        access.setLevel(accessLevel);
    }

    @Test
    void liveness() throws Exception {
        HttpResponse<String> live = web.get("/health/live");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(JSON.readTree(live.body())).isEqualTo(JSON.readTree("{\"status\":\"UP\"}"));
    }

    @Test
    void readiness() throws Exception {
        HttpResponse<String> ready = web.get("/health/ready");

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(ready.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.at("/checks/store").asText()).isEqualTo("UP");
        assertThat(body.at("/checks/feedback").asText()).isEqualTo("UP");
    }

    @Test
    void metricsInPrometheusFormatAfterTraffic() throws Exception {
        String summary = "/api/papers/" + id + "/summary?style=tldr";
        assertThat(web.get(summary).statusCode()).isEqualTo(200);
        assertThat(web.get(summary).statusCode()).isEqualTo(200);

        // the request metrics are recorded after the response went out: wait for them
        String[] scraped = new String[1];
        boolean complete = eventually(() -> {
            scraped[0] = scrape();
            return lineWith(scraped[0], "papyri_http_requests_seconds_count{", "route=\"/api/papers/{id}/summary\"",
                    "status=\"200\"") != null;
        });
        String metrics = scraped[0];

        assertThat(complete).as(metrics).isTrue();
        assertThat(lineWith(metrics, "papyri_http_requests_seconds_count{", "method=\"GET\"",
                "route=\"/api/papers/{id}/summary\"")).isNotNull();
        assertThat(metrics).as("the route template, never the concrete id")
                .doesNotContain("route=\"/api/papers/" + id);
        assertThat(lineWith(metrics, "papyri_stage_seconds_count{", "stage=\"summarize\"")).as(metrics).isNotNull();
        assertThat(lineWith(metrics, "papyri_web_stage_seconds_count{", "stage=\"summarize\"")).as(metrics).isNotNull();
        assertThat(lineWith(metrics, "papyri_cache_total{", "cache=\"summary\"", "result=\"miss\"")).as(metrics).isNotNull();
        assertThat(lineWith(metrics, "papyri_cache_total{", "cache=\"summary\"", "result=\"hit\"")).as(metrics).isNotNull();
        assertThat(metrics).contains("jvm_memory_used_bytes{").contains("jvm_gc_")
                .contains("# TYPE papyri_http_requests_seconds histogram");
        assertThat(counter(metrics, "papyri_cache_total{", "cache=\"summary\"", "result=\"hit\"")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void metricsAreServedAsPrometheusText() throws Exception {
        HttpResponse<String> metrics = web.get("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/plain").contains("version=0.0.4"));
        assertThat(metrics.body()).contains("# HELP").contains("# TYPE");
    }

    @Test
    void unmatchedRoutesShareOneSeries() throws Exception {
        assertThat(web.get("/no/such/page/" + System.nanoTime()).statusCode()).isEqualTo(404);

        String[] scraped = new String[1];
        boolean recorded = eventually(() -> {
            scraped[0] = scrape();
            return lineWith(scraped[0], "papyri_http_requests_seconds_count{", "status=\"404\"") != null;
        });

        assertThat(recorded).as(scraped[0]).isTrue();
        assertThat(scraped[0]).doesNotContain("route=\"/no/such/page");
    }

    @Test
    void oneJsonLinePerRequestWithItsFacts() throws Exception {
        HttpResponse<String> response = web.get("/api/papers/" + id + "/summary", "X-Request-Id", "obs-summary-1");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = JSON.readTree(response.body());

        assertThat(eventually(() -> lineFor("obs-summary-1") != null)).as("%s", messages()).isTrue();
        JsonNode line = lineFor("obs-summary-1");

        assertThat(line.get("method").asText()).isEqualTo("GET");
        assertThat(line.get("route").asText()).isEqualTo("/api/papers/{id}/summary");
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.get("status").isInt()).isTrue();
        assertThat(line.get("ms").isNumber()).isTrue();
        assertThat(line.get("ms").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(line.get("paper").asText()).isEqualTo(id);
        assertThat(line.get("provider").asText()).isNotBlank()
                .isEqualTo(summary.at("/provenance/provider").asText());
        assertThat(line.get("output").asText()).isEqualTo(summary.get("output_id").asText());
        assertThat(line.get("stages_ms").has("summarize")).as(line.toString()).isTrue();
        assertThat(line.get("stages_ms").get("summarize").isNumber()).isTrue();
        assertThat(line.get("stages_ms").has("load")).isTrue();
        long forThisRequest = lines.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.contains("\"obs-summary-1\"")).count();
        assertThat(forThisRequest).isEqualTo(1);
        assertThat(lines.list).allSatisfy(event -> assertThat(event.getLevel()).isEqualTo(Level.INFO));
    }

    @Test
    void failedRequestsAreLoggedToo() throws Exception {
        HttpResponse<String> missing = web.get("/api/papers/arxiv:2501.99999/summary", "X-Request-Id", "obs-missing-1");
        assertThat(missing.statusCode()).isEqualTo(404);

        assertThat(eventually(() -> lineFor("obs-missing-1") != null)).as("%s", messages()).isTrue();
        JsonNode line = lineFor("obs-missing-1");

        assertThat(line.get("status").asInt()).isEqualTo(404);
        assertThat(line.get("route").asText()).isEqualTo("/api/papers/{id}/summary");
        assertThat(line.get("paper").asText()).isEqualTo("arxiv:2501.99999");
    }

    @Test
    void logLinesCarryAGeneratedIdWhenNoneIsGiven() throws Exception {
        HttpResponse<String> live = web.get("/health/live");
        String requestId = live.headers().firstValue("X-Request-Id").orElseThrow();

        assertThat(eventually(() -> lineFor(requestId) != null)).as("%s", messages()).isTrue();
        JsonNode line = lineFor(requestId);

        assertThat(line.get("route").asText()).isEqualTo("/health/live");
        assertThat(line.get("status").asInt()).isEqualTo(200);
    }

    private JsonNode lineFor(String requestId) {
        for (ILoggingEvent event : List.copyOf(lines.list)) {
            try {
                JsonNode line = JSON.readTree(event.getFormattedMessage());
                if (requestId.equals(line.path("request_id").asText())) {
                    return line;
                }
            } catch (Exception e) {
                throw new AssertionError("not one JSON object: " + event.getFormattedMessage(), e);
            }
        }
        return null;
    }

    private List<String> messages() {
        return List.copyOf(lines.list).stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static String scrape() {
        try {
            HttpResponse<String> metrics = web.get("/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            return metrics.body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The first line of the scrape that starts with a prefix and holds all the labels, or null. */
    private static String lineWith(String metrics, String prefix, String... labels) {
        return metrics.lines().filter(l -> l.startsWith(prefix))
                .filter(l -> List.of(labels).stream().allMatch(l::contains)).findFirst().orElse(null);
    }

    private static double counter(String metrics, String prefix, String... labels) {
        String line = lineWith(metrics, prefix, labels);
        return line == null ? 0 : Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }
}
