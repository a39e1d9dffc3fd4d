package io.papyri.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person's judgement of one output: a score from 1 to 5, with an optional comment and tags.
 *
 * <p>Limits, checked on construction with an {@link IllegalArgumentException} that names the
 * component: the idempotency key is 1 to {@value #MAX_KEY_LENGTH} printable ASCII characters
 * without spaces ({@code !} to {@code ~}, so a UUID or any URL-safe token fits); the output id and
 * rater id are not blank and at most {@value #MAX_ID_LENGTH} characters; the comment is at most
 * {@value #MAX_COMMENT_LENGTH} characters; there are at most {@value #MAX_TAGS} tags, each not blank
 * and at most {@value #MAX_TAG_LENGTH} characters; the time lies in the years 1970 to 9999.
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
    /** The longest idempotency key, in characters. */
    public static final int MAX_KEY_LENGTH = 128;
    /** The longest output id and rater id, in characters. */
    public static final int MAX_ID_LENGTH = 128;
    /** The longest comment, in characters. */
    public static final int MAX_COMMENT_LENGTH = 4000;
    /** The most tags on one rating. */
    public static final int MAX_TAGS = 20;
    /** The longest tag, in characters. */
    public static final int MAX_TAG_LENGTH = 64;
    /** The earliest time a rating may carry. */
    public static final Instant EARLIEST = Instant.EPOCH;
    /** The latest time a rating may carry. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

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
     * @throws IllegalArgumentException when a component breaks one of the limits above
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
        if (idempotencyKey.isEmpty() || idempotencyKey.length() > MAX_KEY_LENGTH
                || !idempotencyKey.chars().allMatch(c -> c >= '!' && c <= '~')) {
            throw new IllegalArgumentException("Invalid idempotency key '" + shorten(idempotencyKey) + "': use 1 to "
                    + MAX_KEY_LENGTH + " printable ASCII characters without spaces, such as a UUID.");
        }
        checkId("output id", outputId);
        checkId("rater id", raterId);
        if (comment.length() > MAX_COMMENT_LENGTH) {
            throw new IllegalArgumentException("The comment of rating '" + idempotencyKey + "' has " + comment.length()
                    + " characters; shorten it to at most " + MAX_COMMENT_LENGTH + ".");
        }
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("Rating '" + idempotencyKey + "' has " + tags.size()
                    + " tags; give it at most " + MAX_TAGS + ".");
        }
        for (String tag : tags) {
            if (tag.isBlank() || tag.length() > MAX_TAG_LENGTH) {
                throw new IllegalArgumentException("Invalid tag '" + shorten(tag) + "' on rating '" + idempotencyKey
                        + "': a tag is not blank and has at most " + MAX_TAG_LENGTH + " characters.");
            }
        }
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new IllegalArgumentException("Rating '" + idempotencyKey + "' was given at " + at
                    + "; a rating's time lies between " + EARLIEST + " and " + LATEST + ".");
        }
    }

    /**
     * Whether another rating says the same as this one: every component is equal except
     * {@link #at()}, which a retry may stamp later than the first attempt. A store returns the
     * stored rating for such a retry, and refuses a rating with the same key that does not say the same.
     *
     * @param other the other rating
     * @return {@code true} when only the times may differ
     */
    public boolean sameJudgement(Rating other) {
        return idempotencyKey.equals(other.idempotencyKey) && outputId.equals(other.outputId)
                && target == other.target && paperId.equals(other.paperId) && provenance.equals(other.provenance)
                && variant.equals(other.variant) && raterId.equals(other.raterId) && score == other.score
                && comment.equals(other.comment) && tags.equals(other.tags);
    }

    private static void checkId(String what, String value) {
        if (value.isBlank() || value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("Invalid " + what + " '" + shorten(value) + "': it is not blank and has"
                    + " at most " + MAX_ID_LENGTH + " characters.");
        }
    }

    private static String shorten(String text) {
        String visible = text.replaceAll("\\p{Cntrl}", "?");
        return visible.length() <= 80 ? visible : visible.substring(0, 80) + "...";
    }
}
