package io.papyri.examples.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.papyri.examples.observe.ServiceMetrics;

import java.util.concurrent.TimeUnit;

/**
 * The app's Micrometer metrics, scraped in Prometheus format at {@code /metrics}: requests per
 * route (rate and latency), the time of each pipeline stage per provider (model inference among
 * them, from {@link ServiceMetrics}), the web app's own stages, cache hits and misses, and the JVM's.
 */
final class WebMetrics extends ServiceMetrics {

    /** Times one HTTP request by its route template, so ids in paths do not multiply the series. */
    void request(String method, String route, int status, double millis) {
        Timer.builder("papyri.http.requests")
                .description("HTTP requests by route")
                .tag("method", method).tag("route", route).tag("status", String.valueOf(status))
                .publishPercentileHistogram()
                .register(registry())
                .record((long) (millis * 1e6), TimeUnit.NANOSECONDS);
    }

    /** Times a stage of the web app's own work, such as {@code summarize} or {@code render}. */
    void webStage(String stage, double millis) {
        Timer.builder("papyri.web.stage").description("Stages of web requests").tag("stage", stage)
                .register(registry()).record((long) (millis * 1e6), TimeUnit.NANOSECONDS);
    }

    /** Counts a cache lookup. */
    void cache(String cache, boolean hit) {
        Counter.builder("papyri.cache").description("Cache lookups").tag("cache", cache)
                .tag("result", hit ? "hit" : "miss").register(registry()).increment();
    }
}
