package io.papyri.core.clean.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The document's own typographic statistics, which every detector measures against: the body font
 * size (the most common size by character count) and font, the usual distance between body lines,
 * where each column's body text starts and ends on each page, how far paragraphs are indented, and
 * where the text block of a full page begins and ends.
 */
final class Typography {

    /** Column frames measured from fewer lines than this fall back to the document-wide frame. */
    private static final int MIN_LINES_FOR_PAGE_FRAME = 4;
    private static final int MIN_PAGES_FOR_BLOCK = 3;
    private static final double EDGE_TOLERANCE = 4;
    private static final int MIN_INDENTED_PERCENT = 12;

    /** The font size most text is set in, in points. */
    final double bodySize;
    /** The font most body text is set in. */
    final String bodyFont;
    /** Top-to-top distance of consecutive body lines. */
    final double pitch;
    /** How far the first line of a paragraph is indented, NaN when paragraphs are not indented. */
    final double paragraphIndent;
    /** Where the text block of a full page ends, NaN when pages do not agree. */
    final double textBottom;
    /** Where the text block of a page after the first starts, NaN when pages do not agree. */
    final double textTop;
    private final Map<Integer, Frame> pageFrames;
    private final Map<Integer, Frame> columnFrames;

    private Typography(double bodySize, String bodyFont, double pitch, Map<Integer, Frame> pageFrames,
                       Map<Integer, Frame> columnFrames, double paragraphIndent, double textTop,
                       double textBottom) {
        this.bodySize = bodySize;
        this.bodyFont = bodyFont;
        this.pitch = pitch;
        this.paragraphIndent = paragraphIndent;
        this.textTop = textTop;
        this.textBottom = textBottom;
        this.pageFrames = pageFrames;
        this.columnFrames = columnFrames;
    }

    /** Left and right edge of body text in one column. */
    record Frame(double left, double right) {
        double width() {
            return right - left;
        }
    }

    static Typography measure(List<Line> lines) {
        Histogram sizes = new Histogram(0.5);
        for (Line line : lines) {
            sizes.add(line.size(), line.text.length());
        }
        double body = sizes.isEmpty() ? 10 : sizes.mode();
        Map<String, Integer> fonts = new HashMap<>();
        for (Line line : lines) {
            fonts.merge(line.font(), line.text.length(), Integer::sum);
        }
        String bodyFont = fonts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");

        Histogram pitches = new Histogram(0.25);
        Line previous = null;
        for (Line line : lines) {
            if (previous != null && previous.samePlace(line) && isBodySize(previous, body) && isBodySize(line, body)) {
                double dy = line.below(previous);
                if (dy > body * 0.8 && dy < body * 2.5) {
                    pitches.add(dy, 1);
                }
            }
            previous = line;
        }
        double pitch = pitches.isEmpty() ? body * 1.2 : pitches.mode();

        Map<Integer, Histogram[]> perPage = new HashMap<>();
        Map<Integer, Histogram[]> perColumn = new HashMap<>();
        for (Line line : lines) {
            if (!isBodySize(line, body) || line.text.length() < 25) {
                continue;
            }
            add(perPage.computeIfAbsent(key(line.page, line.column()), k -> newPair()), line);
            add(perColumn.computeIfAbsent(line.column(), k -> newPair()), line);
        }
        Map<Integer, Frame> pageFrames = new HashMap<>();
        perPage.forEach((k, h) -> {
            if (h[0].count() >= MIN_LINES_FOR_PAGE_FRAME) {
                pageFrames.put(k, new Frame(h[0].mode(), h[1].mode()));
            }
        });
        Map<Integer, Frame> columnFrames = new HashMap<>();
        perColumn.forEach((k, h) -> columnFrames.put(k, new Frame(h[0].mode(), h[1].mode())));
        double[] block = textBlock(lines, body);
        Typography partial = new Typography(body, bodyFont, pitch, pageFrames, columnFrames, Double.NaN,
                block[0], block[1]);
        return new Typography(body, bodyFont, pitch, pageFrames, columnFrames, partial.measureIndent(lines),
                block[0], block[1]);
    }

    /**
     * The usual indent of a paragraph's first line, measured on the lines that follow a paragraph's
     * last line. It counts when enough paragraphs share it. (Lines keep their left edge when their
     * first word goes to complete a word hyphenated on the line above, so such a line never looks
     * indented.)
     */
    private double measureIndent(List<Line> lines) {
        Histogram indents = new Histogram(0.5);
        List<Double> starts = new ArrayList<>();
        Line previous = null;
        for (Line line : lines) {
            if (previous != null && previous.samePlace(line) && isBodySize(line) && isBodySize(previous)
                    && endsParagraph(previous) && Character.isUpperCase(Words.firstAlphanumeric(line.text))) {
                double indent = indent(line);
                starts.add(indent);
                if (indent > 0.5 * bodySize && indent < 6 * bodySize) {
                    indents.add(indent, 1);
                }
            }
            previous = line;
        }
        if (indents.count() < 2) {
            return Double.NaN;
        }
        double mode = indents.mode();
        int atMode = 0;
        for (double indent : starts) {
            if (Math.abs(indent - mode) <= 1) {
                atMode++;
            }
        }
        // theorem statements and text after display equations start flush even where paragraphs are
        // indented, so a minority suffices; documents without indents reach a few percent by chance
        return atMode * 100 >= starts.size() * MIN_INDENTED_PERCENT ? mode : Double.NaN;
    }

