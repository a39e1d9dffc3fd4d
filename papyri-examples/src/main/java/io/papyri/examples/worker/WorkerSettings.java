package io.papyri.examples.worker;

import java.time.Duration;
import java.util.Objects;

/**
 * How the worker runs.
 *
 * @param concurrency       how many papers are prepared at once, 1 to 64
 * @param visibilityTimeout how long a taken message stays hidden from other workers; longer than one
 *                          paper takes, else a second worker starts on it too (harmless, but wasted)
 * @param receiveWait       how long one receive waits for a message (long polling), 0 to 20 s
 * @param stopTimeout       how long a stop waits for the papers in hand; within the pod's grace period
 */
public record WorkerSettings(int concurrency, Duration visibilityTimeout, Duration receiveWait, Duration stopTimeout) {

    /** Papers at once by default. */
    public static final int DEFAULT_CONCURRENCY = 2;
    /** The default visibility timeout in seconds: five minutes, well over what a large paper takes. */
    public static final int DEFAULT_VISIBILITY_SECONDS = 300;
    /** The default visibility timeout as a duration. */
    public static final Duration DEFAULT_VISIBILITY_TIMEOUT = Duration.ofSeconds(DEFAULT_VISIBILITY_SECONDS);
    /** The default stop timeout, under the 120 s grace period of deploy/k8s/worker-deployment.yaml. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(100);
    private static final int MAX_CONCURRENCY = 64;

    /**
     * @param concurrency       papers at once
     * @param visibilityTimeout visibility timeout of taken messages
     * @param receiveWait       long-polling wait
     * @param stopTimeout       how long a stop waits for papers in hand
     */
    public WorkerSettings {
        Objects.requireNonNull(visibilityTimeout, "visibilityTimeout");
        Objects.requireNonNull(receiveWait, "receiveWait");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("--concurrency must be from 1 to " + MAX_CONCURRENCY + ", not " + concurrency);
        }
        if (visibilityTimeout.toSeconds() < 1 || visibilityTimeout.toSeconds() > 43_200) {
            throw new IllegalArgumentException("--visibility-timeout must be from 1 to 43200 seconds (SQS's range), not "
                    + visibilityTimeout.toSeconds());
        }
        if (receiveWait.isNegative() || receiveWait.compareTo(SqsPaperQueue.MAX_WAIT) > 0) {
            throw new IllegalArgumentException("The receive wait must be from 0 to 20 s, not " + receiveWait);
        }
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("The stop timeout may not be negative: " + stopTimeout);
        }
    }

    /**
     * The production settings: long polling for 20 s.
     *
     * @param concurrency       papers at once
     * @param visibilityTimeout visibility timeout of taken messages
     * @return the settings
     */
    public static WorkerSettings of(int concurrency, Duration visibilityTimeout) {
        return new WorkerSettings(concurrency, visibilityTimeout, SqsPaperQueue.MAX_WAIT, DEFAULT_STOP_TIMEOUT);
    }
}
