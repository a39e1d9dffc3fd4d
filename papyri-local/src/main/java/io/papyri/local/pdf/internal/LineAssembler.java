package io.papyri.local.pdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's glyphs into line fragments.
 *
 * <ol>
 *   <li>Glyphs whose baselines lie within a fifth of their font size form a row.</li>
 *   <li>A row splits wherever the horizontal gap exceeds {@value #FRAGMENT_GAP} of the font size, so
 *       that lines of neighbouring columns, and table cells, stay apart; {@link ReadingOrder} joins
 *       the pieces of one column again.</li>
 *   <li>Small fragments just above or below a larger one's baseline (superscripts, subscripts,
 *       footnote markers) join that fragment, so they stay in their line; pieces of a row that a
 *       superscript had pushed apart join again.</li>
 *   <li>A drop cap moves to the start of the line it opens.</li>
 *   <li>{@link WordBuilder} turns each fragment into words.</li>
 * </ol>
 * Sorting dominates: the work is O(n log n) in the glyphs of a page.
 */
public final class LineAssembler {

    /** Horizontal gaps wider than this fraction of the font size end a fragment. */
    static final float FRAGMENT_GAP = 1.0f;
    /** Fragments with more glyphs than this are never taken for scripts of another line. */
    private static final int MAX_SCRIPT_GLYPHS = 16;

    /**
     * The fragments of a page.
     *
     * @param lines          fragments with their words, in no particular order
     * @param droppedMarkers how many footnote or affiliation markers were left out of words
     */
    public record Result(List<LayoutLine> lines, int droppedMarkers) {
    }

    private LineAssembler() {
    }

