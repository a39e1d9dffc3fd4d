package io.papyri.local.pdf.internal;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.text.TextPosition;

/**
 * Recovers the text of glyphs whose Unicode mapping is broken, from the glyph name in the font's
 * encoding.
 *
 * <p>Some PDFs map glyphs to nothing useful: control characters, the replacement character, or, in
 * files re-saved by macOS Quartz, the arrow {@code ↵} for both the {@code ff} ligature and the Greek
 * {@code α}. The font's own encoding still names the glyph ({@code ff}, {@code ffi},
 * {@code alpha}, {@code minus}), and the Adobe Glyph List turns that name into text.
 */
final class GlyphNameText {

    private static final char BROKEN_ARROW = '\u21B5';

    private GlyphNameText() {
    }

    /**
     * @param unicode the text PDFBox mapped a glyph to, may be {@code null}
     * @return whether that text is one of the known signs of a broken mapping
     */
    static boolean looksBroken(String unicode) {
        if (unicode == null || unicode.isEmpty()) {
            return true;
        }
        char c = unicode.charAt(0);
        return unicode.length() == 1 && (c < 0x20 || c == '\uFFFD' || c == BROKEN_ARROW);
    }

    /**
     * The text a glyph's name stands for.
     *
     * @param position the glyph as PDFBox reports it
     * @return the text, or {@code null} when the font does not name the glyph or the name means nothing
     */
    static String of(TextPosition position) {
        PDFont font = position.getFont();
        int[] codes = position.getCharacterCodes();
        if (!(font instanceof PDSimpleFont simple) || codes == null || codes.length != 1) {
            return null;
        }
        Encoding encoding = simple.getEncoding();
        String name = encoding == null ? null : encoding.getName(codes[0]);
        if (name == null || ".notdef".equals(name)) {
            return null;
        }
        String text = GlyphList.getAdobeGlyphList().toUnicode(name);
        return text == null || looksBroken(text) ? null : text;
    }
}
