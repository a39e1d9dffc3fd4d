package io.papyri.local.pdf.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
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
 * When that line starts with a lower-case letter, its first word moves up to complete the word; the
 * line it leaves keeps its place on the page. The hyphen goes when it was only a line-break hyphen
 * ({@code representa-}/{@code tion}) and stays when it belongs to the word, judged by the
 * document's own {@linkplain Spellings spellings}:
 * <ul>
 *   <li>the part before it already holds a hyphen ({@code state-of-the-}/{@code art}) or is an
 *       acronym ({@code IO-}/{@code aware});</li>
 *   <li>the document joins the two parts with a hyphen, alone or inside a longer compound
 *       ({@code English-to-German} for {@code English-}/{@code to-German}), more often than it
 *       writes them closed up; when it writes them closed up more often, the hyphen goes;</li>
 *   <li>otherwise, when the document never writes the word closed up: the rest itself holds a
 *       hyphen ({@code sequence-}/{@code to-sequence}); the part before is a single letter
 *       ({@code x-}/{@code axis}: TeX never breaks there); or the rest is not a mere ending
 *       ({@code -ing}, {@code -ly}, ...) and either the first part forms compounds ({@code self-},
 *       {@code non-}, {@code cross-}, ...) or both parts are words of the document
 *       ({@code sequence-}/{@code aligned} where it has {@code sequence} and {@code align}), neither
 *       of them a word that forms closed compounds ({@code More-}/{@code over},
 *       {@code with-}/{@code out}).</li>
 * </ul>
 * A hyphen or en dash followed, on the line right below, by a capital or a digit
 * ({@code Johnson–}/{@code Lindenstrauss}, {@code ResNet-}/{@code 50}), or a hyphen after a digit
 * ({@code 152-}/{@code layer}), is part of a compound: the rest moves up and the dash stays, unless
 * the document writes the word closed up more often than with the hyphen ({@code PAS-}/{@code CAL},
 * {@code Le-}/{@code Cun}).
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
    /**
     * Words that form closed compounds with another word ({@code More-}/{@code over},
     * {@code with-}/{@code out}, {@code per-}/{@code forming}): that both parts are words says nothing
     * about a hyphen between them.
     */
    private static final Set<String> CLOSED_COMPOUND_PARTS = Set.of("any", "some", "every", "where", "there",
            "here", "what", "when", "who", "how", "with", "without", "within", "out", "over", "under", "more",
            "less", "ever", "never", "fore", "after", "further", "other", "wise", "thing", "things", "one", "body",
            "the", "per", "can", "not", "into", "upon", "onto", "through", "whose", "soever", "theless",
            "down", "off", "back", "for", "way", "ward", "wards", "self", "selves", "mean", "while");

    private Dehyphenator() {
    }

    /**
     * Joins the broken words of a whole document.
     *
     * @param pages every page's lines in reading order; lines emptied by a join are removed
     * @return how many words were joined
     */
    public static int rejoin(List<List<LayoutLine>> pages) {
        // the document's spellings, without the pieces of the words about to be joined
        Set<LayoutLine> continuations = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int p = 0; p < pages.size(); p++) {
            List<LayoutLine> lines = pages.get(p);
            for (int i = 0; i < lines.size(); i++) {
                LayoutLine next = endsBroken(lines.get(i)) ? continuation(pages, p, i) : null;
                if (next != null) {
                    continuations.add(next);
                }
            }
        }
        Spellings spellings = Spellings.of(pages, continuations);
        int joined = 0;
        for (int p = 0; p < pages.size(); p++) {
            List<LayoutLine> lines = pages.get(p);
            for (int i = 0; i < lines.size(); i++) {
                LayoutLine line = lines.get(i);
                if (!endsBroken(line)) {
                    continue;
                }
                LayoutLine next = continuation(pages, p, i);
                // only a line right below may complete a compound with a capital or digit ("Johnson-Lindenstrauss");
                // text found further away must start in lower case
                boolean adjacent = i + 1 < lines.size() && next == lines.get(i + 1) && next.column() == line.column();
                if (next != null && join(line, next, spellings, adjacent)) {
                    joined++;
                    if (next.isEmpty()) {
                        if (!lines.remove(next)) {
                            pages.get(p + 1).remove(next);
                        }
                    }
                }
            }
        }
        return joined;
    }

    /** The line that continues line {@code i} of page {@code p}, or {@code null}. */
    private static LayoutLine continuation(List<List<LayoutLine>> pages, int p, int i) {
        List<LayoutLine> lines = pages.get(p);
        LayoutLine line = lines.get(i);
        List<LayoutLine> where = lines;
        int k = continuation(lines, i);
        if (k == lines.size() && p + 1 < pages.size()) {
            where = pages.get(p + 1);
            k = firstLineOfPage(where, line);
        }
        return k >= 0 && k < where.size() ? where.get(k) : null;
    }

    static boolean endsBroken(LayoutLine line) {
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

    private static boolean join(LayoutLine line, LayoutLine next, Spellings spellings, boolean adjacent) {
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
            joined = keepsHyphen(prefix, tail, spellings) ? prefix + "-" + tail : prefix + tail;
        } else if (adjacent && (Character.isUpperCase(start) || Character.isDigit(start)
                || Character.isDigit(before) && dash != '\u2013' && Character.isLetter(start))) {
            joined = spelledClosed(prefix, tail, spellings) ? prefix + tail : head + tail;
        } else {
            return false;
        }
        line.replaceLastWord(last.withText(joined, last.x1()));
        next.removeFirstWord();
        return true;
    }

    /**
     * A capital after a line-end hyphen starts the second part of a compound ({@code Johnson-}/
     * {@code Lindenstrauss}) unless the document sets the word closed up more often than with a
     * hyphen ({@code PAS-}/{@code CAL}, {@code Le-}/{@code Cun}).
     */
    private static boolean spelledClosed(String prefix, String tail, Spellings spellings) {
        String stem = lastLetters(prefix).toLowerCase(Locale.ROOT);
        String rest = firstLetters(tail).toLowerCase(Locale.ROOT);
        return !stem.isEmpty() && !rest.isEmpty() && stem.length() == prefix.length()
                && spellings.closed(stem + rest) > spellings.hyphenated(stem, rest);
    }

    /** Whether the hyphen between a prefix and the rest of its word belongs to the word. */
    private static boolean keepsHyphen(String prefix, String tail, Spellings spellings) {
        if (prefix.indexOf('-') >= 0 || prefix.indexOf('\u2010') >= 0) {
            return true; // state-of-the-/art
        }
        String stemAsPrinted = lastLetters(prefix);
        if (stemAsPrinted.length() >= 2 && stemAsPrinted.equals(stemAsPrinted.toUpperCase(Locale.ROOT))) {
            return true; // an acronym: IO-aware, GPU-based
        }
        String stem = stemAsPrinted.toLowerCase(Locale.ROOT);
        String rest = firstLetters(tail).toLowerCase(Locale.ROOT);
        int closed = spellings.closed(stem + rest);
        int hyphenated = spellings.hyphenated(stem, rest);
        if (hyphenated > closed) {
            return true;
        }
        if (closed > 0) {
            return false;
        }
        if (!rest.isEmpty() && rest.length() < tail.length() && isHyphen(tail.charAt(rest.length()))) {
            return true; // a chain of a compound: sequence-/to-sequence
        }
        if (stem.length() == 1) {
            return true; // x-/axis: TeX never breaks there
        }
        if (ENDINGS.contains(rest)) {
            return false;
        }
        return COMPOUND_PREFIXES.contains(stem)
                || !CLOSED_COMPOUND_PARTS.contains(stem) && !CLOSED_COMPOUND_PARTS.contains(rest)
                && spellings.isWord(stem) && spellings.isWord(rest); // sequence-/aligned, never sequencealigned
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010';
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
