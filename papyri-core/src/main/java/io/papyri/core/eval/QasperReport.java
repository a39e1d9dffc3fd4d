package io.papyri.core.eval;

import java.util.Map;

/**
 * The aggregate QASPER scores over a set of questions, each in [0, 1].
 *
 * @param answerF1 mean of the per-question maximum Answer-F1 (missing predictions count as 0)
 * @param evidenceF1 mean of the per-question maximum Evidence-F1 (missing predictions count as 0)
 * @param answerF1ByType mean Answer-F1 per bucket, only for buckets that received a question; questions
 *                       without a prediction are in no bucket (as in the official evaluator)
 * @param questions the number of gold questions
 * @param missingPredictions how many of them had no prediction
 */
public record QasperReport(double answerF1, double evidenceF1, Map<QasperAnswerType, Double> answerF1ByType,
                           int questions, int missingPredictions) {

    /** Copies the per-type map. */
    public QasperReport {
        answerF1ByType = Map.copyOf(answerF1ByType);
    }
}
