package io.papyri.core.clean.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds text that belongs to figures and tables rather than to the prose: the rows of a table set
 * under its caption, runs of lines made mostly of numbers, short pieces that share a row with
 * another piece (table cells, axis labels side by side), and runs of three or more fragments in a
 * row (labels stacked in a diagram). Display equations are left for {@link EquationDetector}; list
 * items are kept.
 */
final class FigureTextDetector {

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[•◦▪▸►‣∙·–—-]|\\(?[0-9ivx]{1,4}[.)]\\s).*");
    private static final int MIN_RUN = 3;
    private static final int MAX_TABLE_LINES = 60;
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** 12, 3.57, 28.4%, ±0.3, (1.2), −7, 10^3-style tokens as they appear in table cells. */
    private static final Pattern NUMBER = Pattern.compile("^[(\\[]?[±+−-]?[0-9]+(?:[.,][0-9]+)*%?[)\\]]?[*†‡,;]?$");

    private FigureTextDetector() {
    }

    static void detect(List<Line> lines, Typography type) {
        markTableBodies(lines, type);
        markNumericRows(lines);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.role == Role.BODY && isNarrow(line, type) && !EquationDetector.isEquation(line, type)
                    && (sharesRow(line, i > 0 ? lines.get(i - 1) : null)
                    || sharesRow(line, i + 1 < lines.size() ? lines.get(i + 1) : null))) {
                line.role = Role.FIGURE_TEXT;
            }
        }
        int runStart = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean fragment = i < lines.size() && isFragment(lines.get(i), type);
            if (fragment && runStart >= 0 && lines.get(i).page == lines.get(runStart).page) {
                continue;
            }
            if (runStart >= 0 && i - runStart >= MIN_RUN) {
                for (int k = runStart; k < i; k++) {
                    if (!EquationDetector.isEquation(lines.get(k), type)) {
                        lines.get(k).role = Role.FIGURE_TEXT;
                    }
                }
            }
            runStart = fragment ? i : -1;
        }
    }

    /**
     * A table set below its caption: the lines after a table caption that do not read as prose
     * (column heads, rows) belong to the table, up to the first prose line or heading.
     */
    private static void markTableBodies(List<Line> lines, Typography type) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line caption = lines.get(i);
            if (caption.role != Role.CAPTION || lines.get(i + 1).role == Role.CAPTION
                    || !CaptionDetector.isTableCaption(caption.text)) {
                continue;
            }
            for (int k = i + 1; k < lines.size() && k <= i + MAX_TABLE_LINES; k++) {
                Line row = lines.get(k);
                if (row.role != Role.BODY || row.page != caption.page || Words.isProse(row.text)
                        || HeadingShape.looksLikeHeading(row, type) && (HeadingNumber.parse(row.text) != null
                        || HeadingShape.isTopLevelName(row.text))) {
                    break;
                }
                row.role = Role.FIGURE_TEXT;
            }
        }
    }

    /** Two or more lines in a row made mostly of numbers: the rows of a table. */
    private static void markNumericRows(List<Line> lines) {
        int runStart = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean row = i < lines.size() && lines.get(i).role == Role.BODY && isNumericRow(lines.get(i).text);
            if (row && runStart >= 0 && lines.get(i).page == lines.get(runStart).page) {
                continue;
            }
            if (runStart >= 0 && i - runStart >= 2) {
                for (int k = runStart; k < i; k++) {
                    lines.get(k).role = Role.FIGURE_TEXT;
                }
            }
            runStart = row ? i : -1;
        }
    }

    private static boolean isNumericRow(String text) {
        if (Words.endsSentence(text)) {
            return false;
        }
        int tokens = 0;
        int numbers = 0;
        for (String token : SPACE.split(text.strip())) {
            tokens++;
            if (NUMBER.matcher(token).matches()) {
                numbers++;
            }
        }
        return numbers >= 2 && numbers * 5 >= tokens * 2;
    }

    private static boolean isNarrow(Line line, Typography type) {
        return line.width() < type.frame(line).width() * 0.45;
    }

    /** Both lines stand on one row of the same page, side by side. */
    private static boolean sharesRow(Line line, Line other) {
        if (other == null || other.page != line.page || other.role == Role.TITLE || other.role == Role.TITLE_BLOCK) {
            return false;
        }
        double top = Math.max(line.y(), other.y());
        double bottom = Math.min(line.bottom(), other.bottom());
        double shorter = Math.min(line.bottom() - line.y(), other.bottom() - other.y());
        boolean sameRow = bottom - top >= 0.5 * shorter && shorter > 0;
        boolean apart = line.right() < other.x() || other.right() < line.x();
        return sameRow && apart;
    }

    /** A short piece of text that is not a sentence, a heading or a list item. */
    private static boolean isFragment(Line line, Typography type) {
        if (line.role != Role.BODY && line.role != Role.FIGURE_TEXT) {
            return false;
        }
        String text = line.text;
        if (Words.letterShare(text) < 0.4) {
            return true;
        }
        if (Words.count(text) > 4 || Words.endsSentence(text) || LIST_ITEM.matcher(text).matches()) {
            return false;
        }
        if (HeadingShape.looksLikeHeading(line, type)
                && (HeadingNumber.parse(text) != null || HeadingShape.isTopLevelName(text))) {
            return false;
        }
        return !EquationDetector.isEquation(line, type);
    }
}
