package io.papyri.core.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores QASPER predictions the way the official QASPER v0.3 evaluator does.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class QasperEvaluator {

    private static final String FLOAT_SELECTED = "FLOAT SELECTED";

    private final boolean textEvidenceOnly;

    /** Creates an evaluator that keeps all gold evidence (the default that papers report). */
    public QasperEvaluator() {
        this(false);
    }

    /**
     * Creates an evaluator.
     *
     * @param textEvidenceOnly if true, gold evidence containing {@code FLOAT SELECTED} (tables and figures)
     *                         is dropped before scoring, like the evaluator's {@code --text_evidence_only}
     */
    public QasperEvaluator(boolean textEvidenceOnly) {
        this.textEvidenceOnly = textEvidenceOnly;
    }

    /**
     * Scores one answered question against all its annotator answers.
     *
     * @param prediction the system's answer
     * @param gold the annotator answers, at least one
     * @return the maximum Answer-F1 with its bucket, and the maximum Evidence-F1
     * @throws IllegalArgumentException if {@code gold} is empty
     */
    public QasperQuestionScore scoreQuestion(QasperPrediction prediction, List<QasperGoldAnswer> gold) {
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("a question needs at least one gold answer");
        }
        double bestAnswer = -1;
        QasperAnswerType bestType = null;
        double bestEvidence = 0;
        for (QasperGoldAnswer answer : gold) {
            double f1 = AnswerF1.score(prediction.answer(), answer.text());
            if (f1 > bestAnswer) {
                bestAnswer = f1;
                bestType = answer.type();
            }
            bestEvidence = Math.max(bestEvidence, EvidenceF1.score(prediction.evidence(), goldEvidence(answer)));
        }
        return new QasperQuestionScore(bestAnswer, bestType, bestEvidence);
    }

    /**
     * Scores all gold questions; a question without a prediction scores 0 on both metrics.
     * Predictions for questions not in {@code gold} are ignored.
     *
     * @param gold annotator answers by question id
     * @param predictions system answers by question id
     * @return the means over the gold questions (0 when there are none)
     */
    public QasperReport evaluate(Map<String, List<QasperGoldAnswer>> gold, Map<String, QasperPrediction> predictions) {
        double answerSum = 0;
        double evidenceSum = 0;
        int missing = 0;
        Map<QasperAnswerType, List<Double>> buckets = new EnumMap<>(QasperAnswerType.class);
        for (Map.Entry<String, List<QasperGoldAnswer>> question : gold.entrySet()) {
            QasperPrediction prediction = predictions.get(question.getKey());
            if (prediction == null) {
                missing++;
                continue;
            }
            QasperQuestionScore score = scoreQuestion(prediction, question.getValue());
            answerSum += score.answerF1();
            evidenceSum += score.evidenceF1();
            buckets.computeIfAbsent(score.answerType(), t -> new ArrayList<>()).add(score.answerF1());
        }
        int n = gold.size();
        Map<QasperAnswerType, Double> byType = new EnumMap<>(QasperAnswerType.class);
        buckets.forEach((type, scores) ->
                byType.put(type, scores.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        return new QasperReport(n == 0 ? 0 : answerSum / n, n == 0 ? 0 : evidenceSum / n, byType, n, missing);
    }

    private List<String> goldEvidence(QasperGoldAnswer answer) {
        if (!textEvidenceOnly) {
            return answer.evidence();
        }
        return answer.evidence().stream().filter(e -> !e.contains(FLOAT_SELECTED)).toList();
    }
}
