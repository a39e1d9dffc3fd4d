package io.papyri.examples.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.papyri.core.pipeline.PipelineListener;
import io.papyri.core.pipeline.StageEvent;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The app's Micrometer metrics, scraped in Prometheus format at {@code /metrics}: requests per
 * route (rate and latency), the time of each pipeline stage per provider (model inference among
 * them), the web app's own stages, cache hits and misses, and JVM memory, GC, threads and CPU.
 * It is also the {@link PipelineListener} that times Papyri's stages.
 */
final class WebMetrics implements PipelineListener, AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    WebMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    /** Times one HTTP request by its route template, so ids in paths do not multiply the series. */
    void request(String method, String route, int status, double millis) {
        Timer.builder("papyri.http.requests")
                .description("HTTP requests by route")
                .tag("method", method).tag("route", route).tag("status", String.valueOf(status))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (millis * 1e6), TimeUnit.NANOSECONDS);
    }

    /** Times a stage of the web app's own work, such as {@code summarize} or {@code render}. */
    void webStage(String stage, double millis) {
        Timer.builder("papyri.web.stage").description("Stages of web requests").tag("stage", stage)
                .register(registry).record((long) (millis * 1e6), TimeUnit.NANOSECONDS);
    }

    /** Counts a cache lookup. */
    void cache(String cache, boolean hit) {
        Counter.builder("papyri.cache").description("Cache lookups").tag("cache", cache)
                .tag("result", hit ? "hit" : "miss").register(registry).increment();
    }

    @Override
    public void stageFinished(StageEvent event, Duration duration) {
        stage(event, duration, "success");
    }

    @Override
    public void stageFailed(StageEvent event, Duration duration, Throwable error) {
        stage(event, duration, "failure");
    }

    private void stage(StageEvent event, Duration duration, String outcome) {
        Timer.builder("papyri.stage")
                .description("Papyri pipeline stages (summarize, answer and chat are model inference)")
                .tag("stage", event.stage().label()).tag("provider", event.provider()).tag("outcome", outcome)
                .register(registry).record(duration);
    }

    /** @return the metrics in the Prometheus text format */
    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
