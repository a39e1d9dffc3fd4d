package io.papyri.core.feedback;

import io.papyri.api.Exposure;
import io.papyri.api.ExposureCount;
import io.papyri.api.FeedbackQuery;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.PaperId;
import io.papyri.api.Provenance;
import io.papyri.api.RatedOutput;
import io.papyri.api.Rating;
import io.papyri.api.RatingAggregate;
import io.papyri.api.RatingConflictException;
import io.papyri.api.spi.FeedbackStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * What every {@link FeedbackStore} must do, as tests. A store module extends this class, says how
 * to make an empty store and how to reopen it, and runs it with its own tests:
 *
 * <pre>{@code
 * class MyFeedbackStoreContractTest extends FeedbackStoreContract {
 *     protected FeedbackStore newStore() { ... }
 *     protected FeedbackStore reopen() { ... }
 * }
 * }</pre>
 *
 * Published in papyri-core's test-jar; depend on it with {@code <type>test-jar</type>}.
 */
public abstract class FeedbackStoreContract {

    /** A time with nanoseconds, so stores must keep the full precision. */
    protected static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123456789Z");

    private static final PaperId PAPER_A = PaperId.parse("arxiv:1706.03762");
    private static final PaperId PAPER_B = PaperId.parse("arxiv:math/0405482");
    private static final Comparator<Rating> NEWEST_FIRST = Comparator.comparing(Rating::at).reversed()
            .thenComparing(Rating::idempotencyKey);

    private FeedbackStore store;

    /**
     * Makes a new, empty store. Called before each test; the suite closes it after the test.
     *
     * @return the store
     */
    protected abstract FeedbackStore newStore();

    /**
     * Opens the store last made by {@link #newStore()} again, as a new process would, after the
     * suite has closed it. It must hold every rating that the closed store acknowledged.
     *
     * @return a new store over the same data
     */
    protected abstract FeedbackStore reopen();

    /** Opens the store under test. */
    @BeforeEach
    void openStore() {
        store = newStore();
    }

    /** Closes the store under test. */
    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /**
     * A rating with every component set and its content derived from its key.
     *
     * @param key   the idempotency key
     * @param score the score
     * @param at    the time
     * @return the rating
     */
    protected static Rating rating(String key, int score, Instant at) {
        return new Rating(key, "out-" + key, FeedbackTarget.SUMMARY, PAPER_A,
                new Provenance("local", "extractive-1", "cfg1"), "", "rater-1", score, "", List.of(), at);
    }

    private static Rating with(Rating r, PaperId paper, FeedbackTarget target, String provider, String variant) {
        return new Rating(r.idempotencyKey(), r.outputId(), target, paper,
                new Provenance(provider, r.provenance().model(), r.provenance().configHash()), variant, r.raterId(),
                r.score(), r.comment(), r.tags(), r.at());
    }

    private static FeedbackQuery query(PaperId paper, FeedbackTarget target, String provider, String variant,
                                       Instant from, Instant to) {
        return new FeedbackQuery(paper, target, provider, variant, from, to, 0, 1000);
    }

    private static List<Rating> expected(List<Rating> ratings, FeedbackQuery q) {
        return ratings.stream()
                .filter(r -> q.paperId() == null || r.paperId().equals(q.paperId()))
                .filter(r -> q.target() == null || r.target() == q.target())
                .filter(r -> q.provider() == null || r.provenance().provider().equals(q.provider()))
                .filter(r -> q.variant() == null || r.variant().equals(q.variant()))
                .filter(r -> q.from() == null || !r.at().isBefore(q.from()))
                .filter(r -> q.to() == null || r.at().isBefore(q.to()))
                .sorted(NEWEST_FIRST)
                .skip(q.offset()).limit(q.limit())
                .toList();
    }

