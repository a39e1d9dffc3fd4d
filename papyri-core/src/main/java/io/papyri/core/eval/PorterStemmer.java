package io.papyri.core.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Porter stemmer in the {@code NLTK_EXTENSIONS} mode of NLTK's {@code PorterStemmer}, which is
 * the stemmer Google's {@code rouge-score} uses with {@code use_stemmer=True}.
 *
 * <p>Differences from the original 1980 algorithm that this mode has (and this class follows): a table
 * of irregular forms ({@code skies -> sky}, {@code dying -> die}, ...); words of at most two letters
 * are left alone; {@code -ies}/{@code -ied} on four-letter words become {@code -ie}; other
 * {@code -ied} becomes {@code -i}; {@code y -> i} only after a consonant that is not the first letter;
 * {@code -bli -> -ble} instead of {@code -abli -> -able}; a recursive {@code -alli -> -al} rule; extra
 * {@code -fulli -> -ful} and {@code -logi -> -log} rules; and a two-letter vowel-consonant stem counts
 * as ending in consonant-vowel-consonant.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class PorterStemmer {

    private static final Map<String, String> IRREGULAR_FORMS = Map.ofEntries(
            Map.entry("sky", "sky"), Map.entry("skies", "sky"),
            Map.entry("dying", "die"), Map.entry("lying", "lie"), Map.entry("tying", "tie"),
            Map.entry("news", "news"),
            Map.entry("innings", "inning"), Map.entry("inning", "inning"),
            Map.entry("outings", "outing"), Map.entry("outing", "outing"),
            Map.entry("cannings", "canning"), Map.entry("canning", "canning"),
            Map.entry("howe", "howe"),
            Map.entry("proceed", "proceed"), Map.entry("exceed", "exceed"), Map.entry("succeed", "succeed"));

    private static final Predicate<String> POSITIVE_MEASURE = stem -> measure(stem) > 0;
    private static final Predicate<String> MEASURE_ABOVE_ONE = stem -> measure(stem) > 1;

    private static final List<Rule> STEP2_RULES = List.of(
            new Rule("ational", "ate", POSITIVE_MEASURE),
            new Rule("tional", "tion", POSITIVE_MEASURE),
            new Rule("enci", "ence", POSITIVE_MEASURE),
            new Rule("anci", "ance", POSITIVE_MEASURE),
            new Rule("izer", "ize", POSITIVE_MEASURE),
            new Rule("bli", "ble", POSITIVE_MEASURE),
            new Rule("alli", "al", POSITIVE_MEASURE),
            new Rule("entli", "ent", POSITIVE_MEASURE),
            new Rule("eli", "e", POSITIVE_MEASURE),
            new Rule("ousli", "ous", POSITIVE_MEASURE),
            new Rule("ization", "ize", POSITIVE_MEASURE),
            new Rule("ation", "ate", POSITIVE_MEASURE),
            new Rule("ator", "ate", POSITIVE_MEASURE),
            new Rule("alism", "al", POSITIVE_MEASURE),
            new Rule("iveness", "ive", POSITIVE_MEASURE),
            new Rule("fulness", "ful", POSITIVE_MEASURE),
            new Rule("ousness", "ous", POSITIVE_MEASURE),
            new Rule("aliti", "al", POSITIVE_MEASURE),
            new Rule("iviti", "ive", POSITIVE_MEASURE),
            new Rule("biliti", "ble", POSITIVE_MEASURE),
            new Rule("fulli", "ful", POSITIVE_MEASURE),
            // NLTK tests the measure of the word minus "ogi", i.e. the stem plus its "l".
            new Rule("logi", "log", stem -> measure(stem + "l") > 0));

    private static final List<Rule> STEP3_RULES = List.of(
            new Rule("icate", "ic", POSITIVE_MEASURE),
            new Rule("ative", "", POSITIVE_MEASURE),
            new Rule("alize", "al", POSITIVE_MEASURE),
            new Rule("iciti", "ic", POSITIVE_MEASURE),
            new Rule("ical", "ic", POSITIVE_MEASURE),
            new Rule("ful", "", POSITIVE_MEASURE),
            new Rule("ness", "", POSITIVE_MEASURE));

    private static final List<Rule> STEP4_RULES = List.of(
            new Rule("al", "", MEASURE_ABOVE_ONE),
            new Rule("ance", "", MEASURE_ABOVE_ONE),
            new Rule("ence", "", MEASURE_ABOVE_ONE),
            new Rule("er", "", MEASURE_ABOVE_ONE),
            new Rule("ic", "", MEASURE_ABOVE_ONE),
            new Rule("able", "", MEASURE_ABOVE_ONE),
            new Rule("ible", "", MEASURE_ABOVE_ONE),
            new Rule("ant", "", MEASURE_ABOVE_ONE),
            new Rule("ement", "", MEASURE_ABOVE_ONE),
            new Rule("ment", "", MEASURE_ABOVE_ONE),
            new Rule("ent", "", MEASURE_ABOVE_ONE),
            new Rule("ion", "", stem -> measure(stem) > 1 && (stem.endsWith("s") || stem.endsWith("t"))),
            new Rule("ou", "", MEASURE_ABOVE_ONE),
            new Rule("ism", "", MEASURE_ABOVE_ONE),
            new Rule("ate", "", MEASURE_ABOVE_ONE),
            new Rule("iti", "", MEASURE_ABOVE_ONE),
            new Rule("ous", "", MEASURE_ABOVE_ONE),
            new Rule("ive", "", MEASURE_ABOVE_ONE),
            new Rule("ize", "", MEASURE_ABOVE_ONE));

    /** Creates a stemmer. */
    public PorterStemmer() {
        // stateless
    }

    /**
     * Stems one word. The word is lower-cased first (as NLTK does by default).
     *
     * @param word a single word, not null
     * @return its stem
     */
    public String stem(String word) {
        String irregular = IRREGULAR_FORMS.get(word);
        String lower = word.toLowerCase(Locale.ROOT);
        if (irregular != null) {
            return irregular;
        }
        if (word.length() <= 2) {
            return lower;
        }
        String stem = step1a(lower);
        stem = step1b(stem);
        stem = step1c(stem);
        stem = step2(stem);
        stem = step3(stem);
        stem = step4(stem);
        stem = step5a(stem);
        return step5b(stem);
    }

    private static String step1a(String word) {
        if (word.endsWith("ies") && word.length() == 4) {
            return cut(word, 3) + "ie";
        }
        if (word.endsWith("sses")) {
            return cut(word, 2);
        }
        if (word.endsWith("ies")) {
            return cut(word, 2);
        }
        if (word.endsWith("ss")) {
            return word;
        }
        if (word.endsWith("s")) {
            return cut(word, 1);
        }
        return word;
    }

    private static String step1b(String word) {
        if (word.endsWith("ied")) {
            return cut(word, 3) + (word.length() == 4 ? "ie" : "i");
        }
        if (word.endsWith("eed")) {
            String stem = cut(word, 3);
            return measure(stem) > 0 ? stem + "ee" : word;
        }
        String stem;
        if (word.endsWith("ed")) {
            stem = cut(word, 2);
        } else if (word.endsWith("ing")) {
            stem = cut(word, 3);
        } else {
            return word;
        }
        if (!containsVowel(stem)) {
            return word;
        }
        if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
            return stem + "e";
        }
        if (endsDoubleConsonant(stem)) {
            char last = stem.charAt(stem.length() - 1);
            return last == 'l' || last == 's' || last == 'z' ? stem : cut(stem, 1);
        }
        if (measure(stem) == 1 && endsCvc(stem)) {
            return stem + "e";
        }
        return stem;
    }

    private static String step1c(String word) {
        if (word.endsWith("y")) {
            String stem = cut(word, 1);
            if (stem.length() > 1 && consonants(stem)[stem.length() - 1]) {
                return stem + "i";
            }
        }
        return word;
    }

    private static String step2(String word) {
        if (word.endsWith("alli") && measure(cut(word, 4)) > 0) {
            return step2(cut(word, 4) + "al");
        }
        return applyFirstMatching(word, STEP2_RULES);
    }

    private static String step3(String word) {
        return applyFirstMatching(word, STEP3_RULES);
    }

    private static String step4(String word) {
        return applyFirstMatching(word, STEP4_RULES);
    }

    private static String step5a(String word) {
        if (word.endsWith("e")) {
            String stem = cut(word, 1);
            int m = measure(stem);
            if (m > 1 || (m == 1 && !endsCvc(stem))) {
                return stem;
            }
        }
        return word;
    }

    private static String step5b(String word) {
        if (word.endsWith("ll") && measure(cut(word, 1)) > 1) {
            return cut(word, 1);
        }
        return word;
    }

    /** Applies the first rule whose suffix matches; if its condition fails the word is kept (as NLTK does). */
    private static String applyFirstMatching(String word, List<Rule> rules) {
        for (Rule rule : rules) {
            if (word.endsWith(rule.suffix())) {
                String stem = cut(word, rule.suffix().length());
                return rule.condition().test(stem) ? stem + rule.replacement() : word;
            }
        }
        return word;
    }

    private static String cut(String word, int suffixLength) {
        return word.substring(0, word.length() - suffixLength);
    }

    /** Per position: is the letter a consonant in Porter's sense ({@code y} after a consonant is a vowel). */
    private static boolean[] consonants(String word) {
        boolean[] result = new boolean[word.length()];
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
                result[i] = false;
            } else if (c == 'y') {
                result[i] = i == 0 || !result[i - 1];
            } else {
                result[i] = true;
            }
        }
        return result;
    }

    /** Porter's m: the number of vowel-to-consonant transitions. */
    static int measure(String stem) {
        boolean[] consonant = consonants(stem);
        int m = 0;
        for (int i = 0; i + 1 < consonant.length; i++) {
            if (!consonant[i] && consonant[i + 1]) {
                m++;
            }
        }
        return m;
    }

    private static boolean containsVowel(String stem) {
        for (boolean consonant : consonants(stem)) {
            if (!consonant) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsDoubleConsonant(String word) {
        int n = word.length();
        return n >= 2 && word.charAt(n - 1) == word.charAt(n - 2) && consonants(word)[n - 1];
    }

    private static boolean endsCvc(String word) {
        int n = word.length();
        boolean[] consonant = consonants(word);
        if (n >= 3) {
            char last = word.charAt(n - 1);
            return consonant[n - 3] && !consonant[n - 2] && consonant[n - 1]
                    && last != 'w' && last != 'x' && last != 'y';
        }
        return n == 2 && !consonant[0] && consonant[1];
    }

    private record Rule(String suffix, String replacement, Predicate<String> condition) {
    }
}
