package io.papyri.local.fidelity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Comparisons between extracted text and the corpus ground truth that ignore case, punctuation,
 * whitespace, diacritics and math symbols: text is NFKD-normalized and only letters and digits kept.
 */
final class TextMatch {

    /** Numbering in front of a heading: "1.", "2.1", "II.", "A", "CHAPTER 3", "Appendix B", "§4". */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?i:chapter|appendix|part)\\s+(?:[0-9]{1,2}|[A-Z]|[IVX]{1,4})\\b[.:]?"
                    + "|§?\\s?[0-9]{1,2}(?:\\.[0-9]{1,2})*\\.?(?=\\s|$)"
                    + "|[IVX]{1,5}\\.(?=\\s|$)|[IVX]{1,5}(?=\\s)"
                    + "|[A-Z](?:\\.[0-9]{1,2})*\\.?(?=\\s|$))\\s*");

    private TextMatch() {
    }

    /** @return the text with only letters and digits, lower case, after NFKD */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit)
                .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
        return out.toString();
    }

    /** @return the lower-case alphanumeric tokens of the text, after NFKD */
    static List<String> tokens(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        decomposed.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                token.appendCodePoint(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && token.length() > 0) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        });
        if (token.length() > 0) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    /** @return the F1 of the two texts' token multisets; 1 when both are empty */
    static double wordF1(String expected, String actual) {
        List<String> want = tokens(expected);
        List<String> got = tokens(actual);
        if (want.isEmpty() && got.isEmpty()) {
            return 1;
        }
        int overlap = overlap(want, got);
        return f1(overlap, got.size(), want.size());
    }

    /** @return the heading without its numbering, normalized */
    static String headingKey(String heading) {
        String stripped = NUMBERING.matcher(heading.strip()).replaceFirst("");
        String key = normalize(stripped);
        return key.isEmpty() ? normalize(heading) : key;
    }

    /** @return how many items the two lists share, counting repeats */
    static int overlap(List<String> expected, List<String> actual) {
        Map<String, Integer> counts = new HashMap<>();
        expected.forEach(t -> counts.merge(t, 1, Integer::sum));
        int overlap = 0;
        for (String t : actual) {
            Integer left = counts.get(t);
            if (left != null && left > 0) {
                overlap++;
                counts.put(t, left - 1);
            }
        }
        return overlap;
    }

    static double f1(int overlap, int actual, int expected) {
        if (overlap == 0) {
            return 0;
        }
        double precision = (double) overlap / actual;
        double recall = (double) overlap / expected;
        return 2 * precision * recall / (precision + recall);
    }
}
