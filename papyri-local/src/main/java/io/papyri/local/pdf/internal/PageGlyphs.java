package io.papyri.local.pdf.internal;

import java.util.List;

/**
 * The glyphs of one page, split by whether they follow the page's main text direction.
 *
 * @param number  the 1-based page number
 * @param width   the width of the page's reading frame in points
 * @param height  the height of the page's reading frame in points
 * @param upright glyphs in the page's main text direction, in content-stream order
 * @param rotated glyphs in any other direction (margin stamps, rotated figure labels)
 */
public record PageGlyphs(int number, float width, float height, List<Glyph> upright, List<Glyph> rotated) {
}
