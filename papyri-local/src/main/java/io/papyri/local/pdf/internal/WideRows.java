package io.papyri.local.pdf.internal;

import java.util.List;

/**
 * Finds, in a band of a two-column page, the rows of a table or figure set across both columns
 * whose cells happen to leave the page's gutter free, so that they are read row by row instead of
 * half by half.
 *
 * <p>Column text keeps to its column, out of the white band the document's pages usually leave
 * between the columns. The cells of a wide table do not: a left piece that reaches into that band,
 * or a right piece that starts in it, crosses over. A run of rows without a line of column text
 * (one piece of text that starts where its column starts, not cells parted by wide gaps), of which
 * at least {@value #MIN_CROSSING_ROWS} cross over, is a wide table; rows at its ends that do not
 * cross over belong to it only where the run meets the edge of the band (a caption or the page's
 * edge), as a table's head row does.
 */
final class WideRows {

    private static final int MIN_CROSSING_ROWS = 2;
    /** Lines this long are running text when they start and end like it. */
    private static final int LONG_LINE = 10;

    /**
     * Where the columns of a page start, as most of its lines do (for the reading order of a band),
     * and where the document's columns end and start either side of its usual gutter ({@code null}
     * when it has none: then no row is taken for a wide one).
     */
    record Columns(float leftStart, float rightStart, Gutter usual) {

        /**
         * @param pieces each row's full-width, left and right piece, any of them {@code null}
         * @param usual  the document's usual gutter, or {@code null}
         * @return the column edges
         */
        static Columns of(List<LayoutLine[]> pieces, Gutter usual) {
            return new Columns(ReadingOrder.columnStart(pieces, 1), ReadingOrder.columnStart(pieces, 2), usual);
        }
    }

    private WideRows() {
    }

    /**
     * Marks the rows of a band that belong to a table or figure across both columns.
     *
     * @param band    the band's rows: left piece at index 1, right piece at index 2
     * @param columns the page's column edges
     * @return for each row, whether it is read as one full-width line
     */
    static boolean[] find(List<LayoutLine[]> band, Columns columns) {
        int n = band.size();
        boolean[] wide = new boolean[n];
        Gutter usual = columns.usual();
        if (usual == null) {
            return wide;
        }
        boolean[] crossing = new boolean[n];
        boolean[] text = new boolean[n];
        int anyCrossing = 0;
        for (int k = 0; k < n; k++) {
            LayoutLine left = band.get(k)[1];
            LayoutLine right = band.get(k)[2];
            boolean leftOver = left != null && left.x1() > usual.left() + tolerance(left);
            boolean rightOver = right != null && right.x0() < usual.right() - tolerance(right);
            crossing[k] = leftOver || rightOver;
            text[k] = !leftOver && isColumnText(left, columns.leftStart(), usual.left())
                    || !rightOver && isColumnText(right, usual.right(), Float.NaN);
            anyCrossing += crossing[k] ? 1 : 0;
        }
        if (anyCrossing < MIN_CROSSING_ROWS) {
            return wide;
        }
        int start = 0;
        while (start < n) {
            if (text[start]) {
                start++;
                continue;
            }
            int end = start;
            int crossingRows = 0;
            while (end < n && !text[end]) {
                crossingRows += crossing[end] ? 1 : 0;
                end++;
            }
            if (crossingRows >= MIN_CROSSING_ROWS) {
                int from = start;
                int to = end;
                // rows that do not cross over join the table only where it meets the band's edge
                if (from > 0) {
                    while (!crossing[from]) {
                        from++;
                    }
                }
                if (to < n) {
                    while (!crossing[to - 1]) {
                        to--;
                    }
                }
                for (int k = from; k < to; k++) {
                    wide[k] = true;
                }
            }
            start = end;
        }
        return wide;
    }

    private static float tolerance(LayoutLine piece) {
        return Math.max(2f, 0.3f * piece.size());
    }

    /**
     * A line of running text: of some length, in one piece (no gap as wide as the one that parts
     * table cells), starting where its column starts give or take a paragraph or hanging indent,
     * and, where the column's end is known, filling at least half of it.
     */
    private static boolean isColumnText(LayoutLine piece, float start, float end) {
        if (piece == null || piece.characters() < LONG_LINE) {
            return false;
        }
        float indent = 1.6f * piece.size();
        float x0 = piece.x0();
        if (x0 < start - indent || x0 > start + indent) {
            return false;
        }
        if (!Float.isNaN(end) && piece.x1() < start + 0.5f * (end - start)) {
            return false;
        }
        List<Word> words = piece.words();
        float cellGap = LineAssembler.FRAGMENT_GAP * piece.size();
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).x0() - words.get(i - 1).x1() > cellGap) {
                return false;
            }
        }
        return true;
    }
}
