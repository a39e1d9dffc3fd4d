package io.papyri.local.pdf.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one document spells its words, read from the words that are not broken at a line end: how
 * often each word is set whole, which pairs of words it joins with a hyphen ({@code english-to} in
 * {@code English-to-German}), and which words stand in hyphenated compounds at all. The pieces of
 * broken words (the last word of a line that ends in a hyphen, the first word of the line that
 * completes it) are left out, so that {@code representa} and {@code tion} never count as words.
 *
 * <p>Words are compared lower-cased, from their first to their last letter; only words of at least
 * {@value #MIN_LETTERS} letters count as words on their own.
 */
final class Spellings {

    private static final int MIN_LETTERS = 3;
    /** Endings after which the rest of a word is looked up as a word of its own ({@code aligned}, {@code align}). */
    private static final String[] INFLECTIONS = {"ing", "ed", "es", "s", "ly", "er"};

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> hyphenPairs = new HashMap<>();
    private final Set<String> compoundParts = new HashSet<>();

    private Spellings() {
    }

    /**
     * Reads the spellings of a document.
     *
     * @param pages         every page's lines
     * @param continuations the lines whose first word completes a word broken on another line
     * @return the spellings
     */
    static Spellings of(List<List<LayoutLine>> pages, Set<LayoutLine> continuations) {
        Spellings spellings = new Spellings();
        for (List<LayoutLine> lines : pages) {
            for (LayoutLine line : lines) {
                List<Word> ws = line.words();
                int end = ws.size() - (Dehyphenator.endsBroken(line) ? 1 : 0);
                for (int i = continuations.contains(line) ? 1 : 0; i < end; i++) {
                    spellings.add(ws.get(i).text());
                }
            }
        }
        return spellings;
    }

    private void add(String text) {
        String core = Dehyphenator.trimToLetters(text).toLowerCase(Locale.ROOT);
        if (core.length() >= MIN_LETTERS) {
            words.merge(core, 1, Integer::sum);
        }
        int dash = hyphenAt(core, 0);
        if (dash < 0) {
            return;
        }
        String previous = Dehyphenator.trimToLetters(core.substring(0, dash));
        compoundParts.add(previous);
        while (dash >= 0) {
            int next = hyphenAt(core, dash + 1);
            String part = Dehyphenator.trimToLetters(core.substring(dash + 1, next < 0 ? core.length() : next));
            compoundParts.add(part);
            hyphenPairs.merge(previous + "-" + part, 1, Integer::sum);
            previous = part;
            dash = next;
        }
    }

    private static int hyphenAt(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '\u2010') {
                return i;
            }
        }
        return -1;
    }

    /** @return how often the word, lower-cased, is set whole ({@code sequencealigned}) */
    int closed(String word) {
        return words.getOrDefault(word, 0);
    }

    /** @return how often the two words, lower-cased, are joined by a hyphen, also inside longer compounds */
    int hyphenated(String first, String second) {
        return hyphenPairs.getOrDefault(first + "-" + second, 0);
    }

    /**
     * @return whether the text, lower-cased, is a word of the document: set on its own, as a part of
     *         a hyphenated compound, or, for an inflected form, as its base ({@code aligned} when the
     *         document has {@code align})
     */
    boolean isWord(String word) {
        if (word.length() < MIN_LETTERS) {
            return false;
        }
        if (isPlainWord(word)) {
            return true;
        }
        for (String ending : INFLECTIONS) {
            int base = word.length() - ending.length();
            if (base >= 4 && word.endsWith(ending)) {
                String stem = word.substring(0, base);
                if (isPlainWord(stem) || isPlainWord(stem + "e")) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isPlainWord(String word) {
        return words.containsKey(word) || compoundParts.contains(word);
    }
}
