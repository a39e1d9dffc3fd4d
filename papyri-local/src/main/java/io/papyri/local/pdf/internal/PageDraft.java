package io.papyri.local.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One page between line assembly and reading order: its frame and its line fragments, from which
 * furniture is removed in place.
 */
public final class PageDraft implements PageFurniture.Page {

    private final int number;
    private final float width;
    private final float height;
    private final List<LayoutLine> fragments;

    /**
     * @param number    the 1-based page number
     * @param width     the width of the page's reading frame
     * @param height    the height of the page's reading frame
     * @param fragments the line fragments; the draft keeps and changes this list
     */
    public PageDraft(int number, float width, float height, List<LayoutLine> fragments) {
        this.number = number;
        this.width = width;
        this.height = height;
        this.fragments = fragments;
    }

    /**
     * A page without text, such as a blank page or a full-page image.
     *
     * @param number the 1-based page number
     * @param width  the page width
     * @param height the page height
     * @return the draft
     */
    public static PageDraft empty(int number, float width, float height) {
        return new PageDraft(number, width, height, new ArrayList<>());
    }

    @Override
    public int number() {
        return number;
    }

    /** @return the width of the page's reading frame */
    public float width() {
        return width;
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public List<LayoutLine> fragments() {
        return fragments;
    }
}
