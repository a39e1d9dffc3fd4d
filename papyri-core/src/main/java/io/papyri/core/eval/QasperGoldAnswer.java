package io.papyri.core.eval;

import java.util.List;
import java.util.Objects;

/**
 * One annotator's answer to a QASPER question.
 *
 * @param type the answer type
 * @param text the gold answer string ({@code "Unanswerable"}, {@code "Yes"}/{@code "No"}, the joined spans,
 *             or the free-form answer)
 * @param evidence the gold evidence paragraphs, possibly empty
 */
public record QasperGoldAnswer(QasperAnswerType type, String text, List<String> evidence) {

    /** Checks for nulls and copies the evidence. */
    public QasperGoldAnswer {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        evidence = List.copyOf(evidence);
    }
}
