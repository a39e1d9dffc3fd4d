package io.papyri.core.clean.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds tables of contents and lists of figures or tables, whose entries look like headings
 * ("1 Introduction ..... 3") but must not be read as such. An entry ends with a page number, a
 * dot leader, or a page number set apart on the same row; a list starts at a "Contents" label and
 * runs while its lines keep that shape.
 */
final class ContentsDetector {

    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:table\\s+of\\s+contents|contents|list\\s+of\\s+(?:figures|tables|algorithms|symbols|abbreviations))$");
    /** A label such as "Supplementary Information table of contents": a heading itself, but entries follow. */
    private static final Pattern LABEL_ENDING = Pattern.compile("(?i)^.{0,60}\\b(?:table\\s+of\\s+)?contents$");
    /** Dot leaders that mark an entry anywhere: four or more spaced dots, or six in a row. */
    private static final Pattern DOT_LEADER = Pattern.compile("(?:\\.\\s){4,}|\\.{6,}|(?:…\\s?){2,}");
    private static final Pattern ENTRY_END = Pattern.compile(
            "(?:\\.\\s?){3,}\\s*(?:[0-9]{1,3}|[ivxlc]{1,6})?$|\\S\\s+(?:[0-9]{1,3}|[ivxlc]{1,6})$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[0-9]{1,3}|[ivxlc]{1,6})$");
    /** How many lines an entry may wrap over before its page number. */
    private static final int MAX_WRAP = 2;

    private ContentsDetector() {
    }

    static void detect(List<Line> lines) {
        Map<Integer, int[]> entryEndsPerPage = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int[] counts = entryEndsPerPage.computeIfAbsent(lines.get(i).page, p -> new int[2]);
            counts[0]++;
            if (isEntryEnd(lines, i)) {
                counts[1]++;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.role != Role.BODY) {
                continue;
            }
            if (DOT_LEADER.matcher(line.text).find()) {
                line.role = Role.CONTENTS;
                continue;
            }
            if (line.text.length() > 70 || !LABEL_ENDING.matcher(line.text).matches()) {
                continue;
            }
            if (LABEL.matcher(line.text).matches()) {
                line.role = Role.CONTENTS;
            }
            i = markEntries(lines, i + 1, entryEndsPerPage) - 1;
        }
    }

    /** Marks entries from {@code start} while they look like entries; returns the index after the last. */
    private static int markEntries(List<Line> lines, int start, Map<Integer, int[]> entryEndsPerPage) {
        int i = start;
        while (i < lines.size()) {
            // a list goes on to the next page only if that page is mostly entries too
            if (i > start && lines.get(i).page != lines.get(i - 1).page) {
                int[] counts = entryEndsPerPage.get(lines.get(i).page);
                if (counts[1] * 3 < counts[0]) {
                    break;
                }
            }
            int end = entryEnd(lines, i);
            if (end < 0) {
                break;
            }
            for (int k = i; k <= end; k++) {
                lines.get(k).role = Role.CONTENTS;
            }
            i = end + 1;
        }
        return i;
    }

    /** The index of the line ending the entry that starts at {@code i}, or -1 when no entry starts there. */
    private static int entryEnd(List<Line> lines, int i) {
        for (int k = i; k < lines.size() && k <= i + MAX_WRAP; k++) {
            Line line = lines.get(k);
            if (line.role != Role.BODY || k > i && line.page != lines.get(i).page) {
                return -1;
            }
            if (isEntryEnd(lines, k)) {
                return k;
            }
            if (k + 1 < lines.size() && isRowNumber(lines, k + 1)) {
                return k + 1;
            }
            if (line.text.length() > 120) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isEntryEnd(List<Line> lines, int k) {
        String text = lines.get(k).text;
        HeadingNumber number = HeadingNumber.parse(text);
        if (number != null && number.rest().isEmpty()) {
            return false;
        }
        return ENTRY_END.matcher(text).find() || isRowNumber(lines, k);
    }

    /** A bare page number set on the same row as the line before it, right of it. */
    private static boolean isRowNumber(List<Line> lines, int k) {
        if (k == 0) {
            return false;
        }
        Line line = lines.get(k);
        Line before = lines.get(k - 1);
        return PAGE_NUMBER.matcher(line.text).matches() && line.page == before.page
                && Math.abs(line.y() - before.y()) < 0.5 * line.size() && line.x() > before.right();
    }
}
