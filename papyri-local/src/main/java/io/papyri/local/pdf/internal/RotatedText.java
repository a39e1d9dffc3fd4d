package io.papyri.local.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts the text a page sets across its main direction, which the extractor leaves out: the arXiv
 * stamp along the left margin ({@code arXiv:1512.03385v1 [cs.CV] 10 Dec 2015}) and rotated labels
 * of figures and tables.
 */
public final class RotatedText {

    private RotatedText() {
    }

    /**
     * Counts the rotated lines of one page.
     *
     * @param rotated the page's glyphs that do not follow its main direction
     * @param dropped receives {@code margin-stamp} for arXiv stamps and {@code rotated-text} for the rest
     */
    public static void count(List<Glyph> rotated, Map<String, Integer> dropped) {
        if (rotated.isEmpty()) {
            return;
        }
        // glyph coordinates are only comparable within one direction
        for (int dir = 0; dir < 360; dir += 90) {
            List<Glyph> same = new ArrayList<>();
            for (Glyph g : rotated) {
                if (g.dir() == dir) {
                    same.add(g);
                }
            }
            if (same.isEmpty()) {
                continue;
            }
            // a stamp's parts are set far apart ("arXiv:1512.03385v1  [cs.CV]  10 Dec 2015"): count rows
            for (List<LayoutLine> row : ReadingOrder.rows(LineAssembler.assemble(same).lines())) {
                boolean stamp = false;
                for (LayoutLine piece : row) {
                    stamp |= piece.text().toLowerCase(Locale.ROOT).contains("arxiv");
                }
                dropped.merge(stamp ? "margin-stamp" : "rotated-text", 1, Integer::sum);
            }
        }
    }
}
