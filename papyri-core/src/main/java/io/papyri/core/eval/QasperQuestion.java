package io.papyri.core.eval;

import java.util.List;
import java.util.Objects;

/**
 * One QASPER question with every annotator's answer.
 *
 * @param questionId the dataset's question id, the key of predictions and gold answers
 * @param question the question as written (it may end with a space)
 * @param answers the annotator answers, at least one
 */
public record QasperQuestion(String questionId, String question, List<QasperGoldAnswer> answers) {

    /**
     * Checks for nulls, copies the answers and requires at least one.
     *
     * @param questionId the dataset's question id, the key of predictions and gold answers
     * @param question the question as written (it may end with a space)
     * @param answers the annotator answers, at least one
     */
    public QasperQuestion {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(question, "question");
        answers = List.copyOf(answers);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("question " + questionId + " has no annotator answer");
        }
    }
}
