package io.papyri.core.clean;

import io.papyri.api.ExtractedDocument;
import io.papyri.api.Paper;
import io.papyri.api.Paragraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conference footer under the first page and a running head over one page only, which an
 * extractor keeps because they do not repeat: they stand outside the text block that full pages
 * share, and are taken out. The footnote above the footer is still found.
 */
class DefaultCleanerMarginTextTest {

    private static final String[] TEXT = {
        "Widgets are everywhere in modern computing, and they are studied in many fields",
        "of science, from physics to biology, because they make sparse things dense again.",
    };

    static ExtractedDocument threeFullPages() {
        LayoutBuilder b = new LayoutBuilder().page(1);
        b.style(17, true).line("Widgets on Full Pages", 220, 392, 72);
        b.style(12, true).line("1 Introduction", 108, 190, 110);
        fill(b, 130, 640);
        b.style(8, false).line("1 The widgets are available from the authors.", 108, 300, 680);
        b.style(11, false).line("Proceedings of the Widget Conference 2024", 108, 330, 760);
        b.page(1).style(9, false).line("Smith: Widgets on full pages", 108, 250, 40);
        fill(b, 72, 690);
        b.page(1);
        fill(b, 72, 690);
        b.page(1);
        fill(b, 72, 690);
        return b.build();
    }

    /** Body lines from {@code top} down to {@code bottom}; full pages end at the same place. */
    private static void fill(LayoutBuilder b, double top, double bottom) {
        b.style(10, false);
        int n = 0;
        for (double y = top; y <= bottom; y += 12) {
            b.line(TEXT[n++ % 2], 108, 504, y);
        }
    }

    @Test
    void removesFooterAndRunningHeadOutsideTheTextBlock() {
        Paper paper = new DefaultCleaner().clean(threeFullPages());
        assertThat(paper.paragraphs().map(Paragraph::text))
                .noneMatch(t -> t.contains("Proceedings") || t.contains("Smith:"));
        assertThat(paper.removed()).containsEntry("margin-text", 2).containsEntry("footnote", 1);
        assertThat(paper.paragraphs()).hasSize(1);
    }
}
