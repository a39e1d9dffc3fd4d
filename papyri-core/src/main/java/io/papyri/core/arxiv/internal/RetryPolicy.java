package io.papyri.core.arxiv.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How often and how long to wait before trying a failed request again: exponential backoff from
 * an initial delay, capped, with "equal jitter" (a random half of each delay) so that many clients
 * failing together do not come back together.
 *
 * @param maxRetries   how many times a request is tried again after the first attempt
 * @param initialDelay the delay before the first retry, before jitter
 * @param maxDelay     the longest delay; a {@code Retry-After} beyond it fails the request at once
 * @param jitter       a source of numbers in [0, 1]: the share of the jittered half that is waited
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, DoubleSupplier jitter) {

    /**
     * Checks the components.
     *
     * @param maxRetries how many times a request is tried again after the first attempt
     * @param initialDelay the delay before the first retry, before jitter
     * @param maxDelay the longest delay
     * @param jitter a source of numbers in [0, 1]
     */
    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(jitter, "jitter");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay, was " + initialDelay + " and " + maxDelay);
        }
    }

    /**
     * The delay before a retry: {@code initialDelay * 2^(retry-1)}, capped at {@code maxDelay}, of
     * which the upper half is jittered.
     *
     * @param retry 1 for the first retry
     * @return the delay
     */
    public Duration backoff(int retry) {
        Duration base = initialDelay;
        for (int i = 1; i < retry && base.compareTo(maxDelay) < 0; i++) {
            base = base.multipliedBy(2);
        }
        if (base.compareTo(maxDelay) > 0) {
            base = maxDelay;
        }
        double share = Math.min(1.0, Math.max(0.0, jitter.getAsDouble()));
        long half = base.toMillis() / 2;
        return Duration.ofMillis(base.toMillis() - half + Math.round(half * share));
    }
}
