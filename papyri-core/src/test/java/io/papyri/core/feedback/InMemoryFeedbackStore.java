package io.papyri.core.feedback;

import io.papyri.api.FeedbackQuery;
import io.papyri.api.RatedOutput;
import io.papyri.api.Rating;
import io.papyri.api.RatingConflictException;
import io.papyri.api.spi.FeedbackStore;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The simplest store that keeps the {@link FeedbackStore} contract (short of surviving the process),
 * for tests of code that takes a store, and to check the contract suite itself. Aggregates come from
 * the interface's default.
 */
public final class InMemoryFeedbackStore implements FeedbackStore {

    private final ConcurrentMap<String, Rating> byKey;
    private final ConcurrentMap<String, RatedOutput> outputs;

    /** A new, empty store. */
    public InMemoryFeedbackStore() {
        this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    private InMemoryFeedbackStore(ConcurrentMap<String, Rating> byKey, ConcurrentMap<String, RatedOutput> outputs) {
        this.byKey = byKey;
        this.outputs = outputs;
    }

    /**
     * Another store over the same ratings, as if this one had been reopened.
     *
     * @return the store
     */
    public InMemoryFeedbackStore reopened() {
        return new InMemoryFeedbackStore(byKey, outputs);
    }

    @Override
    public Rating submit(Rating rating) {
        Rating stored = byKey.putIfAbsent(rating.idempotencyKey(), rating);
        if (stored == null) {
            return rating;
        }
        if (!stored.sameJudgement(rating)) {
            throw new RatingConflictException(rating.idempotencyKey(), stored, rating);
        }
        return stored;
    }

    @Override
    public List<Rating> find(FeedbackQuery q) {
        return byKey.values().stream()
                .filter(r -> q.paperId() == null || r.paperId().equals(q.paperId()))
                .filter(r -> q.target() == null || r.target() == q.target())
                .filter(r -> q.provider() == null || r.provenance().provider().equals(q.provider()))
                .filter(r -> q.variant() == null || r.variant().equals(q.variant()))
                .filter(r -> q.from() == null || !r.at().isBefore(q.from()))
                .filter(r -> q.to() == null || r.at().isBefore(q.to()))
                .sorted(Comparator.comparing(Rating::at).reversed().thenComparing(Rating::idempotencyKey))
                .skip(q.offset()).limit(q.limit())
                .toList();
    }

    @Override
    public void recordOutput(RatedOutput output) {
        outputs.putIfAbsent(output.outputId(), output);
    }

    @Override
    public Optional<RatedOutput> output(String outputId) {
        return Optional.ofNullable(outputs.get(outputId));
    }
}
