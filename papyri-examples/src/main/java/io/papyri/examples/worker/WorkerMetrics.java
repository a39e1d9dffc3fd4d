package io.papyri.examples.worker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.papyri.core.pipeline.PipelineListener;
import io.papyri.examples.observe.ServiceMetrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The worker's Micrometer metrics, scraped in Prometheus format at {@code /metrics}: work items by
 * outcome and their time, papers in hand, the queue's depth as last seen, receive errors, the time
 * of each Papyri stage (as the {@link PipelineListener} given to the Papyri builder), and the JVM.
 */
public final class WorkerMetrics extends ServiceMetrics {

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

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong queueDepth = new AtomicLong(-1);
    private final Counter receiveErrors;

    /** Creates the registry with the JVM metrics and the worker's meters. */
    public WorkerMetrics() {
        Gauge.builder("papyri.worker.in.flight", inFlight, AtomicInteger::get)
                .description("Papers being prepared now").register(registry());
        // -1 until the queue has answered once: a scrape never waits on SQS
        Gauge.builder("papyri.worker.queue.depth", queueDepth, AtomicLong::get)
                .description("Messages waiting on the queue as last seen (-1: not seen yet)").register(registry());
        receiveErrors = Counter.builder("papyri.worker.receive.errors")
                .description("Receives from the queue that failed").register(registry());
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
                .tag("outcome", outcome.tag()).register(registry()).record(duration);
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

    private Counter items(Outcome outcome) {
        return Counter.builder("papyri.worker.items").description("Work items handled, by outcome")
                .tag("outcome", outcome.tag()).register(registry());
    }
}
