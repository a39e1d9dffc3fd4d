package io.papyri.api;

import java.util.List;
import java.util.Objects;

/**
 * The text of one page in reading order.
 *
 * @param number  the 1-based page number in the PDF
 * @param width   the page width in points
 * @param height  the page height in points
 * @param columns how many text columns the body of the page has (1 or 2, sometimes more)
 * @param lines   the lines in reading order: column by column, top to bottom
 */
public record PageLayout(int number, double width, double height, int columns, List<TextLine> lines) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param number the 1-based page number in the PDF
     * @param width the page width in points
     * @param height the page height in points
     * @param columns how many text columns the body of the page has (1 or 2, sometimes more)
     * @param lines the lines in reading order: column by column, top to bottom
     */
    public PageLayout {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1, was " + number);
        }
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
}
