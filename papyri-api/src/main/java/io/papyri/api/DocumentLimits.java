package io.papyri.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on one document, so that a hostile or broken PDF cannot exhaust memory or time.
 *
 * @param maxBytes the largest PDF accepted, in bytes
 * @param maxPages the most pages accepted
 * @param timeout  the longest one document may take to extract and clean
 */
public record DocumentLimits(long maxBytes, int maxPages, Duration timeout) {

    /** The defaults: 100 MiB, 2,000 pages, 2 minutes. */
    public static final DocumentLimits DEFAULT = new DocumentLimits(100L * 1024 * 1024, 2_000, Duration.ofMinutes(2));

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param maxBytes the largest PDF accepted, in bytes
     * @param maxPages the most pages accepted
     * @param timeout the longest one document may take to extract and clean
     */
    public DocumentLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be positive, was " + maxPages);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }
}
