package io.papyri.local.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the line fragments of a page into reading order and joins the pieces of each line.
 *
 * <p>One-column pages read row by row, top to bottom. On two-column pages each row of text is
 * either full-width (something in it crosses the gutter: title, centred author block, wide figure
 * or table) or made of a left and a right piece. Full-width rows cut the page into horizontal bands;
 * a band is read column by column (left column top to bottom, then right column) when it looks like
 * running text: several rows, or pieces that start where the columns start. A band of one or two
 * rows that does not (a row of author names whose middle gap happens to fall on the gutter) is read
 * row by row, each row as one full-width line, and so are the rows of a table set across both
 * columns whose cells leave the page's gutter free ({@link WideRows}).
 */
public final class ReadingOrder {

    /** Pieces of a one-column row closer than this many font sizes form one line. */
    private static final float ONE_COLUMN_JOIN = 3f;

    private enum Side { LEFT, RIGHT, SPAN }

    /**
     * A page in reading order.
     *
     * @param lines   the lines in reading order, with their column index set
     * @param columns how many columns the page's body has (1 or 2)
     */
    public record Arranged(List<LayoutLine> lines, int columns) {
    }

    private ReadingOrder() {
    }

    /**
     * Arranges one page.
     *
     * @param fragments the page's line fragments, in any order
     * @param gutter    the page's column gutter, or {@code null} for a one-column page
     * @param usual     the document's usual gutter, or {@code null} when it has none; where the
     *                  page's rows reach into it, they are read as rows of a wide table
     * @return the lines in reading order
     */
    public static Arranged arrange(List<LayoutLine> fragments, Gutter gutter, Gutter usual) {
        List<List<LayoutLine>> rows = rows(fragments);
        if (gutter == null) {
            List<LayoutLine> out = new ArrayList<>(fragments.size());
            for (List<LayoutLine> row : rows) {
                out.addAll(join(row, ONE_COLUMN_JOIN));
            }
            out.forEach(l -> l.column(0));
            return new Arranged(out, 1);
        }
        return arrangeTwoColumns(rows, gutter, usual);
    }

    private static Arranged arrangeTwoColumns(List<List<LayoutLine>> rows, Gutter gutter, Gutter usual) {
        // first pass: each row becomes one full-width line or a left and/or a right piece
        List<LayoutLine[]> pieces = new ArrayList<>(rows.size());
        for (List<LayoutLine> row : rows) {
            LayoutLine span = null;
            LayoutLine left = null;
            LayoutLine right = null;
            Side[] sides = new Side[row.size()];
            boolean hasLeft = false;
            boolean hasRight = false;
            for (int k = 0; k < sides.length; k++) {
                sides[k] = side(row.get(k), gutter);
                hasLeft |= sides[k] == Side.LEFT;
                hasRight |= sides[k] == Side.RIGHT;
            }
            boolean spans = false;
            for (int k = 0; k < sides.length; k++) {
                LayoutLine f = row.get(k);
                if (sides[k] == Side.SPAN && hasLeft && hasRight && f.characters() <= 3) {
                    // a stray symbol in the gutter between two column lines does not make the row full-width
                    sides[k] = (f.x0() + f.x1()) / 2 < gutter.center() ? Side.LEFT : Side.RIGHT;
                }
                spans |= sides[k] == Side.SPAN;
            }
            for (int k = 0; k < sides.length; k++) {
                LayoutLine f = row.get(k);
                if (spans) {
                    span = append(span, f);
                } else if (sides[k] == Side.LEFT) {
                    left = append(left, f);
                } else {
                    right = append(right, f);
                }
            }
            pieces.add(new LayoutLine[] {span, left, right});
        }
        WideRows.Columns columns = WideRows.Columns.of(pieces, usual);

        List<LayoutLine> out = new ArrayList<>();
        int columnChars = 0;
        int bandStart = 0;
        for (int i = 0; i <= pieces.size(); i++) {
            LayoutLine span = i < pieces.size() ? pieces.get(i)[0] : null;
            if (i < pieces.size() && span == null) {
                continue;
            }
            columnChars += emitBandAndWideRows(pieces.subList(bandStart, i), columns, out);
            if (span != null) {
                span.column(0);
                out.add(span);
            }
            bandStart = i + 1;
        }
        int allChars = 0;
        for (LayoutLine line : out) {
            allChars += line.characters();
        }
        // the body is two-column when most of the page's text is read in two columns
        return new Arranged(out, columnChars * 2 >= allChars && columnChars > 0 ? 2 : 1);
    }

    /**
     * Emits the rows of one band between full-width rows, reading the rows of a table or figure
     * across both columns as full-width lines; returns how many characters it read in two columns.
     */
    private static int emitBandAndWideRows(List<LayoutLine[]> band, WideRows.Columns columns, List<LayoutLine> out) {
        boolean[] wide = WideRows.find(band, columns);
        int chars = 0;
        int start = 0;
        for (int k = 0; k <= band.size(); k++) {
            if (k < band.size() && !wide[k]) {
                continue;
            }
            chars += emitBand(band.subList(start, k), columns.leftStart(), columns.rightStart(), out);
            if (k < band.size()) {
                LayoutLine line = append(band.get(k)[1], band.get(k)[2]);
                line.column(0);
                out.add(line);
            }
            start = k + 1;
        }
        return chars;
    }

