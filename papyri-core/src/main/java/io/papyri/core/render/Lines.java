package io.papyri.core.render;

import java.util.ArrayList;
import java.util.List;

/** Puts extracted text on one clean line and wraps it, for the human-readable renderers. */
final class Lines {

    private Lines() {
    }

    /**
     * Joins a string onto one line: every run of whitespace becomes one space, control characters
     * (which could drive a terminal) are dropped, and the ends are trimmed.
     *
     * @param text any text
     * @return the text on one line
     */
    static String flatten(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else if (!Character.isISOControl(c)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /**
     * Breaks a one-line text into lines of at most {@code width} characters at spaces; a word
     * longer than the width gets a line of its own.
     *
     * @param text  text without line breaks
     * @param width the widest line, or 0 or less for no wrapping
     * @return the lines, at least one
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (width <= 0 || length(text) <= width) {
            lines.add(text);
            return lines;
        }
        StringBuilder line = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            int wordLength = length(word);
            if (lineLength > 0 && lineLength + 1 + wordLength > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineLength = 0;
            }
            if (lineLength > 0) {
                line.append(' ');
                lineLength++;
            }
            line.append(word);
            lineLength += wordLength;
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * @param text a string
     * @return its length in code points, which is what a reader counts as characters
     */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
