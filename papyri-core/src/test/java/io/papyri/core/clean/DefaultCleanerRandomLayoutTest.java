package io.papyri.core.clean;

import io.papyri.api.BoundingBox;
import io.papyri.api.ExtractedDocument;
import io.papyri.api.PageLayout;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.TextLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layouts made of random lines (sizes, styles, positions, texts that look like numbers, labels,
 * headings or prose) must always come out as a well-formed paper: no exception, every paragraph and
 * section on a real page, every piece of text kept or counted.
 */
class DefaultCleanerRandomLayoutTest {

    private static final String[] PIECES = {
        "1 Introduction", "2.1 Method", "References", "Abstract", "Figure 1: A plot.", "Table 2 |", "[1] A. Smith.",
        "12", "0.5 0.7 0.9", "x = y + 1 (3)", "CHAPTER 4", "Contents", "1 Introduction 3", ". . . . . 7",
        "Widgets are everywhere, and we study them in this paper at length.", "ABSTRACT", "Keywords: widgets",
        "and the rest of the sentence goes on here without a full stop", "∑ i=1", "—", "A. Appendix", "II. MODEL",
    };

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void alwaysReadsAWellFormedPaper(long seed) {
        Random random = new Random(seed);
        List<PageLayout> pages = new ArrayList<>();
        int pageCount = 1 + random.nextInt(4);
        for (int p = 1; p <= pageCount; p++) {
            List<TextLine> lines = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                double size = 6 + random.nextInt(14);
                double x = random.nextDouble() * 500;
                double y = random.nextDouble() * 780;
                String text = PIECES[random.nextInt(PIECES.length)];
                lines.add(new TextLine(text, new BoundingBox(x, y, random.nextDouble() * 400, size), "Font" + random.nextInt(3),
                        size, random.nextBoolean(), random.nextInt(5) == 0, random.nextInt(2)));
            }
            pages.add(new PageLayout(p, 612, 792, 2, lines));
        }
        ExtractedDocument document = new ExtractedDocument(new PaperId("test", "random" + seed), "random", pages,
                Map.of());

        Paper paper = new DefaultCleaner().clean(document);

        assertThat(paper.sections()).allSatisfy(s -> {
            assertThat(s.level()).isBetween(1, 3);
            assertThat(s.page()).isBetween(1, pageCount);
            assertThat(s.paragraphs()).allSatisfy(para -> assertThat(para.page()).isBetween(1, pageCount));
        });
        assertThat(paper.captions()).allSatisfy(c -> assertThat(c.page()).isBetween(1, pageCount));
        assertThat(paper.removed().values()).allSatisfy(count -> assertThat(count).isPositive());
    }
}
