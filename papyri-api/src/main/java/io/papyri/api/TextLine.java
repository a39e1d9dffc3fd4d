package io.papyri.api;

import java.util.Objects;

/**
 * One line of text as laid out on a page, the unit a {@link io.papyri.api.spi.TextExtractor} produces.
 *
 * @param text     the line's text: ligatures expanded, whitespace collapsed; a word hyphenated at the
 *                 end of this line is already joined with its rest from the next line
 * @param box      where the line stands on its page
 * @param font     the base name of the line's dominant font (such as {@code CMR10} or {@code NimbusRomNo9L-Medi}),
 *                 without any subset prefix; math fonts tell display equations apart from prose
 * @param fontSize the dominant font size of the line, in points
 * @param bold     whether most of the line is set in a bold face
 * @param italic   whether most of the line is set in an italic face
 * @param column   the column the line belongs to, 0 for the first (left) or only column; lines
 *                 spanning all columns (titles, wide figures) are column 0
 */
public record TextLine(String text, BoundingBox box, String font, double fontSize, boolean bold, boolean italic, int column) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param text the line's text: ligatures expanded, whitespace collapsed; a word hyphenated at the end of this line is already joined with its rest from the next line
     * @param box where the line stands on its page
     * @param font the base name of the line's dominant font (such as {@code CMR10} or {@code NimbusRomNo9L-Medi}), without any subset prefix; math fonts tell display equations apart from prose
     * @param fontSize the dominant font size of the line, in points
     * @param bold whether most of the line is set in a bold face
     * @param italic whether most of the line is set in an italic face
     * @param column the column the line belongs to, 0 for the first (left) or only column; lines spanning all columns (titles, wide figures) are column 0
     */
    public TextLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(font, "font");
        if (column < 0) {
            throw new IllegalArgumentException("column must be >= 0, was " + column);
        }
    }
}
