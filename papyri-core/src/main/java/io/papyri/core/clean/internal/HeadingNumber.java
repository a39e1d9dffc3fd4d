package io.papyri.core.clean.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering printed in front of a heading ("2.1", "IV.", "A.", "CHAPTER 3", "Appendix B",
 * "§4") and the heading text after it.
 *
 * @param scheme the numbering scheme
 * @param label  the numbering as printed, without trailing punctuation ("2.1", "IV", "A", "CHAPTER 3")
 * @param depth  how many numbers the label holds ("2.1.3" has 3); 1 for chapters and appendices
 * @param rest   the heading text after the numbering, possibly empty ("CHAPTER 3" on a line of its own)
 */
record HeadingNumber(Scheme scheme, String label, int depth, String rest) {

    /** How a heading is numbered. */
    enum Scheme {
        /** 1, 2.1, 3.2.1 */
        ARABIC,
        /** I, II, IV */
        ROMAN,
        /** A, B.2 (appendices, or sub-sections under roman numerals) */
        LETTER,
        /** A single I, V or X: a roman numeral or a letter, decided by the rest of the document. */
        ROMAN_OR_LETTER,
        /** CHAPTER 2, Part II */
        CHAPTER,
        /** Appendix A, APPENDIX, Appendices */
        APPENDIX
    }

    private static final Pattern LABELLED = Pattern.compile(
            "^((?i:chapter|part)\\s+(?:[0-9]{1,2}|[IVX]{1,4}|[A-Z]))(?:[.:]\\s*|\\s+|$)(.*)$");
    private static final Pattern APPENDIX = Pattern.compile(
            "^((?i:appendix|appendices|supplementary\\s+(?:material|information|section))(?:\\s+(?:[A-Z]|[0-9]{1,2})\\b)?)"
                    + "(?:[.:—–-]\\s*|\\s+|$)(.*)$");
    private static final Pattern ARABIC = Pattern.compile(
            "^§?\\s?([0-9]{1,2}(?:\\.[0-9]{1,2}){0,4})(?:\\.\\s*|\\s+)(\\S.*)$");
    private static final Pattern LETTERED = Pattern.compile(
            "^([A-Z](?:\\.[0-9]{1,2}){0,3}|[IVX]{2,5})(?:\\.\\s*|\\s+)(\\S.*)$");

    /**
     * @param text a candidate heading
     * @return its numbering, or null when the text does not start with one
     */
    static HeadingNumber parse(String text) {
        Matcher m = LABELLED.matcher(text);
        if (m.matches()) {
            return new HeadingNumber(Scheme.CHAPTER, m.group(1), 1, m.group(2).strip());
        }
        m = APPENDIX.matcher(text);
        if (m.matches()) {
            return new HeadingNumber(Scheme.APPENDIX, m.group(1), 1, m.group(2).strip());
        }
        m = ARABIC.matcher(text);
        if (m.matches()) {
            String label = m.group(1);
            return new HeadingNumber(Scheme.ARABIC, label, dots(label) + 1, m.group(2).strip());
        }
        m = LETTERED.matcher(text);
        if (m.matches()) {
            String label = m.group(1);
            if (label.length() > 1 && label.indexOf('.') < 0) {
                return isRoman(label) ? new HeadingNumber(Scheme.ROMAN, label, 1, m.group(2).strip()) : null;
            }
            boolean ambiguous = label.length() == 1 && "IVX".indexOf(label.charAt(0)) >= 0;
            return new HeadingNumber(ambiguous ? Scheme.ROMAN_OR_LETTER : Scheme.LETTER, label, dots(label) + 1,
                    m.group(2).strip());
        }
        return null;
    }

    /** @return the first number of the label (2 for "2.1", 4 for "IV", 3 for "C"), or -1 */
    int leadingValue() {
        return switch (scheme) {
            case ARABIC -> Integer.parseInt(label.split("\\.", 2)[0]);
            case ROMAN, ROMAN_OR_LETTER -> romanValue(label);
            case LETTER -> label.charAt(0) - 'A' + 1;
            default -> -1;
        };
    }

    private static int dots(String label) {
        int n = 0;
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) == '.') {
                n++;
            }
        }
        return n;
    }

    private static boolean isRoman(String label) {
        int value = romanValue(label);
        return value > 0 && value <= 20 && toRoman(value).equals(label);
    }

    private static int romanValue(String label) {
        int total = 0;
        int previous = 0;
        for (int i = label.length() - 1; i >= 0; i--) {
            int v = switch (label.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            if (v == 0) {
                return -1;
            }
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    private static String toRoman(int value) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[value / 10] + ones[value % 10];
    }
}
