package io.papyri.local.pdf.internal;

/**
 * The white band between the two columns of a page.
 *
 * @param left  the left edge of the band (where the left column ends)
 * @param right the right edge of the band (where the right column starts)
 */
public record Gutter(float left, float right) {

    /** @return the middle of the band */
    public float center() {
        return (left + right) / 2f;
    }

    /** @return the width of the band */
    public float width() {
        return right - left;
    }
}
