package io.papyri.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A summary of a paper whose every sentence points back to the passage it came from.
 *
 * @param outputId   an id derived from the summary's content, used to rate it
 * @param paperId    the paper
 * @param style      the style asked for
 * @param sentences  the summary sentences in order
 * @param provenance what produced it
 */
public record Summary(String outputId, PaperId paperId, SummaryStyle style, List<Sentence> sentences,
                      Provenance provenance) {

    /**
     * One summary sentence and where it can be checked.
     *
     * @param text   the sentence
     * @param source the passage that supports it
     */
    public record Sentence(String text, Passage source) {

        /**
         * Checks the components and copies any collections, so the value stays immutable.
         *
         * @param text the sentence
         * @param source the passage that supports it
         */
        public Sentence {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param outputId an id derived from the summary's content, used to rate it
     * @param paperId the paper
     * @param style the style asked for
     * @param sentences the summary sentences in order
     * @param provenance what produced it
     */
    public Summary {
        Objects.requireNonNull(outputId, "outputId");
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(provenance, "provenance");
        sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
    }

    /** @return the summary as one text */
    public String text() {
        return sentences.stream().map(Sentence::text).collect(Collectors.joining(" "));
    }
}
