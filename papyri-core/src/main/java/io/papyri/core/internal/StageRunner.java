package io.papyri.core.internal;

import io.papyri.api.InvalidDocumentException;
import io.papyri.core.pipeline.PipelineListener;
import io.papyri.core.pipeline.StageEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs stages: tells the listener, measures time, and bounds work on one document by a time limit. */
public final class StageRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StageRunner.class);

    private final PipelineListener listener;
    private final Clock clock;
    private final ExecutorService executor;

    /**
     * @param listener who hears about stages
     * @param clock    the clock durations are measured with
     * @param executor where time-limited work runs
     */
    public StageRunner(PipelineListener listener, Clock clock, ExecutorService executor) {
        this.listener = listener;
        this.clock = clock;
        this.executor = executor;
    }

    /**
     * Runs one stage on the calling thread, reporting start, finish or failure.
     *
     * @param event the stage run
     * @param work  the work
     * @param <T>   the result type
     * @return the work's result
     */
    public <T> T run(StageEvent event, Supplier<T> work) {
        Instant start = clock.instant();
        notify(() -> listener.stageStarted(event));
        try {
            T result = work.get();
            Duration took = Duration.between(start, clock.instant());
            notify(() -> listener.stageFinished(event, took));
            return result;
        } catch (RuntimeException | Error e) {
            Duration took = Duration.between(start, clock.instant());
            notify(() -> listener.stageFailed(event, took, e));
            throw e;
        }
    }

    /**
     * Runs one stage that returns nothing, reporting start, finish or failure.
     *
     * @param event the stage run
     * @param work  the work
     */
    public void perform(StageEvent event, Runnable work) {
        run(event, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work on the executor and waits at most {@code limit} for it; on time-out the work is
     * interrupted and the caller gets an {@link InvalidDocumentException} with reason
     * {@link InvalidDocumentException.Reason#TIMED_OUT}.
     *
     * @param document the document being worked on, for the message
     * @param limit    the time limit
     * @param work     the work
     * @param <T>      the result type
     * @return the work's result
     */
    public <T> T within(String document, Duration limit, Callable<T> work) {
        Future<T> future = executor.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new InvalidDocumentException(InvalidDocumentException.Reason.TIMED_OUT, document,
                    document + " took longer than the " + limit.toSeconds() + " s limit to read and was stopped."
                            + " Raise papyri.limits.timeout if such documents are expected.", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while reading " + document);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Reading " + document + " failed: " + cause, cause);
        }
    }

    private static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("A pipeline listener failed; ignoring it: {}", e.toString());
        }
    }
}
