package io.papyri.core.clean.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the abstract: after an "Abstract" label (on its own line, or run in as "Abstract—",
 * "Abstract.", "ABSTRACT"), or, without a label (REVTeX, Nature style), the first block of prose
 * after the title. The abstract runs while the lines keep its style and no heading, keyword list
 * or copyright line comes.
 */
final class AbstractLocator {

    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?i:abstract)|A\\s?B\\s?S\\s?T\\s?R\\s?A\\s?C\\s?T|a\\s?b\\s?s\\s?t\\s?r\\s?a\\s?c\\s?t)(\\s*[.:—–-]\\s*|\\s+|$)(.*)$");
    /** Front matter that follows an abstract and is not part of it. */
    static final Pattern TRAILER = Pattern.compile(
            "^(?i:keywords|key\\s?words|index\\s+terms|general\\s+terms|ccs\\s+concepts|categories\\s+and\\s+subject"
                    + "|pacs\\b|msc\\b|mathematics\\s+subject|subject\\s+classification|acm\\s+reference|jel\\b"
                    + "|©|copyright|\\(c\\)\\s|permission\\s+to\\s+make|preprint\\b|accepted\\b|received\\b|published\\b"
                    + "|corresponding\\s+author|e-?mail|equal\\s+contribution).*");
    /** Pages after the first that may still hold the abstract (a thesis has a title page first). */
    private static final int PAGES_TO_SEARCH = 4;
    private static final int MIN_UNLABELLED_WORDS = 30;

    private AbstractLocator() {
    }

    /**
     * The abstract's lines and text.
     *
     * @param from  index of the abstract's first line: its label, or its first line of text
     * @param label index of the label line, or -1 for an unlabelled abstract
     * @param to    index after the last abstract line
     * @param text  the abstract as one paragraph
     */
    record Span(int from, int label, int to, String text) {
    }

    /**
     * @param lines the document's lines
     * @param type  its typography
     * @param start the first index to search from
     * @return the abstract, or null when none is found
     */
    static Span locate(List<Line> lines, Typography type, int start) {
        int labelIndex = findLabel(lines, type, start);
        if (labelIndex >= 0) {
            Matcher m = LABEL.matcher(lines.get(labelIndex).text);
            m.matches();
            String rest = m.group(2).strip();
            int first = rest.isEmpty() ? labelIndex + 1 : labelIndex;
            return collect(lines, type, labelIndex, first, first == labelIndex ? rest : null);
        }
        int first = findUnlabelled(lines, type, start);
        return first < 0 ? null : collect(lines, type, -1, first, null);
    }

    /**
     * The first "Abstract" label before any section starts. Text run in after the label without
     * punctuation ("Abstract We show ...") counts only at about the body size: a large line that
     * starts with the word is a title ("Abstract Meaning Representation for ...").
     *
     * @return the index of the label line, or -1
     */
    static int findLabel(List<Line> lines, Typography type, int start) {
        if (lines.isEmpty()) {
            return -1;
        }
        int lastPage = lines.get(0).page + PAGES_TO_SEARCH;
        for (int i = Math.max(0, start); i < lines.size() && lines.get(i).page <= lastPage; i++) {
            Line line = lines.get(i);
            if (line.role != Role.BODY) {
                continue;
            }
            Matcher m = LABEL.matcher(line.text);
            if (m.matches() && (m.group(2).isEmpty() || !m.group(1).isBlank() || !type.isLarger(line))) {
                return i;
            }
            if (startsSections(line, type)) {
                return -1;
            }
        }
        return -1;
    }

    private static int findUnlabelled(List<Line> lines, Typography type, int start) {
        if (start >= lines.size()) {
            return -1;
        }
        int page = lines.get(Math.max(0, start - 1)).page;
        int i = start;
        while (i < lines.size() && lines.get(i).page <= page + 1) {
            int end = blockEnd(lines, type, i);
            if (startsSections(lines.get(i), type)) {
                return -1;
            }
            int proseStart = proseStart(lines, i, end);
            if (proseStart >= 0) {
                return proseStart;
            }
            i = end;
        }
        return -1;
    }

    /** "1 Introduction", "I. INTRODUCTION", "Introduction": the body has begun. */
    static boolean startsSections(Line line, Typography type) {
        if (!HeadingShape.looksLikeHeading(line, type)) {
            return false;
        }
        HeadingNumber number = HeadingNumber.parse(line.text);
        if (number == null) {
            return HeadingShape.isTopLevelName(line.text);
        }
        return number.leadingValue() == 1 && number.depth() == 1 && (number.scheme() == HeadingNumber.Scheme.ARABIC
                || number.scheme() == HeadingNumber.Scheme.ROMAN_OR_LETTER);
    }

    /** The first line of a prose block in [from, to), skipping short leading lines such as a date; or -1. */
    private static int proseStart(List<Line> lines, int from, int to) {
        double widest = 0;
        int words = 0;
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            Line line = lines.get(k);
            widest = Math.max(widest, line.width());
            words += Words.count(line.text);
            text.append(line.text).append(' ');
        }
        if (words < MIN_UNLABELLED_WORDS || to - from < 3 || !Words.isProse(text.toString())) {
            return -1;
        }
        for (int k = from; k < to; k++) {
            Line line = lines.get(k);
            if (line.width() >= widest * 0.75 && !TRAILER.matcher(line.text).matches()) {
                return k;
            }
        }
        return -1;
    }

    /** The index after the block of same-styled, closely set lines starting at {@code from}. */
    private static int blockEnd(List<Line> lines, Typography type, int from) {
        int i = from + 1;
        while (i < lines.size()) {
            Line previous = lines.get(i - 1);
            Line line = lines.get(i);
            if (!previous.samePlace(line) || Math.abs(line.size() - previous.size()) > 0.6
                    || line.bold() != previous.bold() || line.italic() != previous.italic()
                    || line.below(previous) > type.pitchFor(previous) * 1.7 || line.y() < previous.y()) {
                break;
            }
            i++;
        }
        return i;
    }

    private static Span collect(List<Line> lines, Typography type, int label, int first, String runIn) {
        if (first >= lines.size()) {
            return null;
        }
        Line style = lines.get(first);
        LineJoiner joiner = new LineJoiner();
        if (runIn != null) {
            joiner.add(style, runIn);
        } else {
            joiner.add(style);
        }
        double right = style.right();
        int i = first + 1;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            Line previous = lines.get(i - 1);
            if (endsAbstract(line, previous, style, type, right)) {
                break;
            }
            joiner.add(line);
            if (line.samePlace(style) && !isMinor(line)) {
                right = Math.max(right, line.right());
            }
        }
        int from = label >= 0 ? label : first;
        return new Span(from, label, i, joiner.toString());
    }

    /** A line of a few characters: a piece of a formula, not a change of style. */
    private static boolean isMinor(Line line) {
        return Words.letters(line.text) <= 4 && line.text.length() <= 12;
    }

    /**
     * Whether the abstract ends before this line: a heading, keywords or copyright line, a change
     * of size or weight, a wide gap, or text wider than the abstract (the body after a narrow abstract).
     * The left edge is not compared: a line whose first word completed a hyphenated word above starts
     * further right than the column.
     */
    private static boolean endsAbstract(Line line, Line previous, Line style, Typography type, double right) {
        if (line.role != Role.BODY || TRAILER.matcher(line.text).matches()) {
            return true;
        }
        if (isMinor(line)) {
            return false;
        }
        if (Math.abs(line.size() - style.size()) > 0.6 || line.bold() != style.bold()) {
            return true;
        }
        if (HeadingShape.looksLikeHeading(line, type) && (HeadingNumber.parse(line.text) != null
                || HeadingShape.isTopLevelName(line.text) || HeadingShape.isStrong(line, type) != HeadingShape.isStrong(style, type))) {
            return true;
        }
        if (CaptionDetector.startsCaption(line.text)) {
            return true;
        }
        if (line.samePlace(previous)) {
            double gap = line.below(previous);
            // a display formula inside the abstract is set off by more space
            double allowed = EquationDetector.isEquation(previous, type) || isMinor(previous) ? 3.5 : 2.0;
            if (gap > type.pitchFor(style) * allowed || gap < 0) {
                return true;
            }
            return line.samePlace(style) && line.right() > right + 1.5 * style.size();
        }
        return false;
    }
}
