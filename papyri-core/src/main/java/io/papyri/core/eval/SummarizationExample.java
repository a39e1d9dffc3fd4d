package io.papyri.core.eval;

import java.util.List;
import java.util.Objects;

/**
 * One paper of a summarization evaluation file: the text a summarizer may read and the gold summaries
 * it is scored against.
 *
 * <p>The input is {@link #sourceText()} (or, with headings, {@link #sourceSections()}); it never contains
 * the gold {@link #references()}, nor the paper's {@code abstract} field unless the dataset defines the
 * abstract as its input (SciTLDR-A, whose {@code source_text} is the abstract).
 *
 * @param paperId the dataset's paper id
 * @param title the paper title, or {@code null} when the dataset has none
 * @param sourceSections the body sections in document order; empty when the file gives a flat
 *                       {@code source_text} only
 * @param sourceText the summarizer input as one string: the section paragraphs (headings left out)
 *                   separated by blank lines, or the file's {@code source_text}
 * @param references the gold summaries, at least one
 */
public record SummarizationExample(String paperId, String title, List<SourceSection> sourceSections,
                                   String sourceText, List<String> references) {

    /** Validates and copies the lists. */
    public SummarizationExample {
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(sourceText, "sourceText");
        sourceSections = List.copyOf(sourceSections);
        references = List.copyOf(references);
        if (references.isEmpty()) {
            throw new IllegalArgumentException("paper " + paperId + " has no reference summary");
        }
    }

    /**
     * The paragraphs of the summarizer input in document order: each section's paragraphs, or the whole
     * {@link #sourceText()} as a single paragraph when there are no sections.
     *
     * @return the input paragraphs, never containing blank strings
     */
    public List<String> sourceParagraphs() {
        if (sourceSections.isEmpty()) {
            return sourceText.isBlank() ? List.of() : List.of(sourceText);
        }
        return sourceSections.stream()
                .flatMap(section -> section.paragraphs().stream())
                .filter(paragraph -> !paragraph.isBlank())
                .toList();
    }

    /**
     * The mean length of the references in whitespace-separated words.
     *
     * @return the mean reference word count
     */
    public double meanReferenceWords() {
        return references.stream().mapToInt(SummarizationExample::countWords).average().orElse(0);
    }

    /**
     * Counts whitespace-separated words.
     *
     * @param text any text
     * @return the number of non-empty whitespace-separated tokens
     */
    static int countWords(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /**
     * One body section of the input.
     *
     * @param heading the section heading as given in the file (may be empty)
     * @param paragraphs the paragraph texts of the section, possibly none
     */
    public record SourceSection(String heading, List<String> paragraphs) {

        /** Validates and copies the paragraphs. */
        public SourceSection {
            heading = heading == null ? "" : heading;
            paragraphs = List.copyOf(paragraphs);
        }

        /**
         * The section's paragraphs joined with blank lines.
         *
         * @return the section text without its heading
         */
        public String text() {
            return String.join("\n\n", paragraphs);
        }
    }
}
