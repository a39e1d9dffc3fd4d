package io.papyri.core.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link SentenceSplitter} that needs no model: a sentence ends at {@code .}, {@code !} or
 * {@code ?} (and any closing quotes or brackets right after it) when whitespace follows and the
 * next word starts with an upper-case letter or a digit.
 *
 * <p>A period does not end a sentence after an abbreviation common in scientific writing
 * ({@code e.g.}, {@code i.e.}, {@code et al.}, {@code Fig.}, {@code Eq.}, {@code Sec.}, {@code vs.},
 * ...) or after a single-letter initial ({@code J. Smith}); decimals such as {@code 0.5} are never
 * split because no whitespace follows their point.
 *
 * <p>Instances hold no state and are safe to share between threads.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {

    /** Words, lower-cased and with their final period, after which a period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g.", "i.e.", "al.", "cf.", "vs.", "viz.", "approx.", "resp.", "ca.",
            "fig.", "figs.", "eq.", "eqs.", "sec.", "secs.", "tab.", "ref.", "refs.",
            "ch.", "chap.", "no.", "nos.", "vol.", "pp.", "p.", "app.", "thm.", "def.", "prop.", "lem.",
            "dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "jr.", "sr.");

    /** Creates a splitter. */
    public RuleSentenceSplitter() {
    }

    @Override
    public List<String> split(String text) {
        Objects.requireNonNull(text, "text");
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < length && isClosing(text.charAt(end))) {
                end++;
            }
            if (end >= length || !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < length && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= length || !startsSentence(text, next)) {
                continue;
            }
            if (c == '.' && end == i + 1 && isAbbreviation(text, i)) {
                continue;
            }
            add(sentences, text.substring(start, end));
            start = next;
            i = next - 1;
        }
        add(sentences, text.substring(start));
        return List.copyOf(sentences);
    }

    private static void add(List<String> sentences, String sentence) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
    }

    private static boolean startsSentence(String text, int at) {
        char first = text.charAt(at);
        if (Character.isUpperCase(first) || Character.isDigit(first)) {
            return true;
        }
        boolean opening = first == '"' || first == '(' || first == '[' || first == '\u201C' || first == '\u2018';
        return opening && at + 1 < text.length() && Character.isUpperCase(text.charAt(at + 1));
    }

    /** Whether the word that ends with the period at {@code period} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int period) {
        int wordStart = period;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, period + 1);
        while (word.length() > 1 && (word.charAt(0) == '(' || word.charAt(0) == '[' || word.charAt(0) == '"')) {
            word = word.substring(1);
        }
        if (word.length() == 2 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
