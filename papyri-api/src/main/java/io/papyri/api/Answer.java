package io.papyri.api;

import java.util.List;
import java.util.Objects;

/**
 * An answer to a question about a paper, with the passages that support it.
 *
 * @param outputId   an id derived from the answer's content, used to rate it
 * @param paperId    the paper
 * @param question   the question as asked
 * @param text       the answer ("Unanswerable" when {@code kind} is {@link AnswerKind#UNANSWERABLE})
 * @param kind       the kind of answer
 * @param confidence how sure the answerer is, from 0 to 1
 * @param evidence   the supporting passages, strongest first
 * @param provenance what produced it
 */
public record Answer(String outputId, PaperId paperId, String question, String text, AnswerKind kind,
                     double confidence, List<Evidence> evidence, Provenance provenance) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param outputId an id derived from the answer's content, used to rate it
     * @param paperId the paper
     * @param question the question as asked
     * @param text the answer ("Unanswerable" when {@code kind} is {@link AnswerKind#UNANSWERABLE})
     * @param kind the kind of answer
     * @param confidence how sure the answerer is, from 0 to 1
     * @param evidence the supporting passages, strongest first
     * @param provenance what produced it
     */
    public Answer {
        Objects.requireNonNull(outputId, "outputId");
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidence);
        }
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }
}
