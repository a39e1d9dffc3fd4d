package io.papyri.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum the way Google's {@code rouge-score} package
 * ({@code RougeScorer([...], use_stemmer=True)}) does.
 *
 * <p>Argument order: this class takes the prediction first and the reference second ({@code rouge-score}'s
 * {@code score(target, prediction)} takes them the other way round). For ROUGE-Lsum, sentences are the
 * non-empty lines of each text (no automatic sentence splitting).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RougeScorer {

    private final RougeTokenizer tokenizer;

    /** Creates a scorer that stems tokens, like {@code use_stemmer=True}. */
    public RougeScorer() {
        this(true);
    }

    /**
     * Creates a scorer.
     *
     * @param useStemmer whether to Porter-stem tokens longer than three characters
     */
    public RougeScorer(boolean useStemmer) {
        this.tokenizer = new RougeTokenizer(useStemmer);
    }

    /**
     * Scores a prediction against one reference.
     *
     * @param prediction the system output
     * @param reference the gold text
     * @return all four ROUGE variants
     */
    public RougeScores score(String prediction, String reference) {
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(reference, "reference");
        List<String> predicted = tokenizer.tokenize(prediction);
        List<String> expected = tokenizer.tokenize(reference);
        RougeScore rougeL = predicted.isEmpty() || expected.isEmpty()
                ? RougeScore.ZERO
                : RougeScore.fromCounts(LongestCommonSubsequence.length(predicted, expected),
                        predicted.size(), expected.size());
        return new RougeScores(
                NGramOverlap.score(predicted, expected, 1),
                NGramOverlap.score(predicted, expected, 2),
                rougeL,
                SummaryLevelLcs.score(sentences(prediction), sentences(reference)));
    }

    /**
     * Scores a prediction against several references like {@code rouge-score}'s {@code score_multi}:
     * for each variant separately, the score of the reference with the highest F1 (the first one on ties).
     *
     * @param prediction the system output
     * @param references the gold texts, at least one
     * @return per variant, the best-F1 score over the references
     * @throws IllegalArgumentException if {@code references} is empty
     */
    public RougeScores scoreMax(String prediction, List<String> references) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("at least one reference is needed");
        }
        RougeScores best = null;
        for (String reference : references) {
            RougeScores s = score(prediction, reference);
            best = best == null ? s : new RougeScores(
                    better(best.rouge1(), s.rouge1()),
                    better(best.rouge2(), s.rouge2()),
                    better(best.rougeL(), s.rougeL()),
                    better(best.rougeLsum(), s.rougeLsum()));
        }
        return best;
    }

    /**
     * Scores a prediction against the single reference it matches best on one variant, like SciTLDR's
     * "multi-max" (which picks by ROUGE-1): all four scores come from that one reference, the first
     * one on ties.
     *
     * @param prediction the system output
     * @param references the gold texts, at least one
     * @param selectBy the variant whose F1 picks the reference
     * @return the scores against the chosen reference
     * @throws IllegalArgumentException if {@code references} is empty
     */
    public RougeScores scoreBestReference(String prediction, List<String> references, RougeType selectBy) {
        Objects.requireNonNull(selectBy, "selectBy");
        if (references.isEmpty()) {
            throw new IllegalArgumentException("at least one reference is needed");
        }
        RougeScores best = null;
        for (String reference : references) {
            RougeScores s = score(prediction, reference);
            if (best == null || s.get(selectBy).fmeasure() > best.get(selectBy).fmeasure()) {
                best = s;
            }
        }
        return best;
    }

    private static RougeScore better(RougeScore incumbent, RougeScore challenger) {
        return challenger.fmeasure() > incumbent.fmeasure() ? challenger : incumbent;
    }

    private List<List<String>> sentences(String text) {
        List<List<String>> result = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                result.add(tokenizer.tokenize(line));
            }
        }
        return result;
    }
}
