package io.papyri.api.spi;

import io.papyri.api.Exposure;
import io.papyri.api.ExposureCount;
import io.papyri.api.FeedbackQuery;
import io.papyri.api.RatedOutput;
import io.papyri.api.Rating;
import io.papyri.api.RatingAggregate;
import io.papyri.api.RatingConflictException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps ratings durably. What every implementation promises (its contract test suite checks it):
 * <ul>
 *   <li><b>Durable.</b> {@link #submit} returns only once the rating is stored so that it survives a
 *       crash of the process and a restart of the store.</li>
 *   <li><b>Idempotent.</b> A rating is identified by its {@link Rating#idempotencyKey()}. Submitting
 *       a rating whose key is already stored stores nothing new and returns the rating stored first,
 *       provided both {@linkplain Rating#sameJudgement say the same} (only the time may differ, as a
 *       retry is often stamped later); a different rating under a stored key is refused with a
 *       {@link RatingConflictException}.</li>
 *   <li><b>Safe for concurrent use.</b> Any number of threads (and, where the store says so,
 *       processes) may submit at once; no rating is lost or stored twice.</li>
 * </ul>
 * Limits on a rating's size are checked when the {@link Rating} is built.
 *
 * <p>The store also keeps the outputs that can be rated ({@link #recordOutput}), so that a rating
 * given by output id can be tied to the exact output it judges, and an unknown id refused, and the
 * {@linkplain #recordExposure exposures} of A/B experiments, so that a rating is tied to the variant
 * its rater was shown and each variant's rating rate can be measured.
 */
public interface FeedbackStore extends Stage {

    /**
     * Stores a rating, or returns the one stored earlier under its idempotency key.
     *
     * @param rating the rating
     * @return the stored rating: {@code rating} itself when it is new, else the rating stored first
     *         under its key (with that first time)
     * @throws RatingConflictException when the key holds a rating that says something else
     * @throws io.papyri.api.PapyriException when the rating cannot be stored; it is then not stored
     *         (or, when the failure came after the write, stored once, and a retry returns it)
     */
    Rating submit(Rating rating);

    /**
     * Reads ratings.
     *
     * @param query filters and paging: a {@code null} filter matches every rating; {@code from} is
     *              inclusive, {@code to} exclusive
     * @return the matching ratings, newest first and, among ratings given at the same instant, by
     *         idempotency key; {@code query.offset()} skipped, at most {@code query.limit()}
     */
    List<Rating> find(FeedbackQuery query);

    /**
     * Every rating that matches a query's filters, read page by page through {@link #find}. The
     * query's offset and limit do not apply.
     *
     * @param query the filters; its paging is ignored
     * @return all matching ratings, in {@link #find}'s order
     */
    default List<Rating> findAll(FeedbackQuery query) {
        int pageSize = 1000;
        List<Rating> all = new ArrayList<>();
        for (int offset = 0; ; offset += pageSize) {
            List<Rating> page = find(new FeedbackQuery(query.paperId(), query.target(), query.provider(),
                    query.variant(), query.from(), query.to(), offset, pageSize));
            all.addAll(page);
            if (page.size() < pageSize) {
                return all;
            }
        }
    }

    /**
     * Sums up the ratings that match a query's filters, per group. The query's offset and limit do
     * not apply: every matching rating is counted.
     *
     * <p>The default sums up {@link #findAll} in memory with {@link RatingAggregate#of}; a store that
     * can aggregate where the ratings are kept should override it.
     *
     * @param query the filters; its paging is ignored
     * @param by    what to group the ratings by
     * @return one aggregate per group that has ratings, by key in ascending order
     */
    default List<RatingAggregate> aggregate(FeedbackQuery query, RatingAggregate.GroupBy by) {
        return RatingAggregate.of(findAll(query), by);
    }

    /**
     * Keeps an output that can be rated. Idempotent by {@link RatedOutput#outputId()}: recording an
     * id that is already kept changes nothing (output ids are derived from the output's content), and
     * the output recorded first stays. Durable like {@link #submit}.
     *
     * @param output the output
     * @throws io.papyri.api.PapyriException when the output cannot be stored
     */
    void recordOutput(RatedOutput output);

    /**
     * Finds a recorded output.
     *
     * @param outputId the output's id
     * @return the output recorded first under the id, or empty when none was
     */
    Optional<RatedOutput> output(String outputId);

    /**
     * Records that a unit was shown an output of an experiment's variant. Idempotent: an exposure
     * whose experiment, unit and output are already recorded stores nothing new (the first time is
     * kept). Durable and safe for concurrent use, like {@link #submit}.
     *
     * @param exposure the exposure
     * @throws io.papyri.api.PapyriException when it cannot be stored
     */
    void recordExposure(Exposure exposure);

    /**
     * The exposures of one output, to find which variant a rater of that output was shown.
     *
     * @param outputId the output's id
     * @return its exposures, oldest first; empty when it was never shown within an experiment
     */
    List<Exposure> exposures(String outputId);

    /**
     * How often each variant of an experiment was shown.
     *
     * @param experiment the experiment's name
     * @return one count per variant with at least one exposure, by variant name
     */
    List<ExposureCount> exposureCounts(String experiment);
}
