package io.papyri.local.pdf.internal;

/**
 * One character as drawn on a page, in the page's reading frame: origin at the top-left corner,
 * y growing down, points.
 *
 * @param text     the cleaned-up Unicode text of the glyph (ligatures expanded); {@code " "} for a space
 * @param x        the left edge of the glyph
 * @param baseline the y of the baseline
 * @param width    the advance width
 * @param size     the effective font size in points (font size times the text and page scaling)
 * @param face     the font face
 * @param dir      the text direction in degrees (0, 90, 180 or 270); coordinates are those of a
 *                 frame turned with the text, so that it reads left to right
 */
public record Glyph(String text, float x, float baseline, float width, float size, FontFace face, int dir) {

    /** @return whether this glyph is a space, which only separates words */
    public boolean isSpace() {
        return text.length() == 1 && text.charAt(0) == ' ';
    }

    /** @return the right edge */
    public float right() {
        return x + width;
    }
}
