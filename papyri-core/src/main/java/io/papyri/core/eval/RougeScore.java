package io.papyri.core.eval;

/**
 * Precision, recall and F1 of one ROUGE variant, each in [0, 1].
 *
 * @param precision matches divided by the prediction's size
 * @param recall matches divided by the reference's size
 * @param fmeasure {@code 2PR/(P+R)}, or 0 when {@code P+R = 0}
 */
public record RougeScore(double precision, double recall, double fmeasure) {

    /** A score of zero everywhere. */
    public static final RougeScore ZERO = new RougeScore(0, 0, 0);

    /**
     * Builds a score from counts the way {@code rouge-score} does: sizes of zero count as one.
     *
     * @param matches matched units (n-grams or LCS tokens)
     * @param predictionSize units in the prediction
     * @param referenceSize units in the reference
     * @return the score
     */
    public static RougeScore fromCounts(int matches, int predictionSize, int referenceSize) {
        double precision = matches / (double) Math.max(predictionSize, 1);
        double recall = matches / (double) Math.max(referenceSize, 1);
        return new RougeScore(precision, recall, f1(precision, recall));
    }

    static double f1(double precision, double recall) {
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    }
}