    /** A mix of papers, targets, providers, variants and times, with two ratings at the same instant. */
    private List<Rating> submitMix() {
        List<Rating> mix = List.of(
                with(rating("k01", 5, T0), PAPER_A, FeedbackTarget.SUMMARY, "local", "a"),
                with(rating("k02", 4, T0.plusSeconds(1)), PAPER_A, FeedbackTarget.SUMMARY, "local", "b"),
                with(rating("k03", 2, T0.plusSeconds(2)), PAPER_A, FeedbackTarget.ANSWER, "bedrock", "a"),
                with(rating("k04", 1, T0.plusSeconds(3)), PAPER_B, FeedbackTarget.CHAT, "bedrock", ""),
                with(rating("k05", 3, T0.plusSeconds(3)), PAPER_B, FeedbackTarget.CHAT_REPLY, "openai", "b"),
                with(rating("k06", 4, T0.plusSeconds(4)), PAPER_B, FeedbackTarget.ANSWER, "local", "a"),
                with(rating("k07", 5, T0.plusSeconds(5)), PAPER_A, FeedbackTarget.CHAT_REPLY, "local", ""),
                with(rating("k08", 4, T0.plusSeconds(6)), PAPER_B, FeedbackTarget.SUMMARY, "openai", "a"));
        // submitted out of time order, so the store must sort
        List<Rating> shuffled = new ArrayList<>(mix);
        Collections.reverse(shuffled);
        shuffled.forEach(store::submit);
        return mix;
    }

    @Test
    void aSubmittedRatingIsFoundWithEveryComponentIntact() {
        Rating rating = new Rating("9b2f6c1e-0d4a-4f57-a3e2-0c8f1b7d5e21", "sha256:ab12cd34", FeedbackTarget.CHAT_REPLY,
                PAPER_B, new Provenance("openai", "llama-3.1-8b", "9f2c41"), "variant-b", "session-77", 2,
                "Misses the main theorem; \"quotes\", ünïcødé, emoji \uD83D\uDE00 and a\nnew line.",
                List.of("hallucination", "too-long", "ünïcødé"), T0);

        Rating stored = store.submit(rating);

        assertThat(stored).isEqualTo(rating);
        assertThat(store.find(FeedbackQuery.all())).containsExactly(rating);
    }

    @Test
    void aRetryWithTheSameKeyIsStoredOnceAndReturnsTheFirstRating() {
        Rating first = rating("retry-1", 4, T0);
        Rating retriedLater = rating("retry-1", 4, T0.plus(Duration.ofMinutes(3)));

        store.submit(first);
        Rating again = store.submit(first);
        Rating later = store.submit(retriedLater);

        assertThat(again).isEqualTo(first);
        assertThat(later).as("a retry stamped later returns the rating as first stored").isEqualTo(first);
        assertThat(store.find(FeedbackQuery.all())).containsExactly(first);
        assertThat(store.aggregate(FeedbackQuery.all(), RatingAggregate.GroupBy.OUTPUT))
                .extracting(RatingAggregate::count).containsExactly(1L);
    }

    @Test
    void aKeyReusedForADifferentRatingIsRefusedAndTheFirstRatingKept() {
        Rating first = rating("reused", 4, T0);
        store.submit(first);
        Rating otherScore = rating("reused", 1, T0);
        Rating otherComment = new Rating("reused", first.outputId(), first.target(), first.paperId(),
                first.provenance(), first.variant(), first.raterId(), first.score(), "changed my mind", first.tags(),
                first.at());

        assertThatThrownBy(() -> store.submit(otherScore))
                .isInstanceOf(RatingConflictException.class)
                .hasMessageContaining("'reused'")
                .hasMessageContaining("new key")
                .satisfies(e -> assertThat(((RatingConflictException) e).idempotencyKey()).isEqualTo("reused"));
        assertThatThrownBy(() -> store.submit(otherComment)).isInstanceOf(RatingConflictException.class);
        assertThat(store.find(FeedbackQuery.all())).containsExactly(first);
    }

