package io.papyri.local.pdf.internal;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks a document's pages with PDFBox and hands over each page's glyphs as soon as the page is
 * done, so that only one page of glyphs is held at a time.
 *
 * <p>It reuses {@link PDFTextStripper} only to interpret content streams: the stripper's own
 * sorting and line building are skipped ({@link #writePage()} does nothing), because line and
 * column assembly is done by {@link LineAssembler} and {@link ReadingOrder}.
 */
public final class GlyphCollector extends PDFTextStripper {

    /** How often, in glyphs, the deadline is also checked within a page. */
    private static final int DEADLINE_STRIDE = 8192;

    private final FontFaces faces = new FontFaces();
    private final StandardFontWidths standardWidths = new StandardFontWidths();
    private final ExtractionDeadline deadline;
    private final Consumer<PageGlyphs> pages;
    private List<Glyph> glyphs = new ArrayList<>();
    private final int[] directions = new int[4];
    private PDRectangle frame;
    private int sinceCheck;

    /**
     * @param deadline checked at the start of every page
     * @param pages    receives each page's glyphs when the page is done
     */
    public GlyphCollector(ExtractionDeadline deadline, Consumer<PageGlyphs> pages) {
        this.deadline = deadline;
        this.pages = pages;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        deadline.check(getCurrentPageNo());
        frame = page.getCropBox();
        standardWidths.supply(page.getResources());
        glyphs = new ArrayList<>(4096);
        Arrays.fill(directions, 0);
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition position) {
        String unicode = position.getUnicode();
        if (GlyphNameText.looksBroken(unicode)) {
            String named = GlyphNameText.of(position);
            unicode = named != null ? named : unicode;
        }
        String text = GlyphText.clean(unicode);
        if (text.isEmpty()) {
            return;
        }
        float x = position.getXDirAdj();
        float baseline = position.getYDirAdj();
        if (!Float.isFinite(x) || !Float.isFinite(baseline)) {
            return; // a degenerate text matrix places nothing anywhere
        }
        FontFace face = faces.of(position.getFont());
        float size = Math.abs(position.getYScale());
        if (!(size > 0.1f) || !(size <= 500f)) {
            size = Math.min(500f, Math.max(1f, position.getFontSizeInPt()));
        }
        float width = position.getWidthDirAdj();
        if (!(width > 0.01f) && Character.isLetterOrDigit(text.codePointAt(0))) {
            width = 0.45f * size; // fonts without widths would otherwise make every glyph its own word
        }
        int dir = Math.round(position.getDir()) % 360;
        Glyph glyph = new Glyph(text, x, baseline, Float.isFinite(width) ? Math.max(0f, width) : 0f, size, face, dir);
        glyphs.add(glyph);
        if (!glyph.isSpace()) {
            directions[(dir / 90) & 3]++;
        }
        if (++sinceCheck >= DEADLINE_STRIDE) {
            sinceCheck = 0;
            deadline.check(getCurrentPageNo());
        }
    }

    @Override
    protected void writePage() {
        // deliberately empty: PDFTextStripper's own layout is replaced by LineAssembler and ReadingOrder
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        int main = 0;
        for (int d = 1; d < 4; d++) {
            if (directions[d] > directions[main]) {
                main = d;
            }
        }
        int mainDir = main * 90;
        List<Glyph> upright = new ArrayList<>(glyphs.size());
        List<Glyph> rotated = new ArrayList<>();
        for (Glyph g : glyphs) {
            (g.dir() == mainDir ? upright : rotated).add(g);
        }
        boolean sideways = mainDir == 90 || mainDir == 270;
        float width = sideways ? frame.getHeight() : frame.getWidth();
        float height = sideways ? frame.getWidth() : frame.getHeight();
        glyphs = new ArrayList<>();
        pages.accept(new PageGlyphs(getCurrentPageNo(), width, height, upright, rotated));
    }
}
