package io.papyri.core.clean.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds footnotes: the run of lines set smaller than the body at the bottom of a column, set off
 * by space or starting with a footnote marker (a number, *, †, ...), and no taller than a strip of
 * the page. A document sets all its footnotes in one size, learnt from its short runs, so a
 * block of small print that happens to end a page (a table, a datasheet) is left alone.
 */
final class FootnoteDetector {

    private static final Pattern MARKER = Pattern.compile("^(?:[0-9]{1,2}|[*∗†‡§¶⋆♯]+|[a-z])(?:\\s|\\p{L}|\\p{Lu}|http|www).*");
    private static final int MAX_LINES = 30;
    private static final double MAX_SHARE_OF_PAGE = 0.3;
    /** Runs this short are typical footnotes and tell the footnote size. */
    private static final int SHORT_RUN = 3;
    private static final int MIN_LETTERS = 8;

    private FootnoteDetector() {
    }

    /** The lines [top, end] at the bottom of one column. */
    private record Run(int top, int end) {
    }

    /**
     * Marks footnote lines.
     *
     * @param lines the document's lines
     * @param type  its typography
     * @return how many footnotes were found
     */
    static int detect(List<Line> lines, Typography type) {
        List<Run> runs = new ArrayList<>();
        int groupEnd = lines.size() - 1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            boolean groupStart = i == 0 || !lines.get(i - 1).samePlace(lines.get(i));
            if (groupStart) {
                Run run = bottomRun(lines, i, groupEnd, type);
                if (run != null) {
                    runs.add(run);
                }
                groupEnd = i - 1;
            }
        }
        Histogram shortRunSizes = new Histogram(0.5);
        for (Run run : runs) {
            if (run.end() - run.top() + 1 <= SHORT_RUN) {
                shortRunSizes.add(lines.get(run.top()).size(), 1);
            }
        }
        double footnoteSize = shortRunSizes.isEmpty() ? Double.NaN : shortRunSizes.mode();
        int footnotes = 0;
        for (Run run : runs) {
            if (!Double.isNaN(footnoteSize) && Math.abs(lines.get(run.top()).size() - footnoteSize) > 0.4) {
                continue;
            }
            for (int k = run.top(); k <= run.end(); k++) {
                Line line = lines.get(k);
                line.role = Role.FOOTNOTE;
                if (k == run.top() || MARKER.matcher(line.text).matches()) {
                    footnotes++;
                }
            }
        }
        return footnotes;
    }

    /** The footnote run at the bottom of lines [start, end] (one column of one page), or null. */
    private static Run bottomRun(List<Line> lines, int start, int end, Typography type) {
        // a footer set well apart below everything else is not part of the footnotes above it
        while (end > start && (lines.get(end).role == Role.MARGIN_TEXT || lines.get(end).role == Role.BODY
                && !type.isSmaller(lines.get(end))
                && lines.get(end).below(lines.get(end - 1)) > 3 * type.pitchFor(lines.get(end - 1)))) {
            end--;
        }
        int top = end + 1;
        for (int k = end; k >= start; k--) {
            Line line = lines.get(k);
            if (line.role != Role.BODY || !type.isSmaller(line) || line.y() < line.pageHeight * 0.5) {
                break;
            }
            top = k;
        }
        if (top > end) {
            return null;
        }
        Line first = lines.get(top);
        Line last = lines.get(end);
        if (end - top + 1 > MAX_LINES || last.bottom() - first.y() > first.pageHeight * MAX_SHARE_OF_PAGE) {
            return null;
        }
        // the limits of a sum or integral at the foot of a page are no footnote
        if (EquationDetector.isEquation(first, type) || Words.letters(first.text) < MIN_LETTERS) {
            return null;
        }
        Line above = top > start ? lines.get(top - 1) : null;
        boolean setOff = above == null || above.role != Role.BODY
                || first.below(above) > type.pitchFor(above) * 1.3;
        return setOff || MARKER.matcher(first.text).matches() ? new Run(top, end) : null;
    }
}
