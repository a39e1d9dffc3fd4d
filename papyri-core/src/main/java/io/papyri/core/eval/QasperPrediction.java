package io.papyri.core.eval;

import java.util.List;
import java.util.Objects;

/**
 * A system's answer to one QASPER question.
 *
 * @param answer the answer string (use {@code "Unanswerable"}, {@code "Yes"} or {@code "No"} for those types)
 * @param evidence the paragraphs the system cites, possibly empty
 */
public record QasperPrediction(String answer, List<String> evidence) {

    /** Checks for nulls and copies the evidence. */
    public QasperPrediction {
        Objects.requireNonNull(answer, "answer");
        evidence = List.copyOf(evidence);
    }
}
