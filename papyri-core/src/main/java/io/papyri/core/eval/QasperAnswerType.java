package io.papyri.core.eval;

import java.util.Locale;

/** The type of a QASPER annotator answer, used for per-type Answer-F1. */
public enum QasperAnswerType {
    /** One or more spans copied from the paper. */
    EXTRACTIVE,
    /** A free-form answer. */
    ABSTRACTIVE,
    /** "Yes" or "No" (the evaluator's {@code boolean}). */
    YES_NO,
    /** "Unanswerable" (the evaluator's {@code none}). */
    UNANSWERABLE;

    /**
     * Parses the type as written in the eval JSONL ({@code extractive}, {@code abstractive},
     * {@code yes_no}, {@code unanswerable}) or by the official evaluator ({@code boolean}, {@code none}).
     *
     * @param name the type name, case-insensitive
     * @return the type
     * @throws IllegalArgumentException if the name is unknown
     */
    public static QasperAnswerType parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "extractive" -> EXTRACTIVE;
            case "abstractive" -> ABSTRACTIVE;
            case "yes_no", "boolean" -> YES_NO;
            case "unanswerable", "none" -> UNANSWERABLE;
            default -> throw new IllegalArgumentException("unknown QASPER answer type: " + name);
        };
    }
}
