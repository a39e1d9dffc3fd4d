package io.papyri.core.eval;

import java.util.Objects;

/**
 * The ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum scores of one prediction.
 *
 * @param rouge1 unigram score
 * @param rouge2 bigram score
 * @param rougeL LCS score
 * @param rougeLsum summary-level LCS score
 */
public record RougeScores(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL, RougeScore rougeLsum) {

    /** Checks that no score is null. */
    public RougeScores {
        Objects.requireNonNull(rouge1, "rouge1");
        Objects.requireNonNull(rouge2, "rouge2");
        Objects.requireNonNull(rougeL, "rougeL");
        Objects.requireNonNull(rougeLsum, "rougeLsum");
    }

    /**
     * Returns the score of one variant.
     *
     * @param type the variant
     * @return its score
     */
    public RougeScore get(RougeType type) {
        return switch (type) {
            case ROUGE_1 -> rouge1;
            case ROUGE_2 -> rouge2;
            case ROUGE_L -> rougeL;
            case ROUGE_LSUM -> rougeLsum;
        };
    }
}
