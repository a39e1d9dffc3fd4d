package io.papyri.core.feedback;

import io.papyri.api.Exposure;
import io.papyri.api.ExposureCount;
import io.papyri.api.FeedbackQuery;
import io.papyri.api.RatedOutput;
import io.papyri.api.Rating;
import io.papyri.api.RatingConflictException;
import io.papyri.api.spi.FeedbackStore;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * The simplest store that keeps the {@link FeedbackStore} contract (short of surviving the process),
 * for tests of code that takes a store, and to check the contract suite itself. Aggregates come from
 * the interface's default.
 */
public final class InMemoryFeedbackStore implements FeedbackStore {

    private final ConcurrentMap<String, Rating> byKey;
    private final ConcurrentMap<String, RatedOutput> outputs;
    private final ConcurrentMap<ExposureKey, Exposure> exposures;

    /** What identifies an exposure. */
    private record ExposureKey(String experiment, String unitId, String outputId) {
    }

    /** A new, empty store. */
    public InMemoryFeedbackStore() {
        this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    private InMemoryFeedbackStore(ConcurrentMap<String, Rating> byKey, ConcurrentMap<String, RatedOutput> outputs,
                                  ConcurrentMap<ExposureKey, Exposure> exposures) {
        this.byKey = byKey;
        this.outputs = outputs;
        this.exposures = exposures;
    }

    /**
     * Another store over the same ratings, as if this one had been reopened.
     *
     * @return the store
     */
    public InMemoryFeedbackStore reopened() {
        return new InMemoryFeedbackStore(byKey, outputs, exposures);
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

    @Override
    public void recordExposure(Exposure exposure) {
        exposures.putIfAbsent(new ExposureKey(exposure.experiment(), exposure.unitId(), exposure.outputId()), exposure);
    }

    @Override
    public List<Exposure> exposures(String outputId) {
        return exposures.values().stream()
                .filter(e -> e.outputId().equals(outputId))
                .sorted(Comparator.comparing(Exposure::at).thenComparing(Exposure::experiment)
                        .thenComparing(Exposure::unitId))
                .toList();
    }

    @Override
    public List<ExposureCount> exposureCounts(String experiment) {
        // keys are unique per (experiment, unit, output), so within one experiment each exposure is a distinct pair
        Map<String, List<Exposure>> byVariant = exposures.values().stream()
                .filter(e -> e.experiment().equals(experiment))
                .collect(Collectors.groupingBy(Exposure::variant, TreeMap::new, Collectors.toList()));
        return byVariant.entrySet().stream()
                .map(v -> new ExposureCount(v.getKey(), v.getValue().size(),
                        v.getValue().stream().map(Exposure::unitId).distinct().count()))
                .toList();
    }
}
