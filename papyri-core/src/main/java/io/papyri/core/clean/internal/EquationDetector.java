package io.papyri.core.clean.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds display equations among body lines: lines set mostly in a math font, lines ending with
 * an equation number such as "(3)" that do not read as prose, and short symbol-heavy lines set off
 * from the left margin. Consecutive equation lines count as one equation.
 */
final class EquationDetector {

    private static final Pattern NUMBER = Pattern.compile(".*\\(\\s?(?:[0-9]{1,3}(?:\\.[0-9]{1,3})?[a-z]?|[A-Z]\\.?[0-9]{1,3})\\s?\\)$");
    private static final String MATH_SYMBOLS = "=+−×·∑∏∫≤≥<>≈≠∈∉∀∃→←⇒⇔∂∇√∞|^_{}‖∥⊂⊆∪∩±∓∼≃≡⊗⊕∘∧∨¬ˆ˜¯";
    private static final String[] MATH_FONTS = {
        "cmmi", "cmsy", "cmex", "msam", "msbm", "math", "symbol", "rsfs", "eufm", "eusm", "esint", "wasy",
        "txsy", "txex", "pxsy", "pxex", "mtmi", "mtsy", "mtex", "lmmi", "lmsy", "lmex"
    };

    private EquationDetector() {
    }

    /**
     * Marks display equation lines.
     *
     * @param lines the document's lines
     * @param type  its typography
     * @return how many equations were found
     */
    static int detect(List<Line> lines, Typography type) {
        int equations = 0;
        boolean inEquation = false;
        for (Line line : lines) {
            if (line.role == Role.BODY && isEquation(line, type)) {
                line.role = Role.EQUATION;
                if (!inEquation) {
                    equations++;
                }
                inEquation = true;
            } else if (line.role != Role.FOOTNOTE && line.role != Role.CAPTION) {
                inEquation = false;
            }
        }
        return equations;
    }

    static boolean isEquation(Line line, Typography type) {
        String text = line.text;
        if (Words.isProse(text) && Words.endsSentence(text)) {
            return false;
        }
        double letters = Words.letterShare(text);
        int symbols = symbols(text);
        if (!line.font().equals(type.bodyFont) && isMathFont(line.font()) && (letters < 0.8 || Words.count(text) <= 6)) {
            return true;
        }
        if (NUMBER.matcher(text).matches() && !Words.isProse(text) && (symbols > 0 || letters < 0.7)) {
            return true;
        }
        boolean setOff = type.indent(line) > 2 * type.bodySize && type.shortfall(line) > 2 * type.bodySize;
        return setOff && symbols >= 1 && letters < 0.6 && longWords(text) <= 2;
    }

    static boolean isMathFont(String font) {
        String f = font.toLowerCase(Locale.ROOT);
        for (String math : MATH_FONTS) {
            if (f.contains(math)) {
                return true;
            }
        }
        return false;
    }

    private static int symbols(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (MATH_SYMBOLS.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Words of four letters or more: prose has many, formulas few. */
    private static int longWords(String text) {
        int n = 0;
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && Character.isLetter(text.charAt(i))) {
                run++;
            } else {
                if (run >= 4) {
                    n++;
                }
                run = 0;
            }
        }
        return n;
    }
}
