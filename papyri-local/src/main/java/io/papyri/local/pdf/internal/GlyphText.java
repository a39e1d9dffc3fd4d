package io.papyri.local.pdf.internal;

import java.text.Normalizer;

/**
 * Cleans up the Unicode text PDFBox reports for one glyph: ligatures expanded, presentation forms
 * and mathematical alphanumerics folded to plain letters (NFKC, but only on those blocks, so that
 * superscripts and math symbols keep their meaning), odd spaces turned into a space, and control,
 * private-use and replacement characters dropped.
 */
public final class GlyphText {

    private static final String SPACE = " ";

    private GlyphText() {
    }

    /**
     * Cleans one glyph's text.
     *
     * @param unicode the text PDFBox mapped the glyph to, may be {@code null}
     * @return the cleaned text: {@code " "} for any kind of space, empty when nothing readable is left
     */
    public static String clean(String unicode) {
        if (unicode == null || unicode.isEmpty()) {
            return "";
        }
        if (isPlainAscii(unicode)) {
            return unicode.length() == 1 || !unicode.isBlank() ? unicode : SPACE;
        }
        StringBuilder out = new StringBuilder(unicode.length() + 2);
        for (int i = 0; i < unicode.length(); ) {
            int cp = unicode.codePointAt(i);
            i += Character.charCount(cp);
            appendClean(cp, out);
        }
        String cleaned = out.toString();
        return !cleaned.isEmpty() && cleaned.isBlank() ? SPACE : cleaned;
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static void appendClean(int cp, StringBuilder out) {
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F) {
            return; // control characters: broken font mappings, never text
        }
        switch (cp) {
            case 0xFB00 -> out.append("ff");
            case 0xFB01 -> out.append("fi");
            case 0xFB02 -> out.append("fl");
            case 0xFB03 -> out.append("ffi");
            case 0xFB04 -> out.append("ffl");
            case 0xFB05 -> out.append("ft");
            case 0xFB06 -> out.append("st");
            case 0x00A0, 0x2007, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029 -> out.append(' ');
            case 0x00AD -> out.append('-'); // a soft hyphen is only ever drawn where a word was broken
            case 0xFFFD, 0xFEFF, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063,
                 0x2064 -> {
                // replacement, zero-width and invisible operator characters carry no text
            }
            default -> appendOther(cp, out);
        }
    }

    private static void appendOther(int cp, StringBuilder out) {
        if (cp >= 0x2000 && cp <= 0x200A) {
            out.append(' ');
        } else if (cp >= 0xE000 && cp <= 0xF8FF || cp >= 0xF0000) {
            return; // private use: pieces of big brackets and unmapped glyphs
        } else if (cp >= 0xFE00 && cp <= 0xFE0F) {
            return; // variation selectors
        } else if (cp >= 0xFB07 && cp <= 0xFDFF || cp >= 0xFE10 && cp <= 0xFE1F || cp >= 0xFE30 && cp <= 0xFE6F
                || cp >= 0xFE70 && cp <= 0xFEFE || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x1D400 && cp <= 0x1D7FF) {
            // presentation forms, full-width forms and math alphanumerics: NFKC gives the plain character
            out.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
        } else {
            out.appendCodePoint(cp);
        }
    }

    /**
     * The combining mark a spacing accent stands for, when TeX draws an accent as its own glyph over
     * a letter ({@code ˇ} over {@code s} for {@code š}).
     *
     * @param text a glyph's cleaned text
     * @return the combining mark, or {@code 0} when the text is not a spacing accent
     */
    public static char combiningMark(String text) {
        if (text.length() != 1) {
            return 0;
        }
        return switch (text.charAt(0)) {
            case '\u00B4', '\u02CA' -> '\u0301';
            case '`', '\u02CB' -> '\u0300';
            case '\u00A8' -> '\u0308';
            case '^', '\u02C6' -> '\u0302';
            case '\u02C7' -> '\u030C';
            case '~', '\u02DC' -> '\u0303';
            case '\u00AF', '\u02C9' -> '\u0304';
            case '\u02D8' -> '\u0306';
            case '\u02D9' -> '\u0307';
            case '\u02DA' -> '\u030A';
            case '\u00B8' -> '\u0327';
            case '\u02DB' -> '\u0328';
            case '\u02DD' -> '\u030B';
            default -> 0;
        };
    }
}
