package io.papyri.core.feedback;

import io.papyri.api.FeedbackTarget;
import io.papyri.api.Rating;

import java.time.Instant;

/**
 * Which ratings an export takes. Every {@code null} filter matches everything.
 *
 * @param minRating only ratings with at least this score (1 to 5)
 * @param maxRating only ratings with at most this score (1 to 5, not below {@code minRating})
 * @param target    only ratings of this kind of output
 * @param since     only ratings given at or after this time
 */
public record ExportFilter(Integer minRating, Integer maxRating, FeedbackTarget target, Instant since) {

    /**
     * Checks the score bounds.
     *
     * @param minRating only ratings with at least this score (1 to 5)
     * @param maxRating only ratings with at most this score (1 to 5, not below {@code minRating})
     * @param target only ratings of this kind of output
     * @param since only ratings given at or after this time
     * @throws IllegalArgumentException when a bound is out of 1 to 5 or the minimum is above the maximum
     */
    public ExportFilter {
        checkScore("minimum rating", minRating);
        checkScore("maximum rating", maxRating);
        if (minRating != null && maxRating != null && minRating > maxRating) {
            throw new IllegalArgumentException("The minimum rating " + minRating + " is above the maximum rating "
                    + maxRating + ".");
        }
    }

    /**
     * Every rating.
     *
     * @return a filter that matches everything
     */
    public static ExportFilter all() {
        return new ExportFilter(null, null, null, null);
    }

    /**
     * Whether a rating's score lies within the bounds (target and time are asked of the store).
     *
     * @param rating the rating
     * @return {@code true} when it lies within
     */
    public boolean matchesScore(Rating rating) {
        return (minRating == null || rating.score() >= minRating) && (maxRating == null || rating.score() <= maxRating);
    }

    private static void checkScore(String what, Integer score) {
        if (score != null && (score < Rating.MIN_SCORE || score > Rating.MAX_SCORE)) {
            throw new IllegalArgumentException("The " + what + " must be from " + Rating.MIN_SCORE + " to "
                    + Rating.MAX_SCORE + ", was " + score + ".");
        }
    }
}
