package io.papyri.api;

import java.time.Instant;

/**
 * Which ratings to read. Every {@code null} filter matches everything.
 *
 * @param paperId  only ratings of this paper
 * @param target   only ratings of this kind of output
 * @param provider only outputs of this provider
 * @param variant  only this experiment variant
 * @param from     only ratings given at or after this time
 * @param to       only ratings given before this time
 * @param offset   how many matching ratings to skip, for paging
 * @param limit    the most ratings to return
 */
public record FeedbackQuery(PaperId paperId, FeedbackTarget target, String provider, String variant,
                            Instant from, Instant to, int offset, int limit) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param paperId only ratings of this paper
     * @param target only ratings of this kind of output
     * @param provider only outputs of this provider
     * @param variant only this experiment variant
     * @param from only ratings given at or after this time
     * @param to only ratings given before this time
     * @param offset how many matching ratings to skip, for paging
     * @param limit the most ratings to return
     */
    public FeedbackQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
    }

    /**
     * Every rating, first page of 100.
     *
     * @return the query
     */
    public static FeedbackQuery all() {
        return new FeedbackQuery(null, null, null, null, null, null, 0, 100);
    }
}
