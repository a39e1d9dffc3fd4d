package io.papyri.api;

import java.time.Instant;
import java.util.Objects;

/**
 * An output that can be rated, as the feedback store keeps it: a rating names an output by its
 * id, and the store refuses a rating of an id it never recorded.
 *
 * @param outputId   the output's id ({@link Summary#outputId()}, {@link Answer#outputId()},
 *                   {@link ChatMessage#outputId()} of a reply, or {@link ChatSession#sessionId()} for a whole chat)
 * @param target     what kind of output it is
 * @param paperId    the paper the output is about
 * @param provenance what produced the output
 * @param input      what the output answers: the question, the summary style, or the user's message;
 *                   empty for a whole chat
 * @param text       the output's text; empty for a whole chat when it is recorded at its start
 * @param at         when the output was produced
 */
public record RatedOutput(String outputId, FeedbackTarget target, PaperId paperId, Provenance provenance,
                          String input, String text, Instant at) {

    /**
     * Checks the components.
     *
     * @param outputId the output's id, not blank, at most {@link Rating#MAX_ID_LENGTH} characters
     * @param target what kind of output it is
     * @param paperId the paper the output is about
     * @param provenance what produced the output
     * @param input what the output answers: the question, the summary style, or the user's message
     * @param text the output's text
     * @param at when the output was produced
     * @throws IllegalArgumentException when the output id is blank or too long
     */
    public RatedOutput {
        Objects.requireNonNull(outputId, "outputId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        if (outputId.isBlank() || outputId.length() > Rating.MAX_ID_LENGTH) {
            throw new IllegalArgumentException("Invalid output id '" + outputId.replaceAll("\\p{Cntrl}", "?")
                    + "': it is not blank and has at most " + Rating.MAX_ID_LENGTH + " characters.");
        }
    }
}
