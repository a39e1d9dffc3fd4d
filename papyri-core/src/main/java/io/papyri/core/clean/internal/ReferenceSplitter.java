package io.papyri.core.clean.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the bibliography out of the body and splits it into entries. The bibliography is the text
 * under a "References" (or "Bibliography", ...) heading up to the next top-level heading, or,
 * in papers without that heading (REVTeX letters), a list that starts at "[1]" and counts up.
 * Entries start at their number ("[12]", "12.") or, in author-year lists, at the line that is not
 * indented when the others hang, or after an entry's final full stop at a new surname.
 */
final class ReferenceSplitter {

    private static final Pattern BRACKETED = Pattern.compile("^\\[([0-9]{1,4})\\]\\s*\\S.*");
    private static final Pattern DOTTED = Pattern.compile("^([0-9]{1,4})\\.\\s*\\S.*");
    private static final Pattern LABEL = Pattern.compile("^\\[[\\p{L}][^\\]]{0,19}\\]\\s*\\S.*");
    private static final Pattern BARE = Pattern.compile("^([0-9]{1,4})\\s+\\p{L}.*");
    private static final Pattern SURNAME_START = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’\\-]+(?:\\s(?:van|von|de|der|den|da|di|du|le|la)\\s\\p{Lu}[\\p{L}'’\\-]+)?,\\s*(?:\\p{Lu}|\\p{Lu}\\.)"
                    + "|\\p{Lu}\\.\\s?(?:\\p{Lu}\\.\\s?)*\\p{Lu}[\\p{L}'’\\-]+,"
                    + "|\\p{Lu}[\\p{L}'’\\-]+\\s\\p{Lu}{1,3}[,.]"
                    + "|\\p{Lu}[\\p{L}'’\\-]+ et al\\.).*");
    /** How far ahead the second entry of an unheaded numbered list must follow its first. */
    private static final int UNHEADED_LOOKAHEAD = 12;
    /** Lines an entry of a numbered list may run on for. */
    private static final int MAX_CONTINUATION_LINES = 8;
    /** How far an entry's number may jump past the one before it. */
    private static final int MAX_NUMBER_SKIP = 3;

    private ReferenceSplitter() {
    }

    /**
     * Marks bibliography lines and returns the entries.
     *
     * @param lines the document's lines, headings already found
     * @param type  its typography
     * @return one string per entry, in order
     */
    static List<String> split(List<Line> lines, Typography type) {
        List<String> entries = new ArrayList<>();
        boolean headed = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.role == Role.HEADING && HeadingShape.isReferencesName(line.heading)) {
                headed = true;
                int end = regionEnd(lines, i + 1);
                entries.addAll(splitRegion(lines, i + 1, end, type));
                i = end - 1;
            }
        }
        if (!headed) {
            int start = unheadedStart(lines, type);
            if (start >= 0) {
                // without a heading the list has no section to end with: it runs while its numbers go on
                entries.addAll(splitRegion(lines, start, lines.size(), type));
            }
        }
        return entries;
    }

    /** The index of the next top-level heading after {@code from}, or the end. */
    private static int regionEnd(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.role == Role.HEADING && line.level == 1) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * The first line of an unheaded list: an entry numbered 1 ("[1]", "1.", or a superscript "1"),
     * followed soon by entries 2 and 3, and not set larger than the body; or -1.
     */
    private static int unheadedStart(List<Line> lines, Typography type) {
        for (Pattern numbering : List.of(BRACKETED, DOTTED, BARE)) {
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.role == Role.BODY && !type.isLarger(line) && numberOf(numbering, line) == 1
                        && (numbering == BRACKETED || !type.isBodySize(line) || type.isSmaller(line))
                        && followedByEntries(lines, i, numbering)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Entries 2 and 3 follow entry 1 within a few lines each. */
    private static boolean followedByEntries(List<Line> lines, int first, Pattern numbering) {
        int expected = 2;
        int last = first;
        for (int k = first + 1; k < lines.size() && k <= last + UNHEADED_LOOKAHEAD && expected <= 3; k++) {
            if (numberOf(numbering, lines.get(k)) == expected) {
                expected++;
                last = k;
            }
        }
        return expected > 3;
    }

    private static int numberOf(Pattern numbering, Line line) {
        Matcher m = numbering.matcher(line.text);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static List<String> splitRegion(List<Line> lines, int from, int to, Typography type) {
        List<Line> region = new ArrayList<>();
        double entrySize = Double.NaN;
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            if (line.role == Role.BODY || line.role == Role.HEADING || line.role == Role.HEADING_CONTINUATION) {
                region.add(line);
                if (Double.isNaN(entrySize)) {
                    entrySize = line.size();
                }
            } else if (line.role == Role.FIGURE_TEXT && Math.abs(line.size() - entrySize) <= 0.6
                    && Words.letterShare(line.text) >= 0.6) {
                // a widely spaced entry line can come apart into pieces on one row; a figure placed
                // among the references, with its own sizes and numbers, keeps its role
                region.add(line);
            }
        }
        Pattern numbering = numberingOf(region);
        List<String> entries = new ArrayList<>();
        LineJoiner entry = null;
        Line entryStart = null;
        int continuations = 0;
        int lastNumber = 0;
        boolean labelled = numbering == null && isLabelled(region);
        Map<Integer, Double> entryEdges = numbering == null && !labelled ? hangingThresholds(region) : Map.of();
        boolean hanging = entryEdges.size() * 2 > placeCount(region);
        Line previous = null;
        for (Line line : region) {
            boolean starts;
            if (numbering != null) {
                Matcher m = numbering.matcher(line.text);
                int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
                // a number may be lost (split off with a dash that stands for a repeated author)
                starts = n > 0 && (lastNumber == 0 || n > lastNumber && n <= lastNumber + MAX_NUMBER_SKIP)
                        && (entryStart == null || sameStyle(line, entryStart));
                if (starts) {
                    lastNumber = n;
                } else if (entry == null || isForeign(line, entryStart, continuations)) {
                    // text between the entries that is not part of them (body text read in between,
                    // a supplement after the list) keeps its role; the list resumes at its next number
                    if (entry != null && !entry.isEmpty()) {
                        entries.add(entry.toString());
                    }
                    entry = null;
                    continue;
                }
            } else if (labelled) {
                starts = LABEL.matcher(line.text).matches();
            } else if (hanging && entryEdges.containsKey(place(line))) {
                starts = line.x() < entryEdges.get(place(line));
            } else {
                starts = previous == null || startsAfter(line, previous, type);
            }
            if (starts || entry == null) {
                if (entry != null && !entry.isEmpty()) {
                    entries.add(entry.toString());
                }
                entry = new LineJoiner();
                entryStart = line;
                continuations = 0;
            } else if (previous == null || !sameRow(line, previous)) {
                continuations++;
            }
            line.role = Role.REFERENCE;
            entry.add(line);
            previous = line;
        }
        if (entry != null && !entry.isEmpty()) {
            entries.add(entry.toString());
        }
        return entries;
    }

    /**
     * In a numbered list, a line that is not the next entry belongs to the entry before it only if
     * it is set like that entry and the entry has not grown improbably long.
     */
    private static boolean isForeign(Line line, Line entryStart, int continuations) {
        return continuations >= MAX_CONTINUATION_LINES || !sameStyle(line, entryStart);
    }

    /** Pieces of one widely spaced line, side by side. */
    private static boolean sameRow(Line line, Line other) {
        return line.page == other.page && Math.abs(line.y() - other.y()) < 0.5 * line.size();
    }

    private static boolean sameStyle(Line line, Line other) {
        return Math.abs(line.size() - other.size()) <= 0.6 && line.bold() == other.bold();
    }

    /** The numbering the list uses, or null for an author-year list. */
    private static Pattern numberingOf(List<Line> region) {
        Pattern best = null;
        int bestCount = 1;
        for (Pattern p : List.of(BRACKETED, DOTTED, BARE)) {
            int sequential = 0;
            int expected = 1;
            for (Line line : region) {
                Matcher m = p.matcher(line.text);
                if (m.matches() && Integer.parseInt(m.group(1)) == expected) {
                    sequential++;
                    expected++;
                }
            }
            if (sequential > bestCount) {
                best = p;
                bestCount = sequential;
            }
        }
        return best;
    }

    private static int place(Line line) {
        return line.page * 64 + Math.min(line.column(), 63);
    }

    private static int placeCount(List<Line> region) {
        Set<Integer> places = new HashSet<>();
        for (Line line : region) {
            places.add(place(line));
        }
        return places.size();
    }

    /** Entries start with a bracketed label such as "[KN14]" or "[Ach03]". */
    private static boolean isLabelled(List<Line> region) {
        int labelled = 0;
        for (Line line : region) {
            if (LABEL.matcher(line.text).matches()) {
                labelled++;
            }
        }
        return labelled >= 3 && labelled * 4 >= region.size();
    }

    /**
     * For each column of each page whose entries hang (first line flush, the rest indented): the x
     * left of which a line starts an entry, halfway between the flush edge and the usual indent.
     * Columns without a clear hanging indent are left out.
     */
    private static Map<Integer, Double> hangingThresholds(List<Line> region) {
        Map<Integer, List<Line>> byPlace = new HashMap<>();
        for (Line line : region) {
            byPlace.computeIfAbsent(place(line), k -> new ArrayList<>()).add(line);
        }
        Map<Integer, Double> thresholds = new HashMap<>();
        byPlace.forEach((place, lines) -> {
            double left = Double.MAX_VALUE;
            double em = 0;
            for (Line line : lines) {
                left = Math.min(left, line.x());
                em = Math.max(em, line.size());
            }
            Histogram indents = new Histogram(1);
            int flush = 0;
            for (Line line : lines) {
                if (line.x() >= left + 0.8 * em) {
                    indents.add(line.x(), 1);
                } else {
                    flush++;
                }
            }
            if (indents.isEmpty() || flush < 1) {
                return;
            }
            double indent = indents.mode();
            int atIndent = 0;
            for (Line line : lines) {
                if (Math.abs(line.x() - indent) <= 1.5) {
                    atIndent++;
                }
            }
            if (atIndent * 5 >= lines.size()) {
                thresholds.put(place, (left + indent) / 2);
            }
        });
        return thresholds;
    }

    /** Without numbers or hanging indents: a new entry after a full stop, at a gap or a new surname. */
    private static boolean startsAfter(Line line, Line previous, Typography type) {
        if (!Words.endsSentence(previous.text)) {
            return false;
        }
        if (line.samePlace(previous) && line.below(previous) > type.pitchFor(previous) * 1.25) {
            return true;
        }
        return SURNAME_START.matcher(line.text).matches();
    }
}
