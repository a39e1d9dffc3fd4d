package io.papyri.local.pdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds and removes the furniture around a paper's text: running headers and footers, page numbers
 * and arXiv stamps set upright.
 *
 * <ul>
 *   <li>A running header (footer) is a line in the top (bottom) rows of a page whose letters, digits
 *       ignored, recur at about the same height on several pages ({@code 66 IEEE SIGNAL PROCESSING
 *       LETTERS, VOL. 21} and {@code IEEE SIGNAL PROCESSING LETTERS, VOL. 21 ... 65} are the same).</li>
 *   <li>A page number is a line of only a number (arabic or roman, or {@code Page 3 of 9}) in those
 *       rows, whose difference to the PDF page number is shared, at the same height, with another
 *       page.</li>
 *   <li>A head or foot that occurs once is furniture when it stands in the outermost row, set apart
 *       from the text, in the size and at the height of furniture beside it (a conference footer
 *       either side of the first page's number, an author head next to a page number) or, when it
 *       is a line of some length, of a running head in the same font on another page.</li>
 *   <li>On the first page, the outermost row above (below) everything the other pages hold, set
 *       apart, not bold and no larger than the body text, is a one-off header (footer): a conference
 *       name over the title, a preprint number, a conference notice.</li>
 * </ul>
 * Only the two outermost rows at each edge are examined, and the second only when the first was
 * furniture, so that body text is never touched.
 */
public final class PageFurniture {

    /** Edge rows must lie within this share of the page height from the top or bottom. */
    private static final float EDGE_ZONE = 0.14f;
    /** Occurrences of one header must lie this close in height. */
    private static final float SAME_HEIGHT = 4f;
    /** A row of furniture is set apart from the text by a gap of at least this many times its font size. */
    private static final float SET_APART = 1.5f;
    /** A running head found only by its place on other pages must be this long. */
    private static final int MIN_HEAD_CHARACTERS = 12;
    /** One-off margin lines are short: a name, a date, a notice. */
    private static final int MAX_MARGIN_CHARACTERS = 100;
    private static final Pattern ARXIV_STAMP = Pattern.compile(
            "(?i)^arxiv:\\s?(\\d{4}\\.\\d{4,5}|[a-z.-]+/\\d{7})v\\d+\\s*\\[[^]]{2,20}].*");
    private static final Pattern PAGE_WORDS = Pattern.compile("(?i)^(page|p\\.)\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$"
            + "|^\\d{1,4}\\s*(of|/)\\s*\\d{1,4}$|^[-\u2013\u2014]\\s*\\d{1,4}\\s*[-\u2013\u2014]$");
    private static final Pattern ROMAN = Pattern.compile("(?i)^(x{0,3})(ix|iv|v?i{0,3})$");

    /** One page's fragments and frame, as handed to {@link #remove}. */
    public interface Page {
        /** @return the 1-based page number */
        int number();

        /** @return the page height */
        float height();

        /** @return the page's fragments; furniture is removed from this list */
        List<LayoutLine> fragments();
    }

    private PageFurniture() {
    }

    /**
     * Removes furniture from every page and counts it.
     *
     * @param pages   the pages of one document
     * @param dropped receives counts by kind: {@code running-header}, {@code running-footer},
     *                {@code page-number}, {@code margin-stamp}, {@code page-header} and
     *                {@code page-footer} (one-off lines in the first page's margin)
     */
    public static void remove(List<? extends Page> pages, Map<String, Integer> dropped) {
        removeUprightStamps(pages, dropped);
        List<Edge> edges = new ArrayList<>();
        for (Page page : pages) {
            List<List<LayoutLine>> rows = ReadingOrder.rows(page.fragments());
            float height = page.height();
            int topRows = 0;
            for (int k = 0; k < Math.min(2, rows.size()) && rows.get(k).get(0).baseline() <= EDGE_ZONE * height; k++) {
                float gap = k + 1 < rows.size() ? top(rows.get(k + 1)) - bottom(rows.get(k)) : Float.POSITIVE_INFINITY;
                edges.add(new Edge(page, rows.get(k), k == 0 ? null : rows.get(0), true, gap));
                topRows++;
            }
            for (int k = 0; k < Math.min(2, rows.size() - topRows); k++) {
                int r = rows.size() - 1 - k;
                List<LayoutLine> row = rows.get(r);
                if (row.get(0).top() < (1 - EDGE_ZONE) * height) {
                    break;
                }
                float gap = r > 0 ? top(row) - bottom(rows.get(r - 1)) : Float.POSITIVE_INFINITY;
                edges.add(new Edge(page, row, k == 0 ? null : rows.get(rows.size() - 1), false, gap));
            }
        }
        Set<LayoutLine> repeated = repeatedLines(edges, pages.size());
        Set<LayoutLine> numbers = pageNumbers(edges, repeated, pages.size());
        // a second row only counts when the row outside it is furniture too
        Set<LayoutLine> furniture = new HashSet<>();
        for (Edge edge : edges) {
            if (edge.outer != null && !isFurniture(edge.outer, repeated, numbers)) {
                continue;
            }
            for (LayoutLine line : edge.row) {
                if (repeated.contains(line) || numbers.contains(line)) {
                    furniture.add(line);
                }
            }
        }
        Set<LayoutLine> lone = loneRunningLines(edges, furniture);
        for (Page page : pages) {
            page.fragments().removeIf(line -> {
                if (!furniture.contains(line) && !lone.contains(line)) {
                    return false;
                }
                String kind = numbers.contains(line) ? "page-number"
                        : line.baseline() < page.height() / 2 ? "running-header" : "running-footer";
                dropped.merge(kind, 1, Integer::sum);
                return true;
            });
        }
        removeFirstPageMargins(pages, dropped);
    }

    /**
     * Running heads and feet that occur only once: lines of an outermost row, set apart from the
     * text, in the size and at the height of furniture found beside them in the same row (a
     * conference footer either side of the first page's number, an author head beside a page number)
     * or, for heads of some length in the same font, on other pages at the same edge (the one running
     * head of a four-page paper whose other pages carry the journal's).
     */
    private static Set<LayoutLine> loneRunningLines(List<Edge> edges, Set<LayoutLine> furniture) {
        List<Slot> slots = new ArrayList<>();
        for (Edge edge : edges) {
            for (LayoutLine line : edge.row) {
                if (furniture.contains(line)) {
                    slots.add(new Slot(edge.page.number(), edge.top, line.top(), line.size(), line.font(),
                            line.characters()));
                }
            }
        }
        Set<LayoutLine> lone = new HashSet<>();
        if (slots.isEmpty()) {
            return lone;
        }
        for (Edge edge : edges) {
            if (edge.outer != null) {
                continue;
            }
            float size = 0;
            for (LayoutLine line : edge.row) {
                size = Math.max(size, line.size());
            }
            if (edge.gap < SET_APART * size) {
                continue;
            }
            for (LayoutLine line : edge.row) {
                if (furniture.contains(line)) {
                    continue;
                }
                for (Slot slot : slots) {
                    boolean sameRow = slot.page == edge.page.number() && slot.top == edge.top;
                    // on another page only a head of some length in the same font: not a figure label that recurs
                    boolean otherPage = slot.page != edge.page.number() && slot.top == edge.top
                            && slot.characters >= MIN_HEAD_CHARACTERS && line.characters() >= MIN_HEAD_CHARACTERS
                            && slot.font.equals(line.font());
                    if ((sameRow || otherPage) && Math.abs(slot.y - line.top()) <= (sameRow ? 1.5f : SAME_HEIGHT)
                            && Math.abs(slot.size - line.size()) <= 0.5f) {
                        lone.add(line);
                        break;
                    }
                }
            }
        }
        return lone;
    }

    /**
     * One-off lines in the margin of the first page: the outermost row above (below) all text of the
     * other pages, set apart from the text below (above) it, not bold, in a size no larger than the
     * body's and smaller than the page's largest (so never a title): a conference or journal name over the
     * title, a preprint number, a conference notice under the text. Counted as {@code page-header}
     * and {@code page-footer}.
     */
    private static void removeFirstPageMargins(List<? extends Page> pages, Map<String, Integer> dropped) {
        if (pages.size() < 3 || pages.get(0).fragments().isEmpty()) {
            return;
        }
        float othersTop = Float.POSITIVE_INFINITY;
        float othersBottom = Float.NEGATIVE_INFINITY;
        Map<Float, Integer> sizes = new HashMap<>();
        for (Page page : pages) {
            for (LayoutLine line : page.fragments()) {
                sizes.merge(Math.round(line.size() * 2f) / 2f, line.characters(), Integer::sum);
                if (page != pages.get(0)) {
                    othersTop = Math.min(othersTop, line.top());
                    othersBottom = Math.max(othersBottom, line.bottom());
                }
            }
        }
        if (othersTop > othersBottom) {
            return;
        }
        float body = 0;
        int most = -1;
        for (Map.Entry<Float, Integer> e : sizes.entrySet()) {
            if (e.getValue() > most) {
                body = e.getKey();
                most = e.getValue();
            }
        }
        Page first = pages.get(0);
        List<List<LayoutLine>> rows = ReadingOrder.rows(first.fragments());
        if (rows.size() < 3) {
            return;
        }
        float largest = 0;
        for (LayoutLine line : first.fragments()) {
            largest = Math.max(largest, line.size());
        }
        List<LayoutLine> head = rows.get(0);
        List<LayoutLine> foot = rows.get(rows.size() - 1);
        boolean headApart = top(rows.get(1)) - bottom(head) >= SET_APART * maxSize(head);
        boolean footApart = top(foot) - bottom(rows.get(rows.size() - 2)) >= SET_APART * maxSize(foot);
        for (LayoutLine line : head) {
            headApart &= line.bottom() < othersTop - line.size() && isMarginSize(line, body, largest);
        }
        for (LayoutLine line : foot) {
            footApart &= line.top() > othersBottom + line.size() && isMarginSize(line, body, largest);
        }
        if (headApart) {
            first.fragments().removeAll(head);
            dropped.merge("page-header", head.size(), Integer::sum);
        }
        if (footApart) {
            first.fragments().removeAll(foot);
            dropped.merge("page-footer", foot.size(), Integer::sum);
        }
    }

    private static boolean isMarginSize(LayoutLine line, float body, float largest) {
        return line.size() < largest && line.size() <= body + 1.5f && !line.bold()
                && line.characters() <= MAX_MARGIN_CHARACTERS;
    }

    private static float top(List<LayoutLine> row) {
        float top = Float.POSITIVE_INFINITY;
        for (LayoutLine line : row) {
            top = Math.min(top, line.top());
        }
        return top;
    }

    private static float bottom(List<LayoutLine> row) {
        float bottom = Float.NEGATIVE_INFINITY;
        for (LayoutLine line : row) {
            bottom = Math.max(bottom, line.bottom());
        }
        return bottom;
    }

    private static float maxSize(List<LayoutLine> row) {
        float size = 0;
        for (LayoutLine line : row) {
            size = Math.max(size, line.size());
        }
        return size;
    }

    private static boolean isFurniture(List<LayoutLine> row, Set<LayoutLine> repeated, Set<LayoutLine> numbers) {
        for (LayoutLine line : row) {
            if (!repeated.contains(line) && !numbers.contains(line)) {
                return false;
            }
        }
        return true;
    }

    private static void removeUprightStamps(List<? extends Page> pages, Map<String, Integer> dropped) {
        for (Page page : pages) {
            page.fragments().removeIf(line -> {
                if (line.words().get(0).text().regionMatches(true, 0, "arxiv:", 0, 6)
                        && ARXIV_STAMP.matcher(line.text()).matches()) {
                    dropped.merge("margin-stamp", 1, Integer::sum);
                    return true;
                }
                return false;
            });
        }
    }

    /** Lines whose letters recur at the same edge and height on enough pages. */
    private static Set<LayoutLine> repeatedLines(List<Edge> edges, int pageCount) {
        Map<String, List<Occurrence>> byKey = new HashMap<>();
        for (Edge edge : edges) {
            for (LayoutLine line : edge.row) {
                String key = letters(line.text());
                if (key.length() >= 3) {
                    byKey.computeIfAbsent((edge.top ? "t:" : "b:") + key, k -> new ArrayList<>())
                            .add(new Occurrence(edge, line));
                }
            }
        }
        int needed = pageCount <= 8 ? 2 : 3;
        Set<LayoutLine> repeated = new HashSet<>();
        for (List<Occurrence> occurrences : byKey.values()) {
            if (occurrences.size() < needed) {
                continue;
            }
            float[] tops = new float[occurrences.size()];
            for (int i = 0; i < tops.length; i++) {
                tops[i] = occurrences.get(i).line.top();
            }
            float[] sorted = tops.clone();
            Arrays.sort(sorted);
            float median = sorted[sorted.length / 2];
            Set<Integer> pages = new HashSet<>();
            for (Occurrence o : occurrences) {
                if (Math.abs(o.line.top() - median) <= SAME_HEIGHT) {
                    pages.add(o.edge.page.number());
                }
            }
            if (pages.size() >= needed) {
                for (Occurrence o : occurrences) {
                    if (Math.abs(o.line.top() - median) <= SAME_HEIGHT) {
                        repeated.add(o.line);
                    }
                }
            }
        }
        return repeated;
    }

    /**
     * Lone page numbers whose offset from the PDF page number recurs. They are looked for in the
     * outermost row, and in the row inside it only when that one is a running head or foot.
     */
    private static Set<LayoutLine> pageNumbers(List<Edge> edges, Set<LayoutLine> repeated, int pageCount) {
        List<NumberCandidate> candidates = new ArrayList<>();
        Set<LayoutLine> numbers = new HashSet<>();
        for (Edge edge : edges) {
            if (edge.outer != null && !repeated.containsAll(edge.outer)) {
                continue;
            }
            for (LayoutLine line : edge.row) {
                String text = line.text().trim();
                if (PAGE_WORDS.matcher(text).matches()) {
                    numbers.add(line);
                    continue;
                }
                Integer value = numberValue(text);
                if (value != null) {
                    candidates.add(new NumberCandidate(line, edge.page.number(), value - edge.page.number(), edge.top,
                            edge.outer == null));
                }
            }
        }
        // a numbering is one offset from the PDF page number, at one height, on two pages or more:
        // a row of equal table cells or a stray axis label is not
        Map<String, List<NumberCandidate>> numberings = new HashMap<>();
        for (NumberCandidate c : candidates) {
            numberings.computeIfAbsent(c.offset + (c.top ? "t" : "b"), k -> new ArrayList<>()).add(c);
        }
        Set<Integer> offsets = new HashSet<>();
        for (List<NumberCandidate> numbering : numberings.values()) {
            float[] heights = new float[numbering.size()];
            for (int i = 0; i < heights.length; i++) {
                heights[i] = numbering.get(i).line.baseline();
            }
            Arrays.sort(heights);
            float median = heights[heights.length / 2];
            List<NumberCandidate> aligned = numbering.stream()
                    .filter(c -> Math.abs(c.line.baseline() - median) <= 2 * SAME_HEIGHT).toList();
            long distinctPages = aligned.stream().mapToInt(NumberCandidate::page).distinct().count();
            if (distinctPages >= 2 || pageCount <= 2) {
                aligned.forEach(c -> numbers.add(c.line));
                offsets.add(numbering.get(0).offset);
            }
        }
        // a first page often sets its number elsewhere (bottom centre under a top-numbered layout)
        for (NumberCandidate c : candidates) {
            if (c.outermost && offsets.contains(c.offset)) {
                numbers.add(c.line);
            }
        }
        return numbers;
    }

    /** The value of a line that is only a page number, or {@code null}. */
    static Integer numberValue(String text) {
        if (text.isEmpty() || text.length() > 7) {
            return null;
        }
        boolean digits = true;
        for (int i = 0; i < text.length(); i++) {
            digits &= text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (digits) {
            return text.length() <= 4 ? Integer.parseInt(text) : null;
        }
        if (ROMAN.matcher(text).matches()) {
            return romanValue(text.toLowerCase(Locale.ROOT));
        }
        return null;
    }

    private static int romanValue(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int v = switch (roman.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                default -> 10;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    /** The letters of a text, lower-cased: what stays the same in a running head from page to page. */
    static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * One of the two outermost rows at the top or bottom of a page.
     *
     * @param outer the row outside this one, {@code null} for the outermost row
     * @param gap   the white space between this row and the next row towards the page's middle
     */
    private record Edge(Page page, List<LayoutLine> row, List<LayoutLine> outer, boolean top, float gap) {
    }

    /** Where a piece of furniture stands and how it is set. */
    private record Slot(int page, boolean top, float y, float size, String font, int characters) {
    }

    private record Occurrence(Edge edge, LayoutLine line) {
    }

    private record NumberCandidate(LayoutLine line, int page, int offset, boolean top, boolean outermost) {
    }
}
