package io.papyri.api.spi;

import io.papyri.api.FeedbackQuery;
import io.papyri.api.Rating;

import java.util.List;

/** Keeps ratings durably; a submission returns only once the rating is stored. */
public interface FeedbackStore extends Stage {

    /**
     * Stores a rating. Submitting a rating whose idempotency key is already stored stores nothing
     * and returns the stored one.
     *
     * @param rating the rating
     * @return the stored rating
     */
    Rating submit(Rating rating);

    /**
     * Reads ratings.
     *
     * @param query filters and paging
     * @return matching ratings, newest first
     */
    List<Rating> find(FeedbackQuery query);
}