    /**
     * Emits the rows of one band between full-width rows; returns how many characters it read in
     * two columns.
     */
    private static int emitBand(List<LayoutLine[]> band, float leftStart, float rightStart, List<LayoutLine> out) {
        if (band.isEmpty()) {
            return 0;
        }
        int leftRows = 0;
        int rightRows = 0;
        boolean leftAligned = false;
        boolean rightAligned = false;
        for (LayoutLine[] row : band) {
            if (row[1] != null) {
                leftRows++;
                leftAligned |= startsColumn(row[1], leftStart);
            }
            if (row[2] != null) {
                rightRows++;
                rightAligned |= startsColumn(row[2], rightStart);
            }
        }
        boolean columnFlow = leftRows == 0 || rightRows == 0 || leftRows >= 3 || rightRows >= 3
                || leftAligned && rightAligned;
        if (columnFlow) {
            for (LayoutLine[] row : band) {
                if (row[1] != null) {
                    row[1].column(0);
                    out.add(row[1]);
                }
            }
            for (LayoutLine[] row : band) {
                if (row[2] != null) {
                    row[2].column(1);
                    out.add(row[2]);
                }
            }
            int chars = 0;
            if (leftRows > 0 && rightRows > 0) {
                for (LayoutLine[] row : band) {
                    chars += (row[1] == null ? 0 : row[1].characters()) + (row[2] == null ? 0 : row[2].characters());
                }
            }
            return chars;
        }
        for (LayoutLine[] row : band) {
            LayoutLine line = append(row[1], row[2]);
            line.column(0);
            out.add(line);
        }
        return 0;
    }

    private static boolean startsColumn(LayoutLine piece, float columnStart) {
        return piece.x0() >= columnStart - 2f && piece.x0() <= columnStart + 1.6f * piece.size();
    }

    /** The x where most pieces of one side start: the column's left edge. */
    static float columnStart(List<LayoutLine[]> pieces, int side) {
        Map<Integer, Integer> starts = new HashMap<>();
        float min = Float.POSITIVE_INFINITY;
        for (LayoutLine[] row : pieces) {
            LayoutLine piece = row[side];
            if (piece != null) {
                min = Math.min(min, piece.x0());
                if (piece.characters() >= 10) {
                    starts.merge(Math.round(piece.x0()), 1, Integer::sum);
                }
            }
        }
        int best = -1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : starts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() < best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return bestCount >= 2 ? best : min;
    }

    private static Side side(LayoutLine line, Gutter gutter) {
        float x0 = line.x0();
        float x1 = line.x1();
        if (x0 >= gutter.left() - 1f && x1 <= gutter.right() + 1f) {
            return Side.SPAN; // sits in the gutter itself: centred page furniture, a lone symbol
        }
        float center = gutter.center();
        float leftPart = Math.max(0f, Math.min(x1, center) - x0);
        float rightPart = Math.max(0f, x1 - Math.max(x0, center));
        // lines that only overflow a little into the gutter (a long formula, a URL) keep their column
        float allowance = Math.max(1.5f * line.size(), 0.1f * (x1 - x0));
        if (rightPart <= allowance && x0 < gutter.left()) {
            return Side.LEFT;
        }
        if (leftPart <= allowance && x1 > gutter.right()) {
            return Side.RIGHT;
        }
        return Side.SPAN;
    }

    private static LayoutLine append(LayoutLine line, LayoutLine more) {
        if (line == null) {
            return more;
        }
        if (more != null) {
            line.append(more);
        }
        return line;
    }

    /** Joins the pieces of one row whose gaps are narrower than the given number of font sizes. */
    private static List<LayoutLine> join(List<LayoutLine> row, float maxGap) {
        List<LayoutLine> out = new ArrayList<>(row.size());
        LayoutLine current = null;
        for (LayoutLine f : row) {
            if (current != null && f.x0() - current.x1() <= maxGap * Math.max(f.size(), current.size())) {
                current.append(f);
            } else {
                current = f;
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Groups fragments into rows by baseline, top to bottom, each row left to right.
     *
     * @param fragments the fragments
     * @return the rows
     */
    static List<List<LayoutLine>> rows(List<LayoutLine> fragments) {
        List<LayoutLine> sorted = new ArrayList<>(fragments);
        sorted.sort(Comparator.comparingDouble(LayoutLine::baseline));
        List<List<LayoutLine>> rows = new ArrayList<>();
        int start = 0;
        while (start < sorted.size()) {
            LayoutLine anchor = sorted.get(start);
            int end = start + 1;
            while (end < sorted.size() && sorted.get(end).baseline() - anchor.baseline()
                    <= Math.max(1f, 0.3f * Math.min(anchor.size(), sorted.get(end).size()))) {
                end++;
            }
            List<LayoutLine> row = new ArrayList<>(sorted.subList(start, end));
            row.sort(Comparator.comparingDouble(LayoutLine::x0));
            rows.add(row);
            start = end;
        }
        return rows;
    }
}
