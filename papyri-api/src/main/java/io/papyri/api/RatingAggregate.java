package io.papyri.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The ratings of one group (one output, paper, target, provider or variant) summed up.
 *
 * @param key          the grouped value as text: the output id, the paper id as written
 *                     ({@code arxiv:1706.03762}), the target's name ({@code SUMMARY}), the provider
 *                     name, or the variant ({@code ""} outside experiments)
 * @param count        how many ratings the group holds
 * @param mean         their mean score, from 1 to 5
 * @param distribution how many ratings gave each score; holds every score from
 *                     {@link Rating#MIN_SCORE} to {@link Rating#MAX_SCORE}, in order, zero when none did
 */
public record RatingAggregate(String key, long count, double mean, Map<Integer, Long> distribution) {

    /** What ratings are grouped by. */
    public enum GroupBy {
        /** The judged output ({@link Rating#outputId()}). */
        OUTPUT,
        /** The paper ({@link Rating#paperId()}, written {@code scheme:local}). */
        PAPER,
        /** The kind of output ({@link Rating#target()}, by name). */
        TARGET,
        /** The provider that produced the output ({@link Provenance#provider()}). */
        PROVIDER,
        /** The experiment variant ({@link Rating#variant()}). */
        VARIANT;

        /**
         * The group a rating falls in.
         *
         * @param rating the rating
         * @return the grouped value as text, as in {@link RatingAggregate#key()}
         */
        public String keyOf(Rating rating) {
            return switch (this) {
                case OUTPUT -> rating.outputId();
                case PAPER -> rating.paperId().toString();
                case TARGET -> rating.target().name();
                case PROVIDER -> rating.provenance().provider();
                case VARIANT -> rating.variant();
            };
        }
    }

    /**
     * Checks the components and completes the distribution with the scores no rating gave.
     *
     * @param key the grouped value as text
     * @param count how many ratings the group holds
     * @param mean their mean score
     * @param distribution how many ratings gave each score; missing scores count zero
     * @throws IllegalArgumentException when the count is negative or a score is out of range
     */
    public RatingAggregate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(distribution, "distribution");
        if (count < 0) {
            throw new IllegalArgumentException("A rating count cannot be negative, was " + count + ".");
        }
        Map<Integer, Long> complete = new TreeMap<>();
        for (int score = Rating.MIN_SCORE; score <= Rating.MAX_SCORE; score++) {
            complete.put(score, 0L);
        }
        distribution.forEach((score, n) -> {
            if (score == null || score < Rating.MIN_SCORE || score > Rating.MAX_SCORE || n == null || n < 0) {
                throw new IllegalArgumentException("A rating distribution maps scores " + Rating.MIN_SCORE + " to "
                        + Rating.MAX_SCORE + " to counts of zero or more, had " + score + " -> " + n + ".");
            }
            complete.put(score, n);
        });
        distribution = Collections.unmodifiableMap(complete);
    }

    /**
     * Groups ratings and sums each group up, in memory. Stores that cannot aggregate where the
     * ratings are kept use this.
     *
     * @param ratings the ratings
     * @param by      what to group them by
     * @return one aggregate per group, by key in ascending order
     */
    public static List<RatingAggregate> of(Collection<Rating> ratings, GroupBy by) {
        Objects.requireNonNull(by, "by");
        Map<String, long[]> counts = new TreeMap<>();
        for (Rating rating : ratings) {
            counts.computeIfAbsent(by.keyOf(rating), k -> new long[Rating.MAX_SCORE + 1])[rating.score()]++;
        }
        List<RatingAggregate> aggregates = new ArrayList<>(counts.size());
        counts.forEach((key, perScore) -> {
            Map<Integer, Long> distribution = new TreeMap<>();
            long count = 0;
            long sum = 0;
            for (int score = Rating.MIN_SCORE; score <= Rating.MAX_SCORE; score++) {
                distribution.put(score, perScore[score]);
                count += perScore[score];
                sum += perScore[score] * score;
            }
            aggregates.add(new RatingAggregate(key, count, (double) sum / count, distribution));
        });
        return List.copyOf(aggregates);
    }
}
