package io.papyri.local.pdf.internal;

/**
 * What a line needs to know about the font a glyph is set in.
 *
 * @param name    the base font name without any subset prefix ({@code CMR10}, {@code NimbusRomNo9L-Medi})
 * @param bold    whether the face is bold (by name, weight or descriptor flag)
 * @param italic  whether the face is an italic or slanted text face; math fonts never count as italic
 * @param math    whether the face is a math or symbol font ({@code CMMI}, {@code CMSY}, {@code Symbol}, ...)
 * @param ascent  how far glyphs reach above the baseline, as a fraction of the font size
 * @param descent how far glyphs reach below the baseline, as a fraction of the font size
 */
public record FontFace(String name, boolean bold, boolean italic, boolean math, float ascent, float descent) {

    /** The face used when a glyph's font says nothing about itself. */
    public static final FontFace UNKNOWN = new FontFace("unknown", false, false, false, 0.75f, 0.22f);
}
