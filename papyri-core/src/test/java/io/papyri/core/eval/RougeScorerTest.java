package io.papyri.core.eval;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RougeScorerTest {

    private static final Offset<Double> EPS = Offset.offset(1e-12);

    private final RougeScorer scorer = new RougeScorer();

    private static void assertScore(RougeScore score, double p, double r, double f) {
        assertThat(score.precision()).isCloseTo(p, EPS);
        assertThat(score.recall()).isCloseTo(r, EPS);
        assertThat(score.fmeasure()).isCloseTo(f, EPS);
    }

    @Test
    void equalLengthSentences() {
        // pred: the cat sat on the mat   ref: the cat was on the mat   (6 tokens each, none stemmed)
        // R1: the x2, cat, on, mat = 5 shared -> P = R = F = 5/6
        // R2: pred {the-cat, cat-sat, sat-on, on-the, the-mat}, ref {the-cat, cat-was, was-on, on-the, the-mat}
        //     shared: the-cat, on-the, the-mat = 3 -> 3/5
        // RL: LCS = the cat on the mat = 5 -> 5/6
        RougeScores s = scorer.score("The cat sat on the mat.", "The cat was on the mat.");

        assertScore(s.rouge1(), 5.0 / 6, 5.0 / 6, 5.0 / 6);
        assertScore(s.rouge2(), 3.0 / 5, 3.0 / 5, 3.0 / 5);
        assertScore(s.rougeL(), 5.0 / 6, 5.0 / 6, 5.0 / 6);
        assertThat(s.get(RougeType.ROUGE_2)).isSameAs(s.rouge2());
    }

    @Test
    void precisionAndRecallDifferWithStemming() {
        // stemmed pred: polic kill the gunman (4); ref: the gunman was kill by polic (6)
        // R1: 4 shared -> P = 1, R = 4/6, F = 2*(2/3)/(5/3) = 0.8
        // R2: pred {polic-kill, kill-the, the-gunman}; ref {the-gunman, gunman-was, was-kill, kill-by, by-polic}
        //     1 shared -> P = 1/3, R = 1/5, F = (2/15)/(8/15) = 0.25
        // RL: LCS = "the gunman" = 2 -> P = 1/2, R = 1/3, F = (1/3)/(5/6) = 0.4
        RougeScores s = scorer.score("police killed the gunman", "the gunman was killed by police");

        assertScore(s.rouge1(), 1.0, 2.0 / 3, 0.8);
        assertScore(s.rouge2(), 1.0 / 3, 1.0 / 5, 0.25);
        assertScore(s.rougeL(), 0.5, 1.0 / 3, 0.4);
    }

    @Test
    void stemmingCanBeSwitchedOff() {
        // stemmed: [run, dog] vs [the, dog, run] -> 2 shared: P = 1, R = 2/3, F = 0.8. Unstemmed: nothing shared.
        assertScore(scorer.score("Running dogs", "the dog runs").rouge1(), 1.0, 2.0 / 3, 0.8);
        assertScore(new RougeScorer(false).score("Running dogs", "the dog runs").rouge1(), 0, 0, 0);
    }

    @Test
    void clipsRepeatedNGrams() {
        // pred: the the the the (4 unigrams, 3 bigrams "the the"); ref: the cat the (3 unigrams)
        // R1: min(4, 2) = 2 -> P = 2/4, R = 2/3, F = 2*(1/3)/(7/6) = 4/7
        // R2: ref has no "the the" -> 0
        RougeScores s = scorer.score("the the the the", "the cat the");

        assertScore(s.rouge1(), 0.5, 2.0 / 3, 4.0 / 7);
        assertScore(s.rouge2(), 0, 0, 0);
    }

    @Test
    void emptyTextScoresZero() {
        RougeScores s = scorer.score("", "the cat");

        for (RougeType type : RougeType.values()) {
            assertScore(s.get(type), 0, 0, 0);
        }
    }

    @Test
    void rougeLsumUnitesLcsAcrossSentences() {
        // ref sentences [a b c] [d e]; pred sentences [a c d] [b e]
        // ref [a b c]: LCS with [a c d] -> {a, c}, with [b e] -> {b}; union {a, b, c} = 3 hits
        // ref [d e]: LCS with [a c d] -> {d}, with [b e] -> {e}; union {d, e} = 2 hits
        // 5 hits over 5 tokens each side -> 1.0. Plain rougeL: LCS(a b c d e, a c d b e) = a c d e = 4 -> 0.8
        RougeScores s = scorer.score("a c d\nb e", "a b c\nd e");

        assertScore(s.rougeLsum(), 1.0, 1.0, 1.0);
        assertScore(s.rougeL(), 0.8, 0.8, 0.8);
    }

    @Test
    void rougeLsumCapsHitsByTokenCounts() {
        // ref sentences [x y] [x y]; pred one sentence [x y]. Each ref sentence's LCS is {x, y},
        // but the prediction holds only one x and one y, so hits = 2: P = 2/2, R = 2/4, F = 2/3.
        assertScore(scorer.score("x y", "x y\nx y").rougeLsum(), 1.0, 0.5, 2.0 / 3);
    }

    @Test
    void scoreMaxPicksTheBestReferencePerVariant() {
        // pred a b c d.
        // ref "d c b a": R1 4 shared -> F 1; R2 {dc, cb, ba} vs {ab, bc, cd} -> 0; RL LCS 1 -> 1/4
        // ref "a b x y": R1 2 shared -> F 1/2; R2 {ab} shared of 3 each -> 1/3; RL LCS "a b" = 2 -> 1/2
        RougeScores s = scorer.scoreMax("a b c d", List.of("d c b a", "a b x y"));

        assertScore(s.rouge1(), 1.0, 1.0, 1.0);
        assertScore(s.rouge2(), 1.0 / 3, 1.0 / 3, 1.0 / 3);
        assertScore(s.rougeL(), 0.5, 0.5, 0.5);
    }

    @Test
    void scoreMaxKeepsTheFirstReferenceOnTies() {
        // pred [a b]. ref "a c": P = R = 1/2, F = 1/2. ref "a b c d e f": P = 1, R = 1/3, F = (2/3)/(4/3) = 1/2.
        RougeScore first = scorer.scoreMax("a b", List.of("a c", "a b c d e f")).rouge1();
        RougeScore second = scorer.scoreMax("a b", List.of("a b c d e f", "a c")).rouge1();

        assertScore(first, 0.5, 0.5, 0.5);
        assertScore(second, 1.0, 1.0 / 3, 0.5);
    }

    @Test
    void scoreMaxNeedsAReference() {
        assertThatThrownBy(() -> scorer.scoreMax("a", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
