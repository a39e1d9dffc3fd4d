package io.papyri.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SQuAD-v1.1 answer normalization, as in the QASPER evaluator: lower-case, delete ASCII punctuation,
 * replace the whole words {@code a}, {@code an}, {@code the} with a space, and collapse whitespace.
 */
public final class AnswerNormalizer {

    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final Pattern ARTICLES =
            Pattern.compile("\\b(a|an|the)\\b", Pattern.UNICODE_CHARACTER_CLASS);

    private AnswerNormalizer() {
    }

    /**
     * Normalizes an answer string.
     *
     * @param text the raw answer
     * @return the normalized answer, tokens separated by single spaces
     */
    public static String normalize(String text) {
        return String.join(" ", tokens(text));
    }

    /**
     * Normalizes an answer string and splits it into tokens.
     *
     * @param text the raw answer
     * @return the normalized tokens, possibly empty
     */
    public static List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (ASCII_PUNCTUATION.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        String withoutArticles = ARTICLES.matcher(kept).replaceAll(" ");
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= withoutArticles.length(); i++) {
            boolean separator = i == withoutArticles.length() || isPythonWhitespace(withoutArticles.charAt(i));
            if (separator && start >= 0) {
                tokens.add(withoutArticles.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    /** The characters Python's {@code str.split()} splits on. */
    private static boolean isPythonWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
