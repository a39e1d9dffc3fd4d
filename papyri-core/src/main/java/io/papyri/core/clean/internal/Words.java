package io.papyri.core.clean.internal;

/** Counting the letters, words and case of a line, which many detectors weigh. */
final class Words {

    private Words() {
    }

    /** @return how many whitespace-separated words the text has */
    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** @return how many letters the text has */
    static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** @return whether at least 85% of at least three letters are upper case */
    static boolean isUpperCase(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 3 && upper >= letters * 0.85;
    }

    /** @return the share of non-space characters that are letters, 0 for blank text */
    static double letterShare(String text) {
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return visible == 0 ? 0 : (double) letters / visible;
    }

    /** @return the first letter or digit of the text, or 0 */
    static char firstAlphanumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return 0;
    }

    /** @return whether the text ends a sentence: a final '.', '!' or '?', maybe followed by a quote or bracket */
    static boolean endsSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
            if (c != '"' && c != '\'' && c != ')' && c != ']' && c != '”' && c != '’') {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a run of text reads as prose: mostly words of letters, many of them lower case
     * (affiliations, author lists and table rows are mostly capitalised words or numbers).
     *
     * @param text the text
     * @return whether it reads as running text
     */
    static boolean isProse(String text) {
        int words = 0;
        int lower = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                words++;
                if (Character.isLowerCase(text.charAt(start))) {
                    lower++;
                }
                start = -1;
            }
        }
        return words >= 5 && lower >= words * 0.45 && letterShare(text) >= 0.6;
    }
}
