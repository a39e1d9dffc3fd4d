package io.papyri.local.pdf;

import io.papyri.api.DocumentLimits;
import io.papyri.api.ExtractedDocument;
import io.papyri.api.PageLayout;
import io.papyri.api.TextLine;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static io.papyri.local.pdf.GeneratedPdf.BOLD;
import static io.papyri.local.pdf.GeneratedPdf.ITALIC;
import static io.papyri.local.pdf.GeneratedPdf.ROMAN;
import static io.papyri.local.pdf.GeneratedPdf.width;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What the extractor makes of generated pages: lines, order, columns, words and furniture. */
class PdfBoxTextExtractorLayoutTest {

    private final PdfBoxTextExtractor extractor = new PdfBoxTextExtractor(DocumentLimits.DEFAULT, Clock.systemUTC());

    @Test
    void readsOneColumnLinesTopToBottomWithTheirFontsAndBoxes() {
        GeneratedPdf pdf = new GeneratedPdf().page();
        // drawn bottom-up, so that only the geometry can give the reading order
        for (int i = 8; i >= 1; i--) {
            pdf.text(72, 120 + 14 * i, ROMAN, 10, "Body line number " + i + " of a plain one-column page.");
        }
        pdf.text(72, 250, ITALIC, 10, "An italic remark closes the page.");
        pdf.text(150, 80, BOLD, 18, "A Bold Title");

        ExtractedDocument document = extractor.extract(pdf.document("one-column"));

        assertThat(document.extractor()).isEqualTo("pdfbox");
        assertThat(document.pageCount()).isEqualTo(1);
        PageLayout page = document.pages().get(0);
        assertThat(page.columns()).isEqualTo(1);
        assertThat(page.width()).isEqualTo(612);
        assertThat(page.height()).isEqualTo(792);
        List<String> expected = new ArrayList<>();
        expected.add("A Bold Title");
        for (int i = 1; i <= 8; i++) {
            expected.add("Body line number " + i + " of a plain one-column page.");
        }
        expected.add("An italic remark closes the page.");
        assertThat(texts(page)).containsExactlyElementsOf(expected);

        TextLine title = page.lines().get(0);
        assertThat(title.font()).isEqualTo("Times-Bold");
        assertThat(title.fontSize()).isCloseTo(18, within(0.01));
        assertThat(title.bold()).isTrue();
        assertThat(title.italic()).isFalse();
        TextLine body = page.lines().get(1);
        assertThat(body.font()).isEqualTo("Times-Roman");
        assertThat(body.fontSize()).isCloseTo(10, within(0.01));
        assertThat(body.bold()).isFalse();
        assertThat(body.box().x()).isCloseTo(72, within(0.5));
        assertThat(body.box().y()).isBetween(134 - 10.0, 134 - 5.0); // the top, above the baseline at 134
        assertThat(body.box().bottom()).isBetween(134.0, 134 + 4.0);
        assertThat(body.box().width()).isCloseTo(width(ROMAN, 10, body.text()), within(1.0));
        assertThat(page.lines().get(9).italic()).isTrue();
        assertThat(page.lines()).allSatisfy(line -> assertThat(line.column()).isZero());
    }

    @Test
    void readsTwoColumnsColumnByColumnWithFullWidthLinesKeepingTheirPlace() {
        GeneratedPdf pdf = new GeneratedPdf().page();
        String title = "A Title That Spans Both Columns Of The Page";
        pdf.text((612 - width(BOLD, 18, title)) / 2, 72, BOLD, 18, title);
        for (int i = 1; i <= 16; i++) {
            float y = i <= 8 ? 120 + 12 * i : 160 + 12 * i;
            pdf.text(54, y, ROMAN, 10, "Left column line " + i + " goes on about it.");
            pdf.text(324, y, ROMAN, 10, "Right column line " + i + " says more of it.");
        }
        String caption = "Figure 1: a wide figure caption that runs across both of the columns here.";
        pdf.text((612 - width(ROMAN, 10, caption)) / 2, 240, ROMAN, 10, caption);

        PageLayout page = extractor.extract(pdf.document("two-columns")).pages().get(0);

        List<String> expected = new ArrayList<>();
        expected.add(title);
        for (int i = 1; i <= 8; i++) {
            expected.add("Left column line " + i + " goes on about it.");
        }
        for (int i = 1; i <= 8; i++) {
            expected.add("Right column line " + i + " says more of it.");
        }
        expected.add(caption);
        for (int i = 9; i <= 16; i++) {
            expected.add("Left column line " + i + " goes on about it.");
        }
        for (int i = 9; i <= 16; i++) {
            expected.add("Right column line " + i + " says more of it.");
        }
        assertThat(texts(page)).containsExactlyElementsOf(expected);
        assertThat(page.columns()).isEqualTo(2);
        assertThat(page.lines()).allSatisfy(line -> assertThat(line.column())
                .isEqualTo(line.text().startsWith("Right") ? 1 : 0));
    }