    /**
     * Assembles the fragments of one page.
     *
     * @param glyphs the page's upright glyphs in any order
     * @return the fragments
     */
    public static Result assemble(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return new Result(List.of(), 0);
        }
        Glyph[] sorted = glyphs.toArray(new Glyph[0]);
        Arrays.sort(sorted, Comparator.comparingDouble(Glyph::baseline));
        List<Fragment> fragments = new ArrayList<>();
        int start = 0;
        int row = 0;
        while (start < sorted.length) {
            Glyph anchor = sorted[start];
            int end = start + 1;
            while (end < sorted.length && sorted[end].baseline() - anchor.baseline()
                    <= Math.max(0.5f, 0.2f * Math.min(anchor.size(), sorted[end].size()))) {
                end++;
            }
            split(sorted, start, end, row++, fragments);
            start = end;
        }
        raiseDropCaps(fragments, glyphs);
        attachScripts(fragments);
        closeGapsFilledByScripts(fragments);
        List<LayoutLine> lines = new ArrayList<>(fragments.size());
        int markers = 0;
        for (Fragment f : fragments) {
            if (f.owner != null) {
                continue;
            }
            f.glyphs.sort(Comparator.comparingDouble(Glyph::x));
            WordBuilder.Result built = WordBuilder.build(f.glyphs);
            if (built != null) {
                lines.add(new LayoutLine(built.words(), built.baseline(), built.top(), built.bottom()));
                markers += built.droppedMarkers();
            }
        }
        return new Result(lines, markers);
    }

    /** Splits one row, sorted[start..end), into fragments at wide gaps. */
    private static void split(Glyph[] sorted, int start, int end, int row, List<Fragment> out) {
        Arrays.sort(sorted, start, end, Comparator.comparingDouble(Glyph::x));
        Fragment current = null;
        for (int i = start; i < end; i++) {
            Glyph g = sorted[i];
            if (current != null && !g.isSpace()
                    && g.x() - current.x1 > FRAGMENT_GAP * Math.max(g.size(), current.lastSize)) {
                current = null;
            }
            if (current == null) {
                if (g.isSpace()) {
                    continue; // spaces never start a fragment
                }
                current = new Fragment();
                current.row = row;
                out.add(current);
            }
            current.add(g);
        }
    }

    /**
     * Moves a drop cap (the large initial letter that opens a paragraph over two or three lines, as
     * in IEEE journals) to the start of the first line it belongs to, so that {@code T} + {@code HE
     * problem} reads {@code THE problem}.
     */
    private static void raiseDropCaps(List<Fragment> fragments, List<Glyph> glyphs) {
        float common = commonSize(glyphs);
        for (Fragment f : fragments) {
            Glyph cap = f.glyphs.get(0);
            if (cap.size() < 1.8f * common || cap.text().length() != 1 || !Character.isUpperCase(cap.text().charAt(0))) {
                continue;
            }
            Fragment target = null;
            for (Fragment t : fragments) {
                if (t == f || t.glyphs.isEmpty()) {
                    continue;
                }
                Glyph first = t.glyphs.get(0);
                if (cap.size() >= 1.8f * first.size()
                        && t.baseline >= cap.baseline() - 1.1f * cap.size() && t.baseline <= cap.baseline() - 0.5f * first.size()
                        && t.x0 >= cap.right() - 1f && t.x0 <= cap.right() + 1.5f * first.size()
                        && (target == null || t.baseline < target.baseline)) {
                    target = t;
                }
            }
            if (target != null) {
                Glyph first = target.glyphs.get(0);
                f.remove(cap);
                target.glyphs.add(0, new Glyph(cap.text(), target.x0 - 0.01f, target.baseline, 0f, first.size(),
                        first.face(), cap.dir()));
                target.x0 -= 0.01f;
            }
        }
        fragments.removeIf(f -> f.glyphs.isEmpty());
    }

    /** The most common font size of a page, to the quarter point. */
    private static float commonSize(List<Glyph> glyphs) {
        int[] quarters = new int[glyphs.size()];
        int n = 0;
        for (Glyph g : glyphs) {
            if (!g.isSpace()) {
                quarters[n++] = Math.round(g.size() * 4f);
            }
        }
        Arrays.sort(quarters, 0, n);
        int best = 40;
        int bestCount = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && quarters[j] == quarters[i]) {
                j++;
            }
            if (j - i > bestCount) {
                best = quarters[i];
                bestCount = j - i;
            }
            i = j;
        }
        return best / 4f;
    }

    /** Moves superscripts, subscripts and markers into the fragment they belong to. */
    private static void attachScripts(List<Fragment> fragments) {
        fragments.sort(Comparator.comparingDouble(f -> f.baseline));
        int n = fragments.size();
        float[] baselines = new float[n];
        for (int i = 0; i < n; i++) {
            baselines[i] = fragments.get(i).baseline;
        }
        for (int i = 0; i < n; i++) {
            Fragment f = fragments.get(i);
            if (f.glyphs.size() > MAX_SCRIPT_GLYPHS) {
                continue;
            }
            float reach = 3f * f.size;
            int from = lowerBound(baselines, f.baseline - reach);
            Fragment host = null;
            float best = Float.MAX_VALUE;
            for (int k = from; k < n && baselines[k] <= f.baseline + reach; k++) {
                Fragment h = fragments.get(k);
                if (h == f || h.size < f.size) {
                    continue;
                }
                float shift = f.baseline - h.baseline;
                // raised up to three quarters of the host size (superscripts, numerators), lowered up
                // to a half (subscripts), or more for clearly smaller text (denominators)
                float lowest = f.size <= 0.75f * h.size ? 0.7f * h.size : 0.45f * h.size;
                if (shift == 0 || shift < -0.75f * h.size || shift > lowest) {
                    continue;
                }
                boolean smaller = h.size >= f.size / 0.88f;
                // a marker opening a footnote may be set as large as the footnote, but it is raised
                boolean leadingMarker = shift <= -0.25f * h.size && f.glyphs.size() <= 3;
                boolean after = smaller && f.x0 >= h.x0 - 0.5f * h.size && f.x0 <= h.x1 + 0.3f * h.size;
                boolean before = (smaller || leadingMarker)
                        && f.x1 >= h.x0 - 0.3f * h.size && f.x1 <= h.x0 + 0.5f * h.size;
                if ((after || before) && Math.abs(shift) < best) {
                    best = Math.abs(shift);
                    host = h;
                }
            }
            if (host != null) {
                Fragment root = host.root();
                if (root != f) {
                    root.glyphs.addAll(f.glyphs);
                    root.x0 = Math.min(root.x0, f.x0);
                    root.x1 = Math.max(root.x1, f.x1);
                    root.scripts = true;
                    f.owner = root;
                }
            }
        }
    }

    /**
     * Joins pieces of a row again when the gap that split them was a superscript's room
     * ({@code ecological¹⁻⁵,}): the row split before the superscript came back.
     */
    private static void closeGapsFilledByScripts(List<Fragment> fragments) {
        List<Fragment> roots = new ArrayList<>(fragments.size());
        for (Fragment f : fragments) {
            if (f.owner == null) {
                roots.add(f);
            }
        }
        roots.sort(Comparator.<Fragment>comparingInt(f -> f.row).thenComparingDouble(f -> f.x0));
        Fragment previous = null;
        for (Fragment f : roots) {
            // what is left of the gap must be no wider than a word space, or it may be a gutter
            if (previous != null && previous.row == f.row && previous.scripts
                    && f.x0 - previous.x1 <= 0.35f * Math.max(f.size, previous.size)) {
                previous.glyphs.addAll(f.glyphs);
                previous.x1 = Math.max(previous.x1, f.x1);
                f.owner = previous;
                continue;
            }
            previous = f;
        }
    }

    private static int lowerBound(float[] values, float key) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A run of glyphs on one row without a wide gap. */
    private static final class Fragment {
        final List<Glyph> glyphs = new ArrayList<>();
        float x0 = Float.POSITIVE_INFINITY;
        float x1 = Float.NEGATIVE_INFINITY;
        float baseline;
        float size;
        float lastSize;
        private int counted;
        int row;
        boolean scripts;
        Fragment owner;

        void add(Glyph g) {
            glyphs.add(g);
            if (g.isSpace()) {
                return;
            }
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.right());
            lastSize = g.size();
            // the largest glyphs stand for the fragment's size and baseline
            if (counted == 0 || g.size() > size + 0.01f) {
                size = g.size();
                baseline = g.baseline();
            }
            counted++;
        }

        void remove(Glyph g) {
            glyphs.remove(g);
            x0 = Float.POSITIVE_INFINITY;
            x1 = Float.NEGATIVE_INFINITY;
            counted = 0;
            List<Glyph> rest = new ArrayList<>(glyphs);
            glyphs.clear();
            rest.forEach(this::add);
        }

        Fragment root() {
            Fragment f = this;
            while (f.owner != null) {
                f = f.owner;
            }
            return f;
        }
    }
}
