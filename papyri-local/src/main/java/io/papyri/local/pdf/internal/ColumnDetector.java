package io.papyri.local.pdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the gutter of two-column pages: the widest vertical white band near the middle of the text
 * that few lines cross, with enough text on both sides.
 *
 * <p>Each page is first judged on its own ({@link #detect}); then {@link #reconcile} lends the
 * document's usual gutter to pages of a two-column paper whose own evidence was too thin (a page
 * mostly taken by a wide table, a last page with a short right column).
 */
public final class ColumnDetector {

    /** Lines crossing the gutter may hold at most this share of the text of the smaller side. */
    private static final double MAX_CROSSING_SHARE = 0.6;
    private static final int MIN_SIDE_LINES = 5;
    private static final int MIN_SIDE_CHARACTERS = 150;
    private static final float MIN_GUTTER_WIDTH = 5f;
    /** Lines this long count as running text, not as labels of a figure or cells of a table. */
    private static final int TEXT_LINE_CHARACTERS = 15;

    private ColumnDetector() {
    }

    /**
     * Looks for a gutter on one page.
     *
     * @param lines the page's line fragments
     * @return the gutter, or {@code null} when the page does not read as two columns
     */
    public static Gutter detect(List<LayoutLine> lines) {
        if (lines.size() < 2 * MIN_SIDE_LINES) {
            return null;
        }
        float minX = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        for (LayoutLine line : lines) {
            minX = Math.min(minX, line.x0());
            maxX = Math.max(maxX, line.x1());
        }
        float extent = maxX - minX;
        if (!(extent > 150f) || extent > 20_000f) {
            return null;
        }
        int origin = (int) Math.floor(minX);
        int bins = (int) Math.ceil(maxX) - origin + 2;
        int[] coverage = new int[bins + 1];
        for (LayoutLine line : lines) {
            int a = clamp((int) Math.floor(line.x0()) - origin, bins);
            int b = clamp((int) Math.ceil(line.x1()) - origin, bins);
            coverage[a]++;
            coverage[b]--;
        }
        for (int i = 1; i <= bins; i++) {
            coverage[i] += coverage[i - 1];
        }
        int lo = (int) (0.3f * extent);
        int hi = (int) (0.7f * extent);
        int min = Integer.MAX_VALUE;
        for (int i = lo; i <= hi; i++) {
            min = Math.min(min, coverage[i]);
        }
        int bestStart = -1;
        int bestEnd = -1;
        for (int i = lo; i <= hi; i++) {
            if (coverage[i] != min) {
                continue;
            }
            int s = i;
            int e = i;
            while (s > 0 && coverage[s - 1] <= min) {
                s--;
            }
            while (e + 1 < bins && coverage[e + 1] <= min) {
                e++;
            }
            if (e - s > bestEnd - bestStart) {
                bestStart = s;
                bestEnd = e;
            }
            i = e;
        }
        if (bestStart < 0 || bestEnd + 1 - bestStart < MIN_GUTTER_WIDTH) {
            return null;
        }
        Gutter gutter = new Gutter(origin + bestStart, origin + bestEnd + 1);
        Sides sides = Sides.of(lines, gutter);
        int smaller = Math.min(sides.leftChars, sides.rightChars);
        // both sides must hold running text, not only the short labels of a figure or table
        boolean twoColumns = sides.leftTextLines >= MIN_SIDE_LINES && sides.rightTextLines >= MIN_SIDE_LINES
                && smaller >= MIN_SIDE_CHARACTERS
                && sides.crossingChars <= MAX_CROSSING_SHARE * smaller;
        return twoColumns ? gutter : null;
    }

    /**
     * Settles the gutters of a whole document: when a good share of its pages are two-column, pages
     * without a gutter of their own get the document's usual gutter if their text leaves that band
     * free and stands on both sides of it.
     *
     * @param pages    the line fragments of every page
     * @param detected each page's own gutter or {@code null}, as from {@link #detect}
     * @return the gutter of every page, {@code null} for one-column pages
     */
    public static List<Gutter> reconcile(List<List<LayoutLine>> pages, List<Gutter> detected) {
        List<Gutter> result = new ArrayList<>(detected);
        Gutter usual = usual(pages, detected);
        if (usual == null) {
            return result;
        }
        for (int i = 0; i < pages.size(); i++) {
            if (result.get(i) != null || pages.get(i).size() < 4) {
                continue;
            }
            Sides sides = Sides.of(pages.get(i), usual);
            int smaller = Math.min(sides.leftChars, sides.rightChars);
            if (sides.leftLines >= 2 && sides.rightLines >= 2 && smaller >= 60
                    && sides.crossingChars <= 0.8 * smaller) {
                result.set(i, usual);
            }
        }
        return result;
    }

    /**
     * The document's usual gutter: the median of the pages' own gutters, when enough pages of a
     * two-column paper have one. A page's own gutter is narrower where a wide table or figure
     * reaches into the band; the usual one shows where the columns really end and start.
     *
     * @param pages    the line fragments of every page
     * @param detected each page's own gutter or {@code null}, as from {@link #detect}
     * @return the usual gutter, or {@code null} when the document is not a two-column paper
     */
    public static Gutter usual(List<List<LayoutLine>> pages, List<Gutter> detected) {
        int withText = 0;
        List<Gutter> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).size() >= 2 * MIN_SIDE_LINES) {
                withText++;
            }
            if (detected.get(i) != null) {
                found.add(detected.get(i));
            }
        }
        if (found.size() < 2 || found.size() < 0.3 * withText) {
            return null;
        }
        float[] lefts = new float[found.size()];
        float[] rights = new float[found.size()];
        for (int i = 0; i < found.size(); i++) {
            lefts[i] = found.get(i).left();
            rights[i] = found.get(i).right();
        }
        Arrays.sort(lefts);
        Arrays.sort(rights);
        Gutter usual = new Gutter(lefts[lefts.length / 2], rights[rights.length / 2]);
        return usual.width() < MIN_GUTTER_WIDTH ? null : usual;
    }

    private static int clamp(int v, int bins) {
        return Math.max(0, Math.min(bins, v));
    }

    /**
     * How a page's text falls on either side of a gutter. Lines crossing the gutter only count
     * when they stand between the first and last rows that have text on both sides: a full-width
     * title, abstract or footer above or below the columns says nothing against them.
     */
    private record Sides(int leftLines, int rightLines, int leftTextLines, int rightTextLines, int leftChars,
                         int rightChars, int crossingChars) {

        static Sides of(List<LayoutLine> lines, Gutter gutter) {
            int leftLines = 0;
            int rightLines = 0;
            int leftTextLines = 0;
            int rightTextLines = 0;
            int leftChars = 0;
            int rightChars = 0;
            float leftTop = Float.POSITIVE_INFINITY;
            float rightTop = Float.POSITIVE_INFINITY;
            float leftBottom = Float.NEGATIVE_INFINITY;
            float rightBottom = Float.NEGATIVE_INFINITY;
            for (LayoutLine line : lines) {
                int chars = line.characters();
                if (line.x1() <= gutter.left() + 1f) {
                    leftLines++;
                    leftTextLines += chars >= TEXT_LINE_CHARACTERS ? 1 : 0;
                    leftChars += chars;
                    leftTop = Math.min(leftTop, line.baseline());
                    leftBottom = Math.max(leftBottom, line.baseline());
                } else if (line.x0() >= gutter.right() - 1f) {
                    rightLines++;
                    rightTextLines += chars >= TEXT_LINE_CHARACTERS ? 1 : 0;
                    rightChars += chars;
                    rightTop = Math.min(rightTop, line.baseline());
                    rightBottom = Math.max(rightBottom, line.baseline());
                }
            }
            float top = Math.max(leftTop, rightTop);
            float bottom = Math.min(leftBottom, rightBottom);
            int crossing = 0;
            for (LayoutLine line : lines) {
                if (line.x0() < gutter.left() && line.x1() > gutter.right()
                        && line.baseline() >= top && line.baseline() <= bottom) {
                    crossing += line.characters();
                }
            }
            return new Sides(leftLines, rightLines, leftTextLines, rightTextLines, leftChars, rightChars, crossing);
        }
    }
}