    @Test
    void readsARowOfAuthorNamesAboveTheColumnsAsOneLine() {
        GeneratedPdf pdf = new GeneratedPdf().page();
        pdf.text(150, 72, BOLD, 16, "Deep Learning of Something Rather Important");
        // the gap between the second and third name falls on the gutter
        pdf.text(130, 100, ROMAN, 12, "Ada Lovelace");
        pdf.text(220, 100, ROMAN, 12, "Alan Turing");
        pdf.text(340, 100, ROMAN, 12, "Grace Hopper");
        pdf.text(440, 100, ROMAN, 12, "Kurt Gödel");
        pdf.text(250, 116, ROMAN, 12, "Some Research Institute");
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            left.add(columnWide("Left line " + i + " tells"));
            right.add(columnWide("Right line " + i + " adds"));
            pdf.text(54, 150 + 12 * i, ROMAN, 10, left.get(i - 1));
            pdf.text(324, 150 + 12 * i, ROMAN, 10, right.get(i - 1));
        }

        PageLayout page = extractor.extract(pdf.document("authors")).pages().get(0);

        List<String> expected = new ArrayList<>(List.of("Deep Learning of Something Rather Important",
                "Ada Lovelace Alan Turing Grace Hopper Kurt Gödel", "Some Research Institute"));
        expected.addAll(left);
        expected.addAll(right);
        assertThat(texts(page)).containsExactlyElementsOf(expected);
        assertThat(page.columns()).isEqualTo(2);
    }

    @Test
    void buildsWordsFromGapsWhenThePdfDrawsNoSpaces() {
        byte[] bytes = new GeneratedPdf().page()
                .spacedWords(72, 100, ROMAN, 10, "Words", "set", "without", "space", "characters.")
                .bytes();

        PageLayout page = extractor.extract(GeneratedPdf.document("no-spaces", bytes)).pages().get(0);

        assertThat(texts(page)).containsExactly("Words set without space characters.");
    }

    @Test
    void joinsWordsHyphenatedAtLineEndsAndKeepsRealHyphens() {
        GeneratedPdf pdf = new GeneratedPdf().page();
        String[] lines = {
            "We study the representa-", "tion of words in text and results that are state-of-the-",
            "art in many tasks, as the famous Johnson-", "Lindenstrauss lemma shows with a self-",
            "attention layer.", "Some lines end with a dash -", "Which is not a hyphenated word."};
        for (int i = 0; i < lines.length; i++) {
            pdf.text(72, 100 + 12 * i, ROMAN, 10, lines[i]);
        }

        PageLayout page = extractor.extract(pdf.document("hyphens")).pages().get(0);

        assertThat(texts(page)).containsExactly(
                "We study the representation",
                "of words in text and results that are state-of-the-art",
                "in many tasks, as the famous Johnson-Lindenstrauss",
                "lemma shows with a self-attention",
                "layer.",
                "Some lines end with a dash -",
                "Which is not a hyphenated word.");
        // the line keeps its place; only the moved word went
        assertThat(page.lines().get(1).box().x()).isGreaterThan(72 + 10);
    }

    @Test
    void expandsLigatureGlyphs() {
        byte[] bytes = new GeneratedPdf().page()
                .ligatureText(72, 100, 12, "We \u0001nd the \u0002ow of ef\u0001cient \u0002uids.")
                .bytes();

        PageLayout page = extractor.extract(GeneratedPdf.document("ligatures", bytes)).pages().get(0);

        assertThat(texts(page)).containsExactly("We find the flow of efficient fluids.");
    }

    @Test
    void leavesOutSuperscriptMarkersButKeepsTheWords() {
        GeneratedPdf pdf = new GeneratedPdf().page();
        float x = 72;
        pdf.text(x, 100, ROMAN, 12, "Alice Smith");
        x += width(ROMAN, 12, "Alice Smith");
        pdf.text(x, 95.5f, ROMAN, 8, "1");
        x += width(ROMAN, 8, "1");
        pdf.text(x, 100, ROMAN, 12, ", Bob Jones");
        x += width(ROMAN, 12, ", Bob Jones");
        pdf.text(x, 95.5f, ROMAN, 8, "2,*");
        pdf.text(72, 130, ROMAN, 12, "The area grows as 10");
        pdf.text(72 + width(ROMAN, 12, "The area grows as 10"), 125.5f, ROMAN, 8, "3");

        ExtractedDocument document = extractor.extract(pdf.document("markers"));

        assertThat(texts(document.pages().get(0))).containsExactly("Alice Smith, Bob Jones", "The area grows as 103");
        assertThat(document.dropped()).containsEntry("footnote-marker", 2);
    }

    @Test
    void dropsRunningHeadsPageNumbersAndTheArxivStamp() {
        String[] topics = {"alpha", "bravo", "charlie", "delta"};
        GeneratedPdf pdf = new GeneratedPdf();
        for (int p = 1; p <= 4; p++) {
            String topic = topics[p - 1];
            pdf.page();
            pdf.text(200, 40, ITALIC, 9, "Proceedings of the Test Conference " + (2020 + p));
            for (int i = 1; i <= 10; i++) {
                pdf.text(72, 90 + 14 * i, ROMAN, 10, "The " + topic + " page goes on with line " + i + " of its prose.");
            }
            pdf.text(72, 250, ROMAN, 10, "42");
            pdf.text(230, 740, ROMAN, 8, "Preprint. Under review.");
            pdf.text(303, 765, ROMAN, 10, String.valueOf(p));
            if (p == 1) {
                pdf.upwardText(30, 600, ROMAN, 20, "arXiv:2401.01234v1 [cs.CL] 2 Jan 2024");
            }
        }

        ExtractedDocument document = extractor.extract(pdf.document("furniture"));

        assertThat(document.pageCount()).isEqualTo(4);
        for (PageLayout page : document.pages()) {
            List<String> texts = texts(page);
            assertThat(texts).hasSize(11);
            assertThat(texts.get(0)).isEqualTo("The " + topics[page.number() - 1] + " page goes on with line 1 of its prose.");
            assertThat(texts).contains("42"); // a number inside the page is text
            assertThat(texts).noneMatch(t -> t.contains("Proceedings") || t.contains("Preprint") || t.contains("arXiv"));
        }
        assertThat(document.dropped())
                .containsEntry("running-header", 4)
                .containsEntry("running-footer", 4)
                .containsEntry("page-number", 4)
                .containsEntry("margin-stamp", 1);
    }

    @Test
    void keepsBlankPagesInThePageCount() {
        GeneratedPdf pdf = new GeneratedPdf().page();
        for (int i = 1; i <= 6; i++) {
            pdf.text(72, 100 + 14 * i, ROMAN, 10, "First page line " + i + " with some words.");
        }
        pdf.page().page();
        for (int i = 1; i <= 6; i++) {
            pdf.text(72, 100 + 14 * i, ROMAN, 10, "Third page line " + i + " with some words.");
        }

        ExtractedDocument document = extractor.extract(pdf.document("blank-page"));

        assertThat(document.pages()).extracting(PageLayout::number).containsExactly(1, 2, 3);
        assertThat(document.pages().get(1).lines()).isEmpty();
        assertThat(document.pages().get(2).lines()).hasSize(6);
    }

    /** A line of 10-point text as wide as a column of 234 points, give or take a word. */
    private static String columnWide(String start) {
        StringBuilder line = new StringBuilder(start);
        String[] words = {"more", "about", "the", "matter", "at", "hand"};
        for (int i = 0; width(ROMAN, 10, line + " " + words[i % words.length]) <= 234; i++) {
            line.append(' ').append(words[i % words.length]);
        }
        return line.toString();
    }

    private static List<String> texts(PageLayout page) {
        return page.lines().stream().map(TextLine::text).toList();
    }
}
