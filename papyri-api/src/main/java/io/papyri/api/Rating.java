package io.papyri.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person's judgement of one output: a score from 1 to 5, with an optional comment and tags.
 *
 * @param idempotencyKey a key chosen by the client; submitting the same key twice stores one rating
 * @param outputId       the id of the judged output (summary, answer, chat or reply)
 * @param target         what kind of output it is
 * @param paperId        the paper the output is about
 * @param provenance     what produced the output
 * @param variant        the experiment variant the rater was shown, empty outside experiments
 * @param raterId        a pseudonymous user or session id
 * @param score          from 1 (useless) to 5 (excellent)
 * @param comment        free text, empty when none
 * @param tags           labels such as {@code hallucination} or {@code too-long}
 * @param at             when the rating was given
 */
public record Rating(String idempotencyKey, String outputId, FeedbackTarget target, PaperId paperId,
                     Provenance provenance, String variant, String raterId, int score, String comment,
                     List<String> tags, Instant at) {

    /** The lowest score. */
    public static final int MIN_SCORE = 1;
    /** The highest score. */
    public static final int MAX_SCORE = 5;

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param idempotencyKey a key chosen by the client; submitting the same key twice stores one rating
     * @param outputId the id of the judged output (summary, answer, chat or reply)
     * @param target what kind of output it is
     * @param paperId the paper the output is about
     * @param provenance what produced the output
     * @param variant the experiment variant the rater was shown, empty outside experiments
     * @param raterId a pseudonymous user or session id
     * @param score from 1 (useless) to 5 (excellent)
     * @param comment free text, empty when none
     * @param tags labels such as {@code hallucination} or {@code too-long}
     * @param at when the rating was given
     */
    public Rating {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(outputId, "outputId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(raterId, "raterId");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(at, "at");
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("A rating is a score from " + MIN_SCORE + " to " + MAX_SCORE
                    + ", was " + score + ".");
        }
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
    }
}
