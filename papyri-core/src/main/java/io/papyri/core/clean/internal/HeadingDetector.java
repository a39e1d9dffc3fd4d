package io.papyri.core.clean.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds section headings among body lines and gives each its level. A heading is set like one
 * ({@link HeadingShape}), stands apart from the text above it, and is followed by text. Headings
 * that wrap, and "CHAPTER 2" over its title, are merged into one; {@link HeadingLevels} gives the
 * levels.
 */
final class HeadingDetector {

    /** How many figure or caption lines a heading may be followed by before its text; keeps the pass linear. */
    private static final int MAX_LOOKAHEAD = 400;

    private HeadingDetector() {
    }

    /**
     * Marks headings and their continuation lines.
     *
     * @param lines the document's lines
     * @param type  its typography
     */
    static void detect(List<Line> lines, Typography type) {
        List<Line> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.role != Role.BODY || !HeadingShape.looksLikeHeading(line, type)) {
                continue;
            }
            HeadingNumber number = HeadingNumber.parse(line.text);
            boolean numberedStrong = number != null && HeadingShape.isStrong(line, type);
            if (!numberedStrong && !standsApart(lines, i, type)) {
                continue;
            }
            if (number == null && (belowAxisTicks(lines, i) || lastInColumn(lines, i))) {
                continue;
            }
            int last = mergeContinuation(lines, i, number, type);
            if (!followedByText(lines, last, type, HeadingShape.isStrong(line, type))) {
                continue;
            }
            StringBuilder text = new StringBuilder(line.text);
            double size = line.size();
            for (int k = i + 1; k <= last; k++) {
                lines.get(k).role = Role.HEADING_CONTINUATION;
                text.append(' ').append(lines.get(k).text);
                size = Math.max(size, lines.get(k).size());
            }
            line.headingSize = size;
            line.role = Role.HEADING;
            line.heading = text.toString();
            line.number = HeadingNumber.parse(line.heading);
            headings.add(line);
            i = last;
        }
        HeadingLevels.assign(headings, type);
        dropEmptyUnnumbered(lines, headings);
    }

    /**
     * An unnumbered heading with no text before the next heading of the same or a higher level is
     * a large label (a figure's title) rather than a section; acknowledgements, references and
     * appendix labels may stand empty.
     */
    private static void dropEmptyUnnumbered(List<Line> lines, List<Line> headings) {
        for (int h = 0; h + 1 < headings.size(); h++) {
            Line heading = headings.get(h);
            Line next = headings.get(h + 1);
            if (heading.number != null || HeadingLevels.isEndMatter(heading.heading) || next.level > heading.level) {
                continue;
            }
            boolean empty = true;
            for (int k = heading.order + 1; k < next.order && empty; k++) {
                Line between = lines.get(k);
                empty = between.role != Role.BODY;
            }
            if (empty) {
                heading.role = Role.FIGURE_TEXT;
                for (int k = heading.order + 1; k < next.order; k++) {
                    if (lines.get(k).role == Role.HEADING_CONTINUATION) {
                        lines.get(k).role = Role.FIGURE_TEXT;
                    }
                }
            }
        }
    }

    /** Typesetters never end a column with a heading; a line there is a footer or a label. */
    private static boolean lastInColumn(List<Line> lines, int i) {
        return i + 1 == lines.size() || !lines.get(i + 1).samePlace(lines.get(i));
    }

    /** Right under a row of numbers (the tick labels of a plot axis): an axis title, not a heading. */
    private static boolean belowAxisTicks(List<Line> lines, int i) {
        if (i == 0) {
            return false;
        }
        Line above = lines.get(i - 1);
        Line line = lines.get(i);
        if (!above.samePlace(line) || line.bold() || Words.letters(above.text) > 0
                || line.y() - above.y() > 2.5 * line.size()) {
            return false;
        }
        int digits = 0;
        for (int k = 0; k < above.text.length(); k++) {
            if (Character.isDigit(above.text.charAt(k))) {
                digits++;
            }
        }
        return digits >= 2;
    }

    /** Extra space above, the top of a column, or a paragraph that ended just above. */
    private static boolean standsApart(List<Line> lines, int i, Typography type) {
        Line line = lines.get(i);
        Line previous = i > 0 ? lines.get(i - 1) : null;
        if (previous == null || !previous.samePlace(line) || line.y() < previous.y()) {
            return true;
        }
        if (previous.role != Role.BODY && previous.role != Role.REFERENCE) {
            return true;
        }
        double gap = line.below(previous);
        double pitch = Math.max(type.pitchFor(previous), type.pitchFor(line));
        if (gap > pitch * 1.15) {
            return true;
        }
        return HeadingNumber.parse(line.text) != null && Words.endsSentence(previous.text)
                && type.shortfall(previous) > type.bodySize * 2;
    }

    /** Merges the lines a heading wraps onto; returns the index of its last line. */
    private static int mergeContinuation(List<Line> lines, int i, HeadingNumber number, Typography type) {
        Line line = lines.get(i);
        int last = i;
        boolean labelOnly = number != null && number.rest().isEmpty();
        while (last + 1 < lines.size() && last - i < 2) {
            Line next = lines.get(last + 1);
            Line previous = lines.get(last);
            if (next.role != Role.BODY || next.page != line.page || next.y() < previous.y()
                    || next.text.length() > 90 || HeadingNumber.parse(next.text) != null
                    || CaptionDetector.startsCaption(next.text)) {
                break;
            }
            double gap = next.below(previous);
            if (labelOnly && last == i) {
                if (gap > type.pitchFor(next) * 5 || Words.letters(next.text) < 2) {
                    break;
                }
                last++;
                continue;
            }
            boolean sameStyle = Math.abs(next.size() - line.size()) <= 0.6 && next.bold() == line.bold()
                    && Words.isUpperCase(next.text) == Words.isUpperCase(line.text)
                    && next.samePlace(line);
            if (!sameStyle || gap > Math.max(type.pitchFor(line), line.size()) * 1.5
                    || Words.endsSentence(previous.text)
                    || !(HeadingShape.isStrong(line, type) || Words.isUpperCase(line.text))) {
                break;
            }
            last++;
        }
        return last;
    }

    /**
     * The next line of body text reads as text or another heading rather than a table cell. Captions
     * are passed over, and so, after a bold or large heading, are figures and equations: a heading
     * with nothing but figures after it (an appendix of plots at the end) still counts.
     */
    private static boolean followedByText(List<Line> lines, int last, Typography type, boolean strong) {
        for (int k = last + 1; k < lines.size() && k <= last + MAX_LOOKAHEAD; k++) {
            Line next = lines.get(k);
            if (next.role == Role.CAPTION || next.role == Role.CONTENTS
                    || strong && (next.role == Role.FIGURE_TEXT || EquationDetector.isEquation(next, type))) {
                continue;
            }
            if (next.role != Role.BODY) {
                return true;
            }
            if (HeadingShape.looksLikeHeading(next, type)) {
                return true;
            }
            return Words.count(next.text) >= 4 && Words.letterShare(next.text) >= 0.5;
        }
        return true;
    }
}
