package io.papyri.local.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the short span that answers a question out of the sentence that best matches it.
 *
 * <p>Token F1 against short gold answers rewards a span over a whole sentence only when the span
 * keeps the answer, so the rules are few and safe:
 * <ul>
 *   <li>every span drops reference and formula placeholders ({@code BIBREF3}, {@code INLINEFORM0},
 *       {@code [12]}) that no reader wants in an answer;</li>
 *   <li>for a question after a quantity, the numbers of the sentence, each with up to two words after
 *       it that say what is counted ("4,821 documents"), leaving out years and list markers;</li>
 *   <li>for a question after named things, the list after a colon ("three architectures: FastText,
 *       CNNs, LSTMs" gives "FastText, CNNs, LSTMs");</li>
 *   <li>otherwise the whole sentence.</li>
 * </ul>
 */
final class SpanFinder {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\s*\\(?\\b(BIBREF|INLINEFORM|DISPLAYFORM|TABREF|SECREF|FIGREF)\\d+\\b\\)?|\\s*\\[\\d+(\\s*[,\\-–]\\s*\\d+)*]");
    private static final Pattern NUMBER = Pattern.compile(
            "[(\\[$~≈]?\\d[\\d,.]*(%|k|K|M)?[)\\]]?[,;:.]?|(?i)(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                    + "|twenty|thirty|forty|fifty|hundred|thousand|million|billion)[,;:.]?");
    private static final Pattern YEAR = Pattern.compile("[(\\[]?(19|20)\\d\\d[)\\]]?[,;:.]?");
    private static final Pattern LIST_MARKER = Pattern.compile("\\(?\\d\\)[,;:.]?");
    /** "4.5 million" is one quantity. */
    private static final Pattern MULTIPLIER = Pattern.compile("(?i)(hundred|thousand|million|billion)[,;:.]?");
    /** Punctuation that ends what a number counts. */
    private static final Pattern CLOSING = Pattern.compile("[,;:.)]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** How many words after a number name what is counted. */
    private static final int UNIT_WORDS = 2;

    /**
     * The span of a sentence that answers a question.
     *
     * @param question the question
     * @param sentence the best-matching sentence
     * @return a span of the sentence, or the whole sentence
     */
    String find(Question question, String sentence) {
        String clean = clean(sentence);
        String span = switch (question.form()) {
            case QUANTITY -> quantities(clean);
            case NAMED -> afterColon(clean);
            default -> "";
        };
        return span.isBlank() ? clean : span;
    }

    /**
     * A sentence without placeholders and with single spaces.
     *
     * @param sentence the sentence
     * @return the cleaned sentence, or the sentence itself when nothing else would be left
     */
    static String clean(String sentence) {
        String cleaned = SPACES.matcher(PLACEHOLDER.matcher(sentence).replaceAll("")).replaceAll(" ").strip()
                .replaceAll(" ([,.;:])", "$1");
        return cleaned.isEmpty() ? sentence.strip() : cleaned;
    }

    private static String quantities(String sentence) {
        String[] words = SPACES.split(sentence);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (!isQuantity(words[i])) {
                continue;
            }
            StringBuilder span = new StringBuilder(words[i]);
            int j = i + 1;
            for (; j < words.length && MULTIPLIER.matcher(words[j]).matches(); j++) {
                span.append(' ').append(words[j]);
            }
            int end = j + UNIT_WORDS;
            boolean closed = CLOSING.matcher(words[j - 1]).find();
            for (; !closed && j < words.length && j < end && !isQuantity(words[j]) && !Terms.stem(words[j]).isEmpty();
                 j++) {
                span.append(' ').append(words[j]);
                closed = CLOSING.matcher(words[j]).find();
            }
            found.add(CLOSING.matcher(span).replaceFirst(""));
            i = j - 1;
        }
        return String.join(", ", found);
    }

    private static boolean isQuantity(String word) {
        return NUMBER.matcher(word).matches() && !YEAR.matcher(word).matches()
                && !LIST_MARKER.matcher(word).matches();
    }

    private static String afterColon(String sentence) {
        int colon = sentence.indexOf(':');
        if (colon < 0 || SPACES.split(sentence.substring(0, colon).strip()).length < 2) {
            return "";
        }
        String after = sentence.substring(colon + 1).strip();
        return after.endsWith(".") ? after.substring(0, after.length() - 1) : after;
    }
}
