package io.papyri.core.clean.internal;

import java.util.Set;

/**
 * Joins lines into running text. The extractor already re-joins words hyphenated inside a column;
 * a hyphen still ending a line is either part of the word ("pre-" / "trained", "ground-" / "and")
 * or a word broken across a column or page, which only the cleaner can see.
 */
final class LineJoiner {

    /** Words that follow a suspended hyphen ("ground- and space-based"). */
    private static final Set<String> SUSPENSION_WORDS = Set.of("and", "or", "nor", "to", "as", "versus", "vs");

    private final StringBuilder text = new StringBuilder();
    private Line last;

    /** Adds a line, deciding how it meets the text so far. */
    void add(Line line) {
        add(line, line.text);
    }

    /** Adds part of a line (a run-in label removed, say). */
    void add(Line line, String part) {
        String piece = part.strip();
        if (piece.isEmpty()) {
            return;
        }
        int n = text.length();
        if (n == 0) {
            text.append(piece);
        } else if (n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2))
                && Character.isLowerCase(piece.charAt(0))) {
            String nextWord = firstWord(piece);
            if (SUSPENSION_WORDS.contains(nextWord)) {
                text.append(' ').append(piece);
            } else if (last != null && !last.samePlace(line)) {
                text.setLength(n - 1);
                text.append(piece);
            } else {
                text.append(piece);
            }
        } else {
            text.append(' ').append(piece);
        }
        last = line;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String firstWord(String piece) {
        int end = 0;
        while (end < piece.length() && Character.isLetter(piece.charAt(end))) {
            end++;
        }
        return piece.substring(0, end);
    }
}
