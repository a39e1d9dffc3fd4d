package io.papyri.examples.worker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The worker's Micrometer metrics, scraped in Prometheus format at {@code /metrics}: work items by
 * outcome and their time, papers in hand, the queue's depth as last seen, receive errors, the time
 * of each Papyri stage (as the {@link PipelineListener} given to the Papyri builder), and the JVM.
 */
public final class WorkerMetrics implements PipelineListener, AutoCloseable {

    /** What became of a work item; the {@code outcome} tag of {@code papyri_worker_items_total}. */
    public enum Outcome {
        /** Prepared and deleted from the queue. */
        PREPARED,
        /** Not a work item; deleted. */
        MALFORMED,
        /** A paper that can never be prepared (not found, not a readable PDF); deleted. */
        REJECTED,
        /** Failed for now (source unavailable, unexpected error); left on the queue to come back. */
        RETRY;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong queueDepth = new AtomicLong(-1);
    private final Counter receiveErrors;

    /** Creates the registry with the JVM metrics bound. */
    public WorkerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        Gauge.builder("papyri.worker.in.flight", inFlight, AtomicInteger::get)
                .description("Papers being prepared now").register(registry);
        // -1 until the queue has answered once: a scrape never waits on SQS
        Gauge.builder("papyri.worker.queue.depth", queueDepth, AtomicLong::get)
                .description("Messages waiting on the queue as last seen (-1: not seen yet)").register(registry);
        receiveErrors = Counter.builder("papyri.worker.receive.errors")
                .description("Receives from the queue that failed").register(registry);
        for (Outcome outcome : Outcome.values()) {
            items(outcome);
        }
    }

    /**
     * Counts and times one work item.
     *
     * @param outcome  what became of it
     * @param duration how long it took
     */
    public void item(Outcome outcome, Duration duration) {
        items(outcome).increment();
        Timer.builder("papyri.worker.item.duration").description("Time to handle a work item")
                .tag("outcome", outcome.tag()).register(registry).record(duration);
    }

    /**
     * How many items ended so.
     *
     * @param outcome the outcome
     * @return the count since start
     */
    public double count(Outcome outcome) {
        return items(outcome).count();
    }

    /** Counts a failed receive. */
    public void receiveFailed() {
        receiveErrors.increment();
    }

    /** @return the counter of papers in hand, kept by the worker */
    AtomicInteger inFlight() {
        return inFlight;
    }

    /**
     * Records the queue's depth as just seen.
     *
     * @param depth messages waiting
     */
    public void queueDepth(long depth) {
        queueDepth.set(depth);
    }

    @Override
    public void stageFinished(StageEvent event, Duration duration) {
        stage(event, duration, "success");
    }

    @Override
    public void stageFailed(StageEvent event, Duration duration, Throwable error) {
        stage(event, duration, "failure");
    }

    /** @return the metrics in the Prometheus text format */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }

    private Counter items(Outcome outcome) {
        return Counter.builder("papyri.worker.items").description("Work items handled, by outcome")
                .tag("outcome", outcome.tag()).register(registry);
    }

    private void stage(StageEvent event, Duration duration, String outcome) {
        Timer.builder("papyri.stage").description("Papyri pipeline stages")
                .tag("stage", event.stage().label()).tag("provider", event.provider()).tag("outcome", outcome)
                .register(registry).record(duration);
    }
}
