package io.papyri.core.clean;

import io.papyri.api.BoundingBox;
import io.papyri.api.ExtractedDocument;
import io.papyri.api.PageLayout;
import io.papyri.api.PaperId;
import io.papyri.api.TextLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds extracted layouts by hand for cleaner tests: pages of lines with positions, sizes and
 * styles, the way an extractor would report them (top-left origin, y down).
 */
final class LayoutBuilder {

    static final double WIDTH = 612;
    static final double HEIGHT = 792;

    private final List<PageLayout> pages = new ArrayList<>();
    private final Map<String, Integer> dropped = new HashMap<>();
    private List<TextLine> lines;
    private int columns;
    private String font = "NimbusRomNo9L-Regu";
    private double size = 10;
    private boolean bold;
    private boolean italic;
    private int column;

    /** Starts a new page with the given number of body columns. */
    LayoutBuilder page(int columns) {
        closePage();
        this.columns = columns;
        this.lines = new ArrayList<>();
        this.column = 0;
        return this;
    }

    /** Sets the style for the lines that follow. */
    LayoutBuilder style(double size, boolean bold) {
        this.size = size;
        this.bold = bold;
        this.italic = false;
        this.font = bold ? "NimbusRomNo9L-Medi" : "NimbusRomNo9L-Regu";
        return this;
    }

    LayoutBuilder italic() {
        this.italic = true;
        this.font = "NimbusRomNo9L-ReguItal";
        return this;
    }

    LayoutBuilder font(String font) {
        this.font = font;
        return this;
    }

    LayoutBuilder column(int column) {
        this.column = column;
        return this;
    }

    /** Adds a line from x to right at top y. */
    LayoutBuilder line(String text, double x, double right, double y) {
        lines.add(new TextLine(text, new BoundingBox(x, y, right - x, size), font, size, bold, italic, column));
        return this;
    }

    LayoutBuilder dropped(String kind, int count) {
        dropped.put(kind, count);
        return this;
    }

    ExtractedDocument build() {
        closePage();
        return new ExtractedDocument(new PaperId("test", "layout"), "hand", pages, dropped);
    }

    private void closePage() {
        if (lines != null) {
            pages.add(new PageLayout(pages.size() + 1, WIDTH, HEIGHT, columns, lines));
            lines = null;
        }
    }
}
