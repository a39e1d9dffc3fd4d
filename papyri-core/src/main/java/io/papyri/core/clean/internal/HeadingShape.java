package io.papyri.core.clean.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether one line, on its own, is set like a section heading: short, numbered or not, and bold,
 * larger than the body, or in capitals. Context (space around it, what follows) is judged by
 * {@link HeadingDetector}.
 */
final class HeadingShape {

    /** Unnumbered headings that papers set at the top level. */
    private static final Set<String> TOP_LEVEL_NAMES = Set.of(
            "references", "reference", "bibliography", "literature cited", "works cited", "references and notes",
            "acknowledgments", "acknowledgements", "acknowledgment", "acknowledgement", "acknowledgments and disclosure of funding",
            "appendix", "appendices", "supplementary material", "supplementary materials", "supplementary information",
            "supplemental material", "introduction", "conclusion", "conclusions", "discussion", "results", "methods",
            "related work", "background", "materials and methods", "results and discussion", "summary",
            "conclusions and future work", "author contributions", "competing interests", "data availability",
            "code availability", "funding", "declarations", "ethics statement", "broader impact", "limitations");
    private static final Set<String> REFERENCE_NAMES = Set.of(
            "references", "reference", "bibliography", "literature cited", "works cited", "references and notes",
            "cited literature", "literature");
    /** Bold run-in labels of theorem-like blocks and algorithms, which stand alone but are not headings. */
    private static final Pattern BLOCK_LABEL = Pattern.compile(
            "^(?i:algorithm|theorem|lemma|proof|definition|corollary|proposition|remark|example|claim|assumption"
                    + "|conjecture|observation|fact|note|notation|problem|exercise|step|case|input|output|require|ensure"
                    + "|procedure|function|listing|figure|fig|table)(?:\\s*[0-9][0-9.]*|\\s+[IVX]+\\b|\\s*[.:(]).*");
    /** Font names of small-capital faces (CMCSC10, LMRomanCaps10, ...-SC). */
    private static final Pattern SMALL_CAPS_FONT = Pattern.compile("(?i)csc[0-9]|smcp|smallcaps|romancaps|[-_+]sc(?:[^a-z]|$)|[a-z]sc[0-9]+$");
    /** A sentence ends inside the line: a run-in paragraph title followed by its text. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}{2}\\.\\s+\\p{Lu}");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\p{L}0-9.])[0-9]+\\.[0-9]+(?![0-9.])");
    private static final Pattern TITLE_NUMBER = Pattern.compile("[0-9]+-?\\p{L}");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\s]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_LENGTH = 120;
    private static final int MAX_WORDS = 16;

    private HeadingShape() {
    }

    /**
     * @param line a line not yet given another role
     * @param type the document's typography
     * @return whether the line, by itself, looks like a heading
     */
    static boolean looksLikeHeading(Line line, Typography type) {
        String text = line.text;
        if (text.isEmpty() || text.length() > MAX_LENGTH || Words.letters(text) < 2 || Words.count(text) > MAX_WORDS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == ',' || last == ';' || last == '-' || last == '=') {
            return false;
        }
        if (!line.font().equals(type.bodyFont) && EquationDetector.isMathFont(line.font())) {
            return false;
        }
        boolean strong = isStrong(line, type);
        boolean capitals = (Words.isUpperCase(text) || isSmallCaps(line)) && line.size() >= type.bodySize - 0.8;
        HeadingNumber number = HeadingNumber.parse(text);
        if (number != null) {
            String rest = number.rest();
            if (rest.isEmpty()) {
                return (number.scheme() == HeadingNumber.Scheme.CHAPTER
                        || number.scheme() == HeadingNumber.Scheme.APPENDIX) && (strong || capitals);
            }
            boolean labelled = number.scheme() == HeadingNumber.Scheme.CHAPTER
                    || number.scheme() == HeadingNumber.Scheme.APPENDIX;
            if (!labelled && !startsLikeTitle(rest) || Words.endsSentence(rest) && Words.count(rest) > 6 || !hasWord(rest)
                    || INNER_SENTENCE_END.matcher(rest).find() || numbers(rest) >= 2) {
                return false;
            }
            // italic numbered headings (IEEE sub-sections) must also stand apart, which the detector checks
            return strong || (capitals || line.italic() && Words.count(rest) <= 10)
                    && Character.isUpperCase(Words.firstAlphanumeric(rest));
        }
        if (BLOCK_LABEL.matcher(text).matches()) {
            return false;
        }
        if (isTopLevelName(text)) {
            // "References" may be set like body text; standing apart (checked by the detector) is enough
            return strong || capitals || !type.isSmaller(line);
        }
        if (!strong || !Character.isUpperCase(text.codePointAt(0)) && !Character.isDigit(text.codePointAt(0))) {
            return false;
        }
        if (INNER_SENTENCE_END.matcher(text).find() || numbers(text) >= 2
                || type.shortfall(line) < 1.5 * line.size() && line.width() > type.frame(line).width() * 0.75) {
            return false;
        }
        return !(last == '.' || last == ':') || Words.count(text) <= 3;
    }

    /** @return whether the line is set in a small-capitals face */
    static boolean isSmallCaps(Line line) {
        return SMALL_CAPS_FONT.matcher(line.font()).find();
    }

    /**
     * A capital or a letter without case, or a number fused to a word ("1-Dimensional", "3D"), as
     * heading text starts; "2.7 days" in a table cell starts in lower case.
     */
    private static boolean startsLikeTitle(String rest) {
        int first = rest.codePointAt(0);
        return Character.isLetter(first) && !Character.isLowerCase(first) || TITLE_NUMBER.matcher(rest).lookingAt();
    }

    /** How many words are numbers with a decimal point ("0.27", "3.5×"): table cells, not titles. */
    private static int numbers(String text) {
        return (int) DECIMAL.matcher(text).results().count();
    }

    /** At least one word of three letters: "A X" in a matrix is not a heading. */
    private static boolean hasWord(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isLetter(text.charAt(i)) ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the line is bold at about the body size, or clearly larger than the body */
    static boolean isStrong(Line line, Typography type) {
        return line.bold() && line.size() >= type.bodySize - 1.2 || type.isLarger(line);
    }

    /** @return whether the text, numbering stripped, names a heading papers set at the top level */
    static boolean isTopLevelName(String text) {
        return TOP_LEVEL_NAMES.contains(name(text));
    }

    /** @return whether the text, numbering stripped, names the bibliography */
    static boolean isReferencesName(String text) {
        return REFERENCE_NAMES.contains(name(text));
    }

    /** The heading's words, lower case, without numbering and punctuation. */
    static String name(String text) {
        HeadingNumber number = HeadingNumber.parse(text);
        String words = number != null && !number.rest().isEmpty() && number.scheme() != HeadingNumber.Scheme.APPENDIX
                ? number.rest() : text;
        String plain = Normalizer.normalize(words, Normalizer.Form.NFKD);
        plain = NON_LETTERS.matcher(plain).replaceAll("");
        return SPACES.matcher(plain.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
