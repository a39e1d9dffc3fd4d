package io.papyri.core.clean.internal;

/**
 * Repairs text damage that comes from how PDFs encode glyphs rather than from the paper: ligature
 * characters, invisible characters, and the "ff" ligature that PDFs re-saved through macOS Quartz
 * map to U+21B5 ("di↵erent").
 */
final class TextRepair {

    private TextRepair() {
    }

    /**
     * @param text a line as extracted
     * @return the line with ligatures expanded and invisible characters dropped
     */
    static String repair(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\uFB00' -> "ff";
                case '\uFB01' -> "fi";
                case '\uFB02' -> "fl";
                case '\uFB03' -> "ffi";
                case '\uFB04' -> "ffl";
                case '\uFB05', '\uFB06' -> "st";
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\uFEFF' -> "";
                case '\u21B5' -> brokenLigature(text, i) ? "ff" : null;
                default -> null;
            };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(n + 8).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** A carriage-return arrow touching a letter on either side stands for a lost "ff" ligature. */
    private static boolean brokenLigature(String text, int i) {
        boolean before = i > 0 && Character.isLetter(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        return before || after;
    }
}
