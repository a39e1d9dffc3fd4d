package io.papyri.api;

import java.util.Objects;

/**
 * One paragraph of body text, joined across lines, columns and pages.
 *
 * @param text the paragraph's text on one line
 * @param page the 1-based page on which the paragraph starts
 */
public record Paragraph(String text, int page) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param text the paragraph's text on one line
     * @param page the 1-based page on which the paragraph starts
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        if (page < 1) {
            throw new IllegalArgumentException("page numbers start at 1, was " + page);
        }
    }
}