    @Test
    void everyFilterSelectsExactlyItsRatingsNewestFirst() {
        List<Rating> mix = submitMix();
        List<FeedbackQuery> queries = List.of(
                FeedbackQuery.all(),
                query(PAPER_A, null, null, null, null, null),
                query(PAPER_B, null, null, null, null, null),
                query(PaperId.parse("arxiv:0000.00000"), null, null, null, null, null),
                query(null, FeedbackTarget.SUMMARY, null, null, null, null),
                query(null, FeedbackTarget.ANSWER, null, null, null, null),
                query(null, FeedbackTarget.CHAT, null, null, null, null),
                query(null, FeedbackTarget.CHAT_REPLY, null, null, null, null),
                query(null, null, "local", null, null, null),
                query(null, null, "bedrock", null, null, null),
                query(null, null, "nobody", null, null, null),
                query(null, null, null, "a", null, null),
                query(null, null, null, "", null, null),
                query(null, null, null, null, T0.plusSeconds(3), null),
                query(null, null, null, null, null, T0.plusSeconds(3)),
                query(null, null, null, null, T0.plusSeconds(1), T0.plusSeconds(4)),
                query(null, null, null, null, T0.plusNanos(1), T0.plusSeconds(1).plusNanos(1)),
                query(null, null, null, null, Instant.MIN, Instant.MAX),
                query(null, null, null, null, Instant.MAX, null),
                query(null, null, null, null, null, Instant.MIN),
                query(PAPER_A, FeedbackTarget.SUMMARY, "local", "b", T0, T0.plusSeconds(10)));

        for (FeedbackQuery q : queries) {
            assertThat(store.find(q)).as("find(%s)", q).containsExactlyElementsOf(expected(mix, q));
        }
        assertThat(store.find(query(PAPER_A, null, null, null, null, null)))
                .extracting(Rating::idempotencyKey).containsExactly("k07", "k03", "k02", "k01");
        assertThat(store.find(query(null, null, null, null, T0.plusSeconds(3), T0.plusSeconds(4))))
                .as("ratings at the same instant come by key").extracting(Rating::idempotencyKey)
                .containsExactly("k04", "k05");
    }

    @Test
    void pagingWalksEveryRatingOnceInOrder() {
        List<Rating> all = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // pairs of ratings share an instant, so the order must break ties by key
            all.add(store.submit(rating(String.format("page-%02d", i), 1 + i % 5, T0.plusSeconds(i / 2))));
        }
        all.sort(NEWEST_FIRST);

        List<Rating> walked = new ArrayList<>();
        for (int offset = 0; ; offset += 5) {
            List<Rating> page = store.find(new FeedbackQuery(null, null, null, null, null, null, offset, 5));
            assertThat(page.size()).isLessThanOrEqualTo(5);
            walked.addAll(page);
            if (page.size() < 5) {
                break;
            }
        }

