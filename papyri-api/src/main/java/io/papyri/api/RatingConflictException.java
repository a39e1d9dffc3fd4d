package io.papyri.api;

import java.util.Objects;

/**
 * A rating was submitted with an idempotency key that an earlier, different rating already holds.
 * A retry of the same rating is not a conflict (it returns the stored rating); this is two ratings
 * sharing one key, which usually means the client reuses keys. Not retryable: give each new rating
 * a new key (a UUID, say) and reuse a key only to retry the very same rating.
 */
public class RatingConflictException extends PapyriException {

    /** The key both ratings carry. */
    private final String idempotencyKey;

    /**
     * @param idempotencyKey the key both ratings carry
     * @param stored         the rating stored first under the key
     * @param submitted      the refused rating
     */
    public RatingConflictException(String idempotencyKey, Rating stored, Rating submitted) {
        super("Idempotency key '" + idempotencyKey + "' already holds a different rating (output "
                + Objects.requireNonNull(stored, "stored").outputId() + ", score " + stored.score()
                + "); the submitted one (output " + Objects.requireNonNull(submitted, "submitted").outputId()
                + ", score " + submitted.score() + ") was not stored. Use a new key for a new rating and reuse a"
                + " key only to retry the same rating.");
        this.idempotencyKey = idempotencyKey;
    }

    /** @return the key both ratings carry */
    public String idempotencyKey() {
        return idempotencyKey;
    }
}
