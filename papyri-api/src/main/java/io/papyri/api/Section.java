package io.papyri.api;

import java.util.List;
import java.util.Objects;

/**
 * A section of a paper: its heading and the paragraphs under it, up to the next heading.
 *
 * <p>Sections form a flat list in reading order; {@link #level()} tells how they nest (1 for
 * top-level headings such as "2 Background", 2 for "2.1 Attention", ...). Text before the first
 * heading (an unheaded introduction) is a section with an empty heading.
 *
 * @param heading    the heading as printed, with its numbering; empty for unheaded text
 * @param level      1 for top-level headings, deeper levels for sub-sections
 * @param page       the 1-based page on which the section starts
 * @param paragraphs the body paragraphs in reading order
 */
public record Section(String heading, int level, int page, List<Paragraph> paragraphs) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param heading the heading as printed, with its numbering; empty for unheaded text
     * @param level 1 for top-level headings, deeper levels for sub-sections
     * @param page the 1-based page on which the section starts
     * @param paragraphs the body paragraphs in reading order
     */
    public Section {
        Objects.requireNonNull(heading, "heading");
        if (level < 1) {
            throw new IllegalArgumentException("section levels start at 1, was " + level);
        }
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    }
}