    /** A line that ends a sentence well short of the column's edge: the last line of a paragraph. */
    private boolean endsParagraph(Line line) {
        return Words.endsSentence(line.text) && shortfall(line) > 2 * line.size();
    }

    /** @return whether the line is indented like the first line of a paragraph */
    boolean isParagraphIndent(Line line) {
        return !Double.isNaN(paragraphIndent) && Math.abs(indent(line) - paragraphIndent) <= Math.max(1.5, 0.2 * line.size());
    }

    /**
     * The top and bottom of the text block, from the first and last line of running text on each
     * page: full pages agree on them, pages that end early do not matter. Only an edge that at least
     * {@value #MIN_PAGES_FOR_BLOCK} pages share counts.
     */
    private static double[] textBlock(List<Line> lines, double body) {
        Map<Integer, double[]> pages = new HashMap<>();
        int firstPage = lines.isEmpty() ? 1 : lines.get(0).page;
        for (Line line : lines) {
            if (!isBodySize(line, body) || line.text.length() < 20) {
                continue;
            }
            double[] edges = pages.computeIfAbsent(line.page, p -> new double[] {Double.MAX_VALUE, 0});
            edges[0] = Math.min(edges[0], line.y());
            edges[1] = Math.max(edges[1], line.bottom());
        }
        List<Double> tops = new ArrayList<>();
        List<Double> bottoms = new ArrayList<>();
        pages.forEach((page, edges) -> {
            if (page != firstPage) {
                tops.add(edges[0]);
            }
            bottoms.add(edges[1]);
        });
        return new double[] {sharedEdge(tops, true), sharedEdge(bottoms, false)};
    }

    /** The edge most pages come close to (within a few points), or NaN when too few agree. */
    private static double sharedEdge(List<Double> edges, boolean top) {
        if (edges.size() < MIN_PAGES_FOR_BLOCK) {
            return Double.NaN;
        }
        Histogram histogram = new Histogram(2);
        edges.forEach(e -> histogram.add(e, 1));
        double mode = histogram.mode();
        int agreeing = 0;
        double edge = mode;
        for (double e : edges) {
            if (Math.abs(e - mode) <= EDGE_TOLERANCE) {
                agreeing++;
                edge = top ? Math.min(edge, e) : Math.max(edge, e);
            }
        }
        return agreeing >= MIN_PAGES_FOR_BLOCK && agreeing * 4 >= edges.size() ? edge : Double.NaN;
    }

    private static Histogram[] newPair() {
        return new Histogram[] {new Histogram(1), new Histogram(1)};
    }

    private static void add(Histogram[] pair, Line line) {
        pair[0].add(line.x(), 1);
        pair[1].add(line.right(), 1);
    }

    private static int key(int page, int column) {
        return page * 64 + Math.min(column, 63);
    }

    private static boolean isBodySize(Line line, double body) {
        return Math.abs(line.size() - body) <= 0.6;
    }

    /** @return whether the line is set at the body size */
    boolean isBodySize(Line line) {
        return isBodySize(line, bodySize);
    }

    /** @return whether the line is set clearly larger than the body */
    boolean isLarger(Line line) {
        return line.size() >= bodySize + Math.max(0.9, bodySize * 0.08);
    }

    /** @return whether the line is set clearly smaller than the body */
    boolean isSmaller(Line line) {
        return line.size() <= bodySize - Math.max(0.7, bodySize * 0.07);
    }

    /** @return the usual top-to-top distance for lines of this line's size */
    double pitchFor(Line line) {
        return pitch * Math.max(0.5, line.size()) / bodySize;
    }

    /** @return the body-text frame of the line's column on its page */
    Frame frame(Line line) {
        Frame frame = pageFrames.get(key(line.page, line.column()));
        if (frame == null) {
            frame = columnFrames.get(line.column());
        }
        if (frame == null) {
            frame = new Frame(line.pageWidth * 0.1, line.pageWidth * 0.9);
        }
        return frame;
    }

    /** @return how far the line starts right of its column's left edge, in points */
    double indent(Line line) {
        return line.x() - frame(line).left();
    }

    /** @return how far the line stops short of its column's right edge, in points */
    double shortfall(Line line) {
        return frame(line).right() - line.right();
    }
}
