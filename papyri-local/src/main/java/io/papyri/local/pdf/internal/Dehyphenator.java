package io.papyri.local.pdf.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins words broken across lines, so that a line holds every word it starts.
 *
 * <p>When a line ends in a letter and a hyphen, the rest of the word is looked for in the line that
 * continues it: the next line just below in the same column (skipping the odd formula piece set on
 * its own baseline), else the first line of the same size in the next column (past a figure at its
 * top, a footnote or a notice at the bottom of this one), else the first line of the next page.
 * When that line starts with a lower-case letter, its first word moves up to complete the word. The
 * hyphen goes when it was only a line-break hyphen ({@code representa-}/{@code tion}) and stays
 * when it belongs to the word:
 * <ul>
 *   <li>the part before it already holds a hyphen ({@code state-of-the-}/{@code art}) or is an
 *       acronym ({@code IO-}/{@code aware});</li>
 *   <li>the document spells the word with a hyphen elsewhere and never without;</li>
 *   <li>the part before it is a single letter ({@code x-}/{@code axis}: TeX never breaks there) or
 *       a first part that forms compounds ({@code self-}, {@code non-}, {@code cross-}, ...), the
 *       rest is not a mere ending ({@code -ing}, {@code -ly}, ...) and the document never spells
 *       the word closed up.</li>
 * </ul>
 * A hyphen or en dash followed, on the line right below, by a capital or a digit
 * ({@code Johnson–}/{@code Lindenstrauss}, {@code ResNet-}/{@code 50}), or a hyphen after a digit
 * ({@code 152-}/{@code layer}), is part of a compound: the rest moves up and the dash stays.
 */
public final class Dehyphenator {

    /** First parts that usually form hyphenated compounds rather than closed words. */
    private static final Set<String> COMPOUND_PREFIXES = Set.of("self", "non", "cross", "well", "fine", "real",
            "two", "three", "four", "zero", "few", "half", "multi", "semi", "state", "end", "high", "low", "large",
            "small", "long", "short", "full", "task", "data", "domain", "model", "word", "time", "rank");
    /** Word endings TeX likes to break before: after them the hyphen was only a line break. */
    private static final Set<String> ENDINGS = Set.of("ing", "ings", "ed", "er", "ers", "est", "ly", "ment",
            "ments", "ness", "able", "ible", "ity", "ities", "ion", "ions", "ous", "al", "ally", "ize", "ized",
            "izes", "ization", "ate", "ated", "ates", "ative", "ple", "ples", "tion", "tions", "ter", "ters");

    private Dehyphenator() {
    }

    /**
     * Joins the broken words of a whole document.
     *
     * @param pages every page's lines in reading order; lines emptied by a join are removed
     * @return how many words were joined
     */
    public static int rejoin(List<List<LayoutLine>> pages) {
        Set<String> vocabulary = vocabulary(pages);
        int joined = 0;
        for (int p = 0; p < pages.size(); p++) {
            List<LayoutLine> lines = pages.get(p);
            for (int i = 0; i < lines.size(); i++) {
                LayoutLine line = lines.get(i);
                if (!endsBroken(line)) {
                    continue;
                }
                List<LayoutLine> where = lines;
                int k = continuation(lines, i);
                if (k == lines.size() && p + 1 < pages.size()) {
                    where = pages.get(p + 1);
                    k = firstLineOfPage(where, line);
                }
                // only a line right below may complete a compound with a capital or digit ("Johnson-Lindenstrauss");
                // text found further away must start in lower case
                boolean adjacent = where == lines && k == i + 1;
                if (k >= 0 && k < where.size() && join(line, where.get(k), vocabulary, adjacent)) {
                    joined++;
                    if (where.get(k).isEmpty()) {
                        where.remove(k);
                    }
                }
            }
        }
        return joined;
    }

    private static boolean endsBroken(LayoutLine line) {
        String head = line.words().get(line.words().size() - 1).text();
        int n = head.length();
        if (n < 2) {
            return false;
        }
        char dash = head.charAt(n - 1);
        return (dash == '-' || dash == '\u2010' || dash == '\u2013') && Character.isLetterOrDigit(head.charAt(n - 2));
    }

