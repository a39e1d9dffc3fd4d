package io.papyri.examples.worker;

import io.papyri.api.InvalidDocumentException;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.PaperNotFoundException;
import io.papyri.api.SummaryStyle;
import io.papyri.core.Papyri;
import io.papyri.examples.worker.WorkerMetrics.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Takes work items from a {@link PaperQueue} and prepares each paper: the PDF fetched and kept, the
 * paper extracted and cleaned, indexed and summarized. At most {@code concurrency} papers are in hand
 * at once, and no more messages are taken than there are free slots, so the others stay on the queue
 * for other workers.
 *
 * <p>Outcomes: a prepared paper's message is deleted. A malformed body, or a paper that can never be
 * prepared ({@link PaperNotFoundException}, {@link InvalidDocumentException}), is logged, counted and
 * deleted: retrying would fetch and fail again each time until a dead-letter queue took it. Any other
 * failure ({@link io.papyri.api.SourceUnavailableException}, an unexpected error) leaves the message,
 * which comes back after its visibility timeout; a redrive policy on the queue bounds the retries.
 *
 * <p>Idempotent by paper id: Papyri keeps the PDF and the paper in its store, so a redelivered
 * message neither downloads nor extracts again.
 */
public final class PaperWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PaperWorker.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(20);

    private final Papyri papyri;
    private final PaperQueue queue;
    private final WorkerSettings settings;
    private final WorkerMetrics metrics;
    private final Semaphore slots;
    private final ExecutorService preparing;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread receiving;
    private volatile boolean started;

    /**
     * @param papyri   prepares the papers; the caller closes it after the worker
     * @param queue    where the work items come from; the caller closes it after the worker
     * @param settings concurrency, visibility timeout, waits
     * @param metrics  where outcomes are counted; give the same instance to the Papyri builder as listener
     */
    public PaperWorker(Papyri papyri, PaperQueue queue, WorkerSettings settings, WorkerMetrics metrics) {
        this.papyri = Objects.requireNonNull(papyri, "papyri");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.slots = new Semaphore(settings.concurrency());
        AtomicInteger threads = new AtomicInteger();
        this.preparing = Executors.newFixedThreadPool(settings.concurrency(), task -> {
            Thread thread = new Thread(task, "papyri-worker-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.receiving = new Thread(this::receiveLoop, "papyri-worker-receive");
    }

    /**
     * Starts taking work items.
     *
     * @return this worker
     * @throws IllegalStateException when already started
     */
    public synchronized PaperWorker start() {
        if (started) {
            throw new IllegalStateException("The worker is already started.");
        }
        started = true;
        receiving.start();
        return this;
    }

    /**
     * Stops gracefully: takes no more messages, and waits for the papers in hand (and those taken by a
     * receive under way, whose long poll may take up to its wait to end) up to the stop timeout in all. A paper not finished by then stays on the queue and
     * comes back after its visibility timeout. Safe to call more than once and from a shutdown hook.
     *
     * @return {@code true} when every paper in hand was finished
     */
    public boolean stop() {
        stopRequested.countDown();
        // one deadline for the whole stop, so it ends within the pod's grace period
        long deadline = System.nanoTime() + settings.stopTimeout().toNanos();
        try {
            if (started) {
                // an SQS long poll is not interruptible in every HTTP client: allow it its wait
                receiving.interrupt();
                receiving.join(Math.max(1, Math.min(settings.receiveWait().plusSeconds(10).toMillis(),
                        TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))));
            }
            preparing.shutdown();
            boolean finished = preparing.awaitTermination(Math.max(0, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
            if (!finished) {
                LOG.warn("Stopped with {} paper(s) unfinished; their messages come back after the visibility timeout",
                        metrics.inFlight().get());
            }
            return finished;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            stopped.countDown();
        }
    }

    /**
     * Waits until {@link #stop()} has finished.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** @return whether a stop was asked for */
    public boolean isStopping() {
        return stopRequested.getCount() == 0;
    }

    /** @return whether the worker is taking work: started, not stopping, and its receive loop alive */
    public boolean isAlive() {
        return !started || isStopping() || receiving.isAlive();
    }

    /** @return the papers in hand now */
    public int inFlight() {
        return metrics.inFlight().get();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Handles one message: prepares its paper and deletes it, or leaves it for a retry.
     *
     * @param message the message taken from the queue
     * @return what became of it
     */
    Outcome handle(QueuedMessage message) {
        long start = System.nanoTime();
        Outcome outcome = outcome(message);
        metrics.item(outcome, Duration.ofNanos(System.nanoTime() - start));
        return outcome;
    }

    private Outcome outcome(QueuedMessage message) {
        WorkItem item;
        try {
            item = WorkItem.fromJson(message.body());
        } catch (MalformedWorkItemException e) {
            LOG.warn("Deleting malformed message {}: {}", message.messageId(), e.getMessage());
            delete(message);
            return Outcome.MALFORMED;
        }
        PaperId id = item.paperId();
        try {
            prepare(id);
        } catch (PaperNotFoundException | InvalidDocumentException e) {
            LOG.warn("Deleting the work item for {}: it can never be prepared: {}", id, e.getMessage());
            delete(message);
            return Outcome.REJECTED;
        } catch (RuntimeException e) {
            LOG.warn("Could not prepare {} (attempt {}); the message comes back after its visibility timeout: {}",
                    id, message.receiveCount(), e.toString());
            return Outcome.RETRY;
        }
        delete(message);
        LOG.info("Prepared {}", id);
        return Outcome.PREPARED;
    }

    /** The same steps as the web app's preparation; each is a store read when already done. */
    private void prepare(PaperId id) {
        papyri.pdf(id);
        Paper paper = papyri.open(id);
        papyri.summarize(paper, SummaryStyle.ABSTRACT);
    }

    private void delete(QueuedMessage message) {
        try {
            queue.delete(message.receipt());
        } catch (RuntimeException e) {
            // the message comes back; preparing it again is quick and harmless
            LOG.warn("Could not delete message {}: {}", message.messageId(), e.getMessage());
        }
    }

    private void receiveLoop() {
        Duration backoff = FIRST_BACKOFF;
        while (!isStopping()) {
            int taken;
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                break;
            }
            taken = 1 + slots.drainPermits();
            int max = Math.min(taken, SqsPaperQueue.MAX_MESSAGES);
            slots.release(taken - max);
            List<QueuedMessage> messages;
            try {
                messages = isStopping() ? List.of() : queue.receive(max, settings.receiveWait());
                backoff = FIRST_BACKOFF;
            } catch (RuntimeException e) {
                slots.release(max);
                if (isStopping()) {
                    break;
                }
                metrics.receiveFailed();
                LOG.warn("Could not receive work items; trying again in {} s: {}", backoff.toSeconds(), e.getMessage());
                if (sleep(backoff)) {
                    break;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                continue;
            }
            slots.release(max - messages.size());
            // messages already taken are prepared even when a stop came meanwhile: they are in hand
            for (QueuedMessage message : messages) {
                metrics.inFlight().incrementAndGet();
                try {
                    preparing.execute(() -> {
                        try {
                            handle(message);
                        } catch (RuntimeException e) {
                            LOG.error("Unexpected error on message {}", message.messageId(), e);
                        } finally {
                            metrics.inFlight().decrementAndGet();
                            slots.release();
                        }
                    });
                } catch (RejectedExecutionException e) {
                    // the stop gave up waiting for this receive; the message comes back after its timeout
                    metrics.inFlight().decrementAndGet();
                    slots.release();
                }
            }
        }
        Thread.interrupted();
        LOG.info("Stopped taking work items");
    }

    /** @return {@code true} when a stop came during the sleep */
    private boolean sleep(Duration duration) {
        try {
            return stopRequested.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return true;
        }
    }
}