        assertThat(walked).containsExactlyElementsOf(all);
        assertThat(store.find(new FeedbackQuery(null, null, null, null, null, null, 20, 10)))
                .containsExactlyElementsOf(all.subList(20, 23));
        assertThat(store.find(new FeedbackQuery(null, null, null, null, null, null, 23, 10))).isEmpty();
        assertThat(store.find(new FeedbackQuery(PAPER_A, null, null, null, null, null, 2, 3)))
                .containsExactlyElementsOf(all.subList(2, 5));
    }

    @Test
    void aggregatesCountAveragesAndDistributeScoresPerGroup() {
        List<Rating> mix = submitMix();

        List<RatingAggregate> byVariant = store.aggregate(FeedbackQuery.all(), RatingAggregate.GroupBy.VARIANT);

        // variant "" : k04=1, k07=5; "a": k01=5, k03=2, k06=4, k08=4; "b": k02=4, k05=3
        assertThat(byVariant).extracting(RatingAggregate::key).containsExactly("", "a", "b");
        assertAggregate(byVariant.get(0), "", 2, 3.0, Map.of(1, 1L, 5, 1L));
        assertAggregate(byVariant.get(1), "a", 4, 3.75, Map.of(2, 1L, 4, 2L, 5, 1L));
        assertAggregate(byVariant.get(2), "b", 2, 3.5, Map.of(3, 1L, 4, 1L));

        List<RatingAggregate> byTarget = store.aggregate(FeedbackQuery.all(), RatingAggregate.GroupBy.TARGET);
        assertThat(byTarget).extracting(RatingAggregate::key)
                .containsExactly("ANSWER", "CHAT", "CHAT_REPLY", "SUMMARY");
        assertAggregate(byTarget.get(3), "SUMMARY", 3, 13.0 / 3, Map.of(4, 2L, 5, 1L));

        for (RatingAggregate.GroupBy by : RatingAggregate.GroupBy.values()) {
            for (FeedbackQuery q : List.of(FeedbackQuery.all(), query(PAPER_B, null, null, null, null, null),
                    query(null, null, "local", null, T0.plusSeconds(1), null))) {
                List<RatingAggregate> actual = store.aggregate(q, by);
                List<RatingAggregate> wanted = RatingAggregate.of(
                        expected(mix, new FeedbackQuery(q.paperId(), q.target(), q.provider(), q.variant(), q.from(),
                                q.to(), 0, Integer.MAX_VALUE)), by);
                assertThat(actual).as("aggregate(%s, %s)", q, by).hasSameSizeAs(wanted);
                for (int i = 0; i < wanted.size(); i++) {
                    RatingAggregate w = wanted.get(i);
                    assertAggregate(actual.get(i), w.key(), w.count(), w.mean(), w.distribution());
                }
            }
        }
        assertThat(store.aggregate(new FeedbackQuery(null, null, null, null, null, null, 5, 1),
                RatingAggregate.GroupBy.PAPER))
                .as("paging does not apply to aggregates").extracting(RatingAggregate::count).containsExactly(4L, 4L);
        assertThat(store.aggregate(query(null, null, "nobody", null, null, null), RatingAggregate.GroupBy.PAPER))
                .isEmpty();
    }

    private static void assertAggregate(RatingAggregate actual, String key, long count, double mean,
                                        Map<Integer, Long> distribution) {
        assertThat(actual.key()).isEqualTo(key);
        assertThat(actual.count()).as("count of %s", key).isEqualTo(count);
        assertThat(actual.mean()).as("mean of %s", key).isCloseTo(mean, within(1e-9));
        Map<Integer, Long> complete = new RatingAggregate(key, count, mean, distribution).distribution();
        assertThat(actual.distribution()).as("distribution of %s", key).containsExactlyEntriesOf(complete);
        assertThat(actual.distribution().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(count);
    }

    @Test
    void ratingsBeyondTheLimitsAreRefusedWithMessagesThatSayWhatToDo() {
        Rating ok = rating("limits", 3, T0);

        assertThatThrownBy(() -> withText(ok, "k".repeat(129), ok.raterId(), ok.comment(), ok.tags(), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 128 printable");
        assertThatThrownBy(() -> withText(ok, "", ok.raterId(), ok.comment(), ok.tags(), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotency key");
        assertThatThrownBy(() -> withText(ok, "has space", ok.raterId(), ok.comment(), ok.tags(), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without spaces");
        assertThatThrownBy(() -> withText(ok, "tab\tkey", ok.raterId(), ok.comment(), ok.tags(), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tab?key");
        assertThatThrownBy(() -> withText(ok, ok.idempotencyKey(), " ", ok.comment(), ok.tags(), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rater id");
        assertThatThrownBy(() -> withText(ok, ok.idempotencyKey(), "r".repeat(129), ok.comment(), ok.tags(), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 128");
        assertThatThrownBy(() -> withText(ok, ok.idempotencyKey(), ok.raterId(), "c".repeat(4001), ok.tags(), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4001 characters")
                .hasMessageContaining("at most 4000");
        List<String> manyTags = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            manyTags.add("tag" + i);
        }
        assertThatThrownBy(() -> withText(ok, ok.idempotencyKey(), ok.raterId(), "", manyTags, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("21 tags")
                .hasMessageContaining("at most 20");
        assertThatThrownBy(() -> withText(ok, ok.idempotencyKey(), ok.raterId(), "", List.of("t".repeat(65)), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 64");
        assertThatThrownBy(() -> withText(ok, ok.idempotencyKey(), ok.raterId(), "", List.of(" "), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not blank");
        assertThatThrownBy(() -> withText(ok, ok.idempotencyKey(), ok.raterId(), "", List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1 to 5");
        assertThatThrownBy(() -> withText(ok, ok.idempotencyKey(), ok.raterId(), "", List.of(), 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 6");
        assertThatThrownBy(() -> rating("old", 3, Instant.parse("1969-12-31T23:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1970-01-01T00:00:00Z");
        assertThatThrownBy(() -> new Rating("no-target", "out", null, PAPER_A, ok.provenance(), "", "r", 3, "",
                List.of(), T0)).isInstanceOf(NullPointerException.class).hasMessageContaining("target");

        List<String> twentyTags = manyTags.subList(0, 20).stream().map(t -> (t + "x".repeat(64)).substring(0, 64))
                .toList();
        Rating largest = withText(ok, "k".repeat(128), "r".repeat(128), "c".repeat(4000), twentyTags, 5);
        assertThat(store.submit(largest)).isEqualTo(largest);
        assertThat(store.find(FeedbackQuery.all())).containsExactly(largest);
    }

    private static Rating withText(Rating r, String key, String raterId, String comment, List<String> tags, int score) {
        return new Rating(key, r.outputId(), r.target(), r.paperId(), r.provenance(), r.variant(), raterId, score,
                comment, tags, r.at());
    }

    @Test
    void acknowledgedRatingsSurviveReopeningTheStore() {
        List<Rating> mix = submitMix();
        store.close();
        store = null;

        store = reopen();

        assertThat(store.find(query(null, null, null, null, null, null)))
                .containsExactlyElementsOf(expected(mix, query(null, null, null, null, null, null)));
        assertThat(store.submit(with(rating("k01", 5, T0.plusSeconds(60)), PAPER_A, FeedbackTarget.SUMMARY,
                "local", "a"))).as("a retry after the restart returns the stored rating").isEqualTo(mix.get(0));
        assertThatThrownBy(() -> store.submit(rating("k01", 1, T0))).isInstanceOf(RatingConflictException.class);
        Rating after = store.submit(rating("after-reopen", 2, T0.plusSeconds(100)));
        assertThat(store.find(FeedbackQuery.all())).hasSize(mix.size() + 1).first().isEqualTo(after);
    }

    @Test
    void aRecordedOutputIsFoundWithEveryComponentIntact() {
        RatedOutput answer = new RatedOutput("sha256:0a1b2c", FeedbackTarget.ANSWER, PAPER_B,
                new Provenance("bedrock", "claude-3", "c0ffee"), "What is proved? ünïcødé \uD83D\uDE00",
                "The main theorem,\nin two steps.", T0);
        RatedOutput chat = new RatedOutput("0b7f4c1e-0000-4000-8000-000000000000", FeedbackTarget.CHAT, PAPER_A,
                new Provenance("local", "chat-1", "0"), "", "", T0.plusSeconds(1));

        store.recordOutput(answer);
        store.recordOutput(chat);

        assertThat(store.output(answer.outputId())).contains(answer);
        assertThat(store.output(chat.outputId())).contains(chat);
        store.close();
        store = null;
        store = reopen();
        assertThat(store.output(answer.outputId())).as("outputs survive reopening the store").contains(answer);
    }

    @Test
    void recordingAnOutputAgainKeepsTheFirstRecord() {
        RatedOutput first = new RatedOutput("out-again", FeedbackTarget.SUMMARY, PAPER_A,
                new Provenance("local", "extractive-1", "cfg1"), "ABSTRACT", "A summary.", T0);
        RatedOutput later = new RatedOutput("out-again", FeedbackTarget.SUMMARY, PAPER_A,
                new Provenance("local", "extractive-1", "cfg1"), "ABSTRACT", "A summary.", T0.plusSeconds(60));

        store.recordOutput(first);
        store.recordOutput(first);
        store.recordOutput(later);

        assertThat(store.output("out-again")).contains(first);
    }

    @Test
    void anUnknownOutputIdIsEmpty() {
        store.recordOutput(new RatedOutput("known", FeedbackTarget.CHAT_REPLY, PAPER_A,
                new Provenance("local", "chat-1", "0"), "Hi?", "Hello.", T0));

        assertThat(store.output("unknown")).isEmpty();
        assertThat(store.output("KNOWN")).as("ids are case-sensitive").isEmpty();
        assertThat(store.output("known")).isPresent();
    }

    /** Threads used by the concurrency test. */
    protected static final int THREADS = 8;
    /** New ratings each thread submits in the concurrency test. */
    protected static final int RATINGS_PER_THREAD = 250;

    @Test
    void concurrentWritersLoseNothingAndStoreEachRatingOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> submissions = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Integer> writer = () -> {
                    start.await();
                    int submitted = 0;
                    for (int i = 0; i < RATINGS_PER_THREAD; i++) {
                        Rating own = concurrentRating(thread, i);
                        assertThat(store.submit(own)).isEqualTo(own);
                        submitted++;
                        if (i % 10 == 0) {
                            // a client retry of its own rating, and a race with the next thread on its rating
                            assertThat(store.submit(own)).isEqualTo(own);
                            Rating neighbours = concurrentRating((thread + 1) % THREADS, i);
                            assertThat(store.submit(neighbours)).isEqualTo(neighbours);
                            submitted += 2;
                        }
                    }
                    return submitted;
                };
                submissions.add(pool.submit(writer));
            }
            start.countDown();
            int submitted = 0;
            for (Future<Integer> f : submissions) {
                submitted += f.get(120, TimeUnit.SECONDS);
            }
            assertThat(submitted).isEqualTo(THREADS * RATINGS_PER_THREAD + THREADS * 25 * 2);
        } finally {
            pool.shutdownNow();
        }

        List<Rating> all = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            List<Rating> page = store.find(new FeedbackQuery(null, null, null, null, null, null, offset, 500));
            all.addAll(page);
            if (page.size() < 500) {
                break;
            }
        }
        Set<String> keys = all.stream().map(Rating::idempotencyKey).collect(Collectors.toCollection(HashSet::new));
        assertThat(all).hasSize(THREADS * RATINGS_PER_THREAD);
        assertThat(keys).hasSize(THREADS * RATINGS_PER_THREAD);
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < RATINGS_PER_THREAD; i++) {
                assertThat(keys).contains(concurrentRating(t, i).idempotencyKey());
            }
        }
        List<RatingAggregate> perVariant = store.aggregate(FeedbackQuery.all(), RatingAggregate.GroupBy.VARIANT);
        assertThat(perVariant).hasSize(THREADS)
                .allSatisfy(a -> assertThat(a.count()).isEqualTo(RATINGS_PER_THREAD));
        assertThat(perVariant.stream().mapToLong(RatingAggregate::count).sum())
                .isEqualTo(THREADS * RATINGS_PER_THREAD);
    }

    private static Rating concurrentRating(int thread, int i) {
        return with(rating("c-" + thread + "-" + i, 1 + (thread + i) % 5, T0.plusMillis(i)), PAPER_A,
                FeedbackTarget.ANSWER, "local", "thread-" + thread);
    }

    private static Exposure exposure(String experiment, String variant, String unitId, String outputId, Instant at) {
        return new Exposure(experiment, variant, unitId, FeedbackTarget.ANSWER, outputId, PAPER_A, at);
    }

    @Test
    void recordingAnExposureAgainKeepsOneAndTheFirstTime() {
        Exposure first = new Exposure("exp-1", "control", "session-\u00fc1", FeedbackTarget.CHAT_REPLY, "out-1",
                PAPER_B, T0);
        Exposure later = new Exposure("exp-1", "control", "session-\u00fc1", FeedbackTarget.CHAT_REPLY, "out-1",
                PAPER_B, T0.plusSeconds(60));
        Exposure reassigned = new Exposure("exp-1", "treatment", "session-\u00fc1", FeedbackTarget.CHAT_REPLY,
                "out-1", PAPER_B, T0.plusSeconds(120));

        store.recordExposure(first);
        store.recordExposure(first);
        store.recordExposure(later);
        store.recordExposure(reassigned);

        assertThat(store.exposures("out-1")).as("the first record stays, with its time").containsExactly(first);
        assertThat(store.exposureCounts("exp-1")).containsExactly(new ExposureCount("control", 1, 1));
    }

    @Test
    void theExposuresOfAnOutputComeOldestFirstThenByExperimentAndUnit() {
        Exposure latest = exposure("exp-a", "a", "u-2", "out-x", T0.plusSeconds(2));
        Exposure tieB = exposure("exp-b", "b", "u-0", "out-x", T0.plusSeconds(1));
        Exposure tieA1 = exposure("exp-a", "b", "u-1", "out-x", T0.plusSeconds(1));
        Exposure tieA0 = exposure("exp-a", "a", "u-0", "out-x", T0.plusSeconds(1));
        Exposure oneNanoAfterT0 = new Exposure("exp-z", "z", "u-9", FeedbackTarget.SUMMARY, "out-x", PAPER_B,
                T0.plusNanos(1));
        Exposure earliest = exposure("exp-z", "z", "u-9", "out-y", T0);
        // recorded out of order, so the store must sort
        for (Exposure e : List.of(latest, tieB, earliest, tieA1, oneNanoAfterT0, tieA0)) {
            store.recordExposure(e);
        }

        assertThat(store.exposures("out-x")).as("every unit's exposure, every component intact")
                .containsExactly(oneNanoAfterT0, tieA0, tieA1, tieB, latest);
        assertThat(store.exposures("out-y")).containsExactly(earliest);
        assertThat(store.exposures("unknown")).isEmpty();
        assertThat(store.exposures("OUT-X")).as("ids are case-sensitive").isEmpty();
    }

    @Test
    void exposureCountsCountDistinctPairsAndUnitsPerVariantOfOneExperiment() {
        List<Exposure> exposures = List.of(
                exposure("checkout", "treatment", "u1", "o1", T0),
                exposure("checkout", "treatment", "u1", "o2", T0.plusSeconds(1)),
                exposure("checkout", "treatment", "u1", "o3", T0.plusSeconds(2)),
                exposure("checkout", "treatment", "u2", "o1", T0.plusSeconds(3)),
                exposure("checkout", "treatment", "u1", "o1", T0.plusSeconds(4)), // a repeat, not counted
                exposure("checkout", "control", "u3", "o4", T0),
                exposure("checkout", "control", "u4", "o4", T0),
                exposure("checkout", "control", "u5", "o5", T0),
                exposure("checkout", "aa", "u6", "o6", T0),
                // another experiment, with a variant and a (unit, output) pair of the same names
                exposure("other", "control", "u3", "o4", T0),
                exposure("other", "zz", "u1", "o1", T0));
        for (int i = exposures.size() - 1; i >= 0; i--) {
            store.recordExposure(exposures.get(i));
        }

        assertThat(store.exposureCounts("checkout")).containsExactly(
                new ExposureCount("aa", 1, 1),
                new ExposureCount("control", 3, 3),
                new ExposureCount("treatment", 4, 2));
        assertThat(store.exposureCounts("other")).containsExactly(
                new ExposureCount("control", 1, 1),
                new ExposureCount("zz", 1, 1));
        assertThat(store.exposureCounts("unknown")).isEmpty();
        assertThat(store.exposures("o4")).extracting(Exposure::experiment, Exposure::unitId)
                .containsExactly(tuple("checkout", "u3"),
                        tuple("checkout", "u4"),
                        tuple("other", "u3"));
    }

    /** Exposures every thread records in the exposure concurrency test. */
    protected static final int SHARED_EXPOSURES = 200;
    /** Exposures only one thread records, per thread, in the exposure concurrency test. */
    protected static final int OWN_EXPOSURES = 100;

    @Test
    void concurrentExposuresAreStoredOnceEach() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> writers = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    start.await();
                    int recorded = 0;
                    for (int i = 0; i < SHARED_EXPOSURES; i++) {
                        store.recordExposure(sharedExposure(i));
                        recorded++;
                        if (i < OWN_EXPOSURES) {
                            store.recordExposure(ownExposure(thread, i));
                            recorded++;
                        }
                    }
                    return recorded;
                }));
            }
            start.countDown();
            int recorded = 0;
            for (Future<Integer> f : writers) {
                recorded += f.get(120, TimeUnit.SECONDS);
            }
            assertThat(recorded).isEqualTo(THREADS * (SHARED_EXPOSURES + OWN_EXPOSURES));
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        List<ExposureCount> expected = new ArrayList<>(List.of(
                // shared: even i to "a", odd to "b"; unit i % 50, so 25 units each
                new ExposureCount("a", SHARED_EXPOSURES / 2, 25),
                new ExposureCount("b", SHARED_EXPOSURES / 2, 25)));
        for (int t = 0; t < THREADS; t++) {
            expected.add(new ExposureCount("t" + t, OWN_EXPOSURES, 10));
        }
        assertThat(store.exposureCounts("race")).containsExactlyElementsOf(expected);
        for (int i = 0; i < SHARED_EXPOSURES; i++) {
            assertThat(store.exposures("shared-o" + i)).containsExactly(sharedExposure(i));
        }
        for (int i = 0; i < OWN_EXPOSURES; i++) {
            List<Exposure> own = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                own.add(ownExposure(t, i));
            }
            // one instant for all threads, so the order is by unit
            assertThat(store.exposures("own-o" + i)).containsExactlyElementsOf(own);
        }
    }

    private static Exposure sharedExposure(int i) {
        return exposure("race", i % 2 == 0 ? "a" : "b", "shared-u" + (i % 50), "shared-o" + i, T0.plusMillis(i));
    }

    private static Exposure ownExposure(int thread, int i) {
        return exposure("race", "t" + thread, "t" + thread + "-u" + (i % 10), "own-o" + i, T0.plusMillis(i));
    }

    @Test
    void exposuresSurviveReopeningTheStore() {
        Exposure first = exposure("durable", "a", "u1", "o1", T0);
        Exposure second = exposure("durable", "b", "u2", "o1", T0.plusSeconds(1));
        store.recordExposure(first);
        store.recordExposure(second);
        store.close();
        store = null;

        store = reopen();

        assertThat(store.exposures("o1")).containsExactly(first, second);
        store.recordExposure(exposure("durable", "a", "u1", "o1", T0.plusSeconds(60)));
        assertThat(store.exposures("o1")).as("a repeat after the restart keeps the first time")
                .containsExactly(first, second);
        assertThat(store.exposureCounts("durable"))
                .containsExactly(new ExposureCount("a", 1, 1), new ExposureCount("b", 1, 1));
    }
}