    /**
     * The line that continues line {@code i}: the next line when it sits just below in the same
     * column, otherwise the first line of the next column (a footnote or a copyright notice may
     * stand between the end of a column and the text that goes on at the top of the next).
     */
    private static int continuation(List<LayoutLine> lines, int i) {
        LayoutLine line = lines.get(i);
        for (int k = i + 1; k < lines.size(); k++) {
            if (k > i + 20) {
                return -1;
            }
            LayoutLine next = lines.get(k);
            if (isFormulaPiece(next, line)) {
                continue;
            }
            boolean sameSize = Math.abs(line.size() - next.size()) <= 0.5f;
            if (next.column() == line.column()) {
                float drop = next.baseline() - line.baseline();
                if (drop <= 0) {
                    return -1;
                }
                if (drop <= 2.5f * line.size()) {
                    return sameSize ? k : -1;
                }
                // further down the same column: a footnote or notice; the text may go on in the next column
            } else if (next.column() != line.column() + 1) {
                return -1;
            } else if (sameSize) {
                return k;
            }
            // the next column may open with a figure or table: look past its labels and caption
        }
        return lines.size(); // the page ends: the text may go on at the top of the next page
    }

    /** The first line of a page that can continue a line of the page before, or -1. */
    private static int firstLineOfPage(List<LayoutLine> lines, LayoutLine line) {
        for (int k = 0; k < lines.size() && k < 3; k++) {
            LayoutLine next = lines.get(k);
            if (isFormulaPiece(next, line)) {
                continue;
            }
            return Math.abs(line.size() - next.size()) <= 0.5f && next.characters() >= 10 ? k : -1;
        }
        return -1;
    }

    /** A few symbols of a formula set on their own baseline (a big operator, an index) between two lines. */
    private static boolean isFormulaPiece(LayoutLine candidate, LayoutLine line) {
        return candidate.characters() <= 4 || candidate.size() < 0.8f * line.size() && candidate.characters() <= 12;
    }

    private static boolean join(LayoutLine line, LayoutLine next, Set<String> vocabulary, boolean adjacent) {
        Word last = line.words().get(line.words().size() - 1);
        String head = last.text();
        int n = head.length();
        char dash = head.charAt(n - 1);
        char before = head.charAt(n - 2);
        Word first = next.words().get(0);
        String tail = first.text();
        char start = tail.charAt(0);
        String prefix = head.substring(0, n - 1);
        String joined;
        if (Character.isLowerCase(start) && dash != '\u2013' && Character.isLetter(before)) {
            joined = keepsHyphen(prefix, tail, vocabulary) ? prefix + "-" + tail : prefix + tail;
        } else if (adjacent && (Character.isUpperCase(start) || Character.isDigit(start)
                || Character.isDigit(before) && dash != '\u2013' && Character.isLetter(start))) {
            joined = head + tail;
        } else {
            return false;
        }
        line.replaceLastWord(last.withText(joined, last.x1()));
        next.removeFirstWord();
        return true;
    }

    private static boolean keepsHyphen(String prefix, String tail, Set<String> vocabulary) {
        if (prefix.indexOf('-') >= 0 || prefix.indexOf('\u2010') >= 0) {
            return true;
        }
        String stemAsPrinted = lastLetters(prefix);
        if (stemAsPrinted.length() >= 2 && stemAsPrinted.equals(stemAsPrinted.toUpperCase(Locale.ROOT))) {
            return true; // an acronym: IO-aware, GPU-based
        }
        String stem = stemAsPrinted.toLowerCase(Locale.ROOT);
        String rest = firstLetters(tail).toLowerCase(Locale.ROOT);
        if (vocabulary.contains(stem + rest)) {
            return false;
        }
        if (vocabulary.contains(stem + "-" + rest)) {
            return true;
        }
        return stem.length() == 1 || COMPOUND_PREFIXES.contains(stem) && !ENDINGS.contains(rest);
    }

    /** Every word of the document, lower-cased and without surrounding punctuation. */
    private static Set<String> vocabulary(List<List<LayoutLine>> pages) {
        Set<String> words = new HashSet<>();
        for (List<LayoutLine> lines : pages) {
            for (LayoutLine line : lines) {
                List<Word> ws = line.words();
                for (int i = 0; i < ws.size(); i++) {
                    String text = ws.get(i).text();
                    if (i == ws.size() - 1 && text.endsWith("-")) {
                        continue; // a broken word, not a spelling
                    }
                    String core = trimToLetters(text);
                    if (core.length() >= 3) {
                        words.add(core.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return words;
    }

    /** The letters at the end of a text: {@code high} in {@code low/mid/high}. */
    static String lastLetters(String text) {
        int a = text.length();
        while (a > 0 && Character.isLetter(text.charAt(a - 1))) {
            a--;
        }
        return text.substring(a);
    }

    /** The letters at the start of a text: {@code aware} in {@code aware—accounting}. */
    static String firstLetters(String text) {
        int b = 0;
        while (b < text.length() && Character.isLetter(text.charAt(b))) {
            b++;
        }
        return text.substring(0, b);
    }

    /** The text from its first to its last letter. */
    static String trimToLetters(String text) {
        int a = 0;
        int b = text.length();
        while (a < b && !Character.isLetter(text.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(a, b);
    }
}
