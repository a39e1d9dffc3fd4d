package io.papyri.core.eval;

import java.util.Objects;

/**
 * The scores of one answered QASPER question.
 *
 * @param answerF1 the maximum Answer-F1 over the annotators
 * @param answerType the type of the first annotator answer that reached that maximum (its per-type bucket)
 * @param evidenceF1 the maximum Evidence-F1 over the annotators
 */
public record QasperQuestionScore(double answerF1, QasperAnswerType answerType, double evidenceF1) {

    /** Checks that the type is present. */
    public QasperQuestionScore {
        Objects.requireNonNull(answerType, "answerType");
    }
}
