package io.papyri.core.clean.internal;

import io.papyri.api.TextLine;

/**
 * One extracted line with where it stands in the document, and what the cleaner decided it is.
 * The role and heading fields are filled in by the detectors, one after another.
 */
final class Line {

    final TextLine source;
    final String text;
    final int page;
    final double pageWidth;
    final double pageHeight;
    /** Position in reading order across the whole document. */
    final int order;

    Role role = Role.BODY;
    /** The whole heading text when this line starts a heading (continuation lines merged in). */
    String heading;
    /** The largest font size among a heading's lines ("CHAPTER 2" is set smaller than its title). */
    double headingSize;
    /** The heading's level, 1 for top-level. */
    int level;
    /** The parsed numbering of a heading, or null when unnumbered. */
    HeadingNumber number;

    Line(TextLine source, int page, double pageWidth, double pageHeight, int order) {
        this.source = source;
        this.text = TextRepair.repair(source.text()).strip();
        this.page = page;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.order = order;
    }

    double x() {
        return source.box().x();
    }

    double y() {
        return source.box().y();
    }

    double right() {
        return source.box().right();
    }

    double bottom() {
        return source.box().bottom();
    }

    double width() {
        return source.box().width();
    }

    double size() {
        return source.fontSize();
    }

    boolean bold() {
        return source.bold();
    }

    boolean italic() {
        return source.italic();
    }

    int column() {
        return source.column();
    }

    String font() {
        return source.font();
    }

    /**
     * How far this line stands below another: the smaller of the distances between their tops and
     * between their bottoms, so that a superscript raising one line's top, or a subscript lowering
     * its bottom, does not look like extra space.
     *
     * @param above a line before this one
     * @return the distance in points, negative when this line stands higher
     */
    double below(Line above) {
        return Math.min(y() - above.y(), bottom() - above.bottom());
    }

    /** @return whether the other line is on the same page and in the same column */
    boolean samePlace(Line other) {
        return other != null && other.page == page && other.column() == column();
    }

    @Override
    public String toString() {
        return "p" + page + "c" + column() + " " + role + " [" + String.format("%.1f", size())
                + (bold() ? " b" : "") + (italic() ? " i" : "") + " x=" + Math.round(x()) + "-" + Math.round(right())
                + " y=" + Math.round(y()) + " " + font() + "] " + text;
    }
}
