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

    /** A word per page, so that no body line reads like a running head repeated on other pages. */
    private static final String[] TOPICS = {"alpha", "bravo", "charlie", "delta"};

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
        // the line keeps its place on the page although its first word went to the line above
        assertThat(page.lines().get(1).box().x()).isCloseTo(72, within(0.5));
        assertThat(page.lines().get(1).box().right())
                .isCloseTo(72 + width(ROMAN, 10, lines[1]), within(1.0));
    }

    @Test
    void keepsTheLineBoxWhenItsFirstWordMovesUpSoThatOnlyRealIndentsShow() {
        GeneratedPdf pdf = new GeneratedPdf().page();
        String[] lines = {
            "Residual functions are learned with reference to the inputs of each layer in-",
            "stead of unreferenced functions, which makes the networks easier to optimize.",
            "    A new paragraph starts here with an indent of its own and goes on for a while,",
            "and its second line starts flush at the left edge of the text block as usual."};
        float indent = width(ROMAN, 10, "    ");
        for (int i = 0; i < lines.length; i++) {
            pdf.text(72 + (i == 2 ? indent : 0), 100 + 12 * i, ROMAN, 10, lines[i].strip());
        }

        PageLayout page = extractor.extract(pdf.document("line-box")).pages().get(0);

        assertThat(texts(page)).containsExactly(
                "Residual functions are learned with reference to the inputs of each layer instead",
                "of unreferenced functions, which makes the networks easier to optimize.",
                "A new paragraph starts here with an indent of its own and goes on for a while,",
                "and its second line starts flush at the left edge of the text block as usual.");
        double[] lefts = {72, 72, 72 + indent, 72};
        for (int i = 0; i < lefts.length; i++) {
            assertThat(page.lines().get(i).box().x()).as("left edge of line %d", i).isCloseTo(lefts[i], within(0.5));
        }
        // the first line's box does not grow past where the line ends on the page
        assertThat(page.lines().get(0).box().right())
                .isCloseTo(72 + width(ROMAN, 10, lines[0]), within(1.0));
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
    void dropsOneOffHeadsAndFootsOfTheFirstPageButNotItsTitleOrText() {
        GeneratedPdf pdf = new GeneratedPdf();
        for (int p = 1; p <= 4; p++) {
            pdf.page();
            float top = 90;
            if (p == 1) {
                pdf.text(36, 30, ITALIC, 10, "INTERSPEECH 2011");
                pdf.text(150, 100, BOLD, 14, "Analysis of I-vector Length Normalization");
                top = 140;
            }
            for (float y = top; y <= 690; y += 11) {
                pdf.text(57, y, ROMAN, 9, "The " + TOPICS[p - 1] + " page at " + (int) y + " is about i-vectors and how to score them.");
            }
            pdf.text(57, 701, ROMAN, 9, "End of the " + TOPICS[p - 1] + " page.");
            pdf.text(300, 770, ROMAN, 10, String.valueOf(248 + p));
            if (p == 1) {
                pdf.text(36, 770, ROMAN, 10, "Copyright \u00a9 2011 ISCA");
                pdf.text(413, 770, ROMAN, 10, "28-31 August 2011, Florence, Italy");
            }
        }

        ExtractedDocument document = extractor.extract(pdf.document("conference"));

        List<String> first = texts(document.pages().get(0));
        assertThat(first.get(0)).isEqualTo("Analysis of I-vector Length Normalization");
        assertThat(first.get(first.size() - 1)).isEqualTo("End of the alpha page.");
        assertThat(first).noneMatch(t -> t.contains("INTERSPEECH") || t.contains("ISCA") || t.contains("Florence"));
        for (PageLayout page : document.pages()) {
            assertThat(texts(page)).last().isEqualTo("End of the " + TOPICS[page.number() - 1] + " page.");
        }
        assertThat(document.dropped())
                .containsEntry("page-header", 1)
                .containsEntry("running-footer", 2)
                .containsEntry("page-number", 4)
                .doesNotContainKey("running-header");
    }

    @Test
    void dropsARunningHeadThatOccursOnlyOnceBesideThePageNumber() {
        String journal = "IEEE SIGNAL PROCESSING LETTERS, VOL. 21, NO. 1, JANUARY 2014";
        GeneratedPdf pdf = new GeneratedPdf();
        for (int p = 1; p <= 4; p++) {
            pdf.page();
            String head = p == 3 ? "XU et al.: EXPERIMENTAL STUDY ON SPEECH ENHANCEMENT" : journal;
            String number = String.valueOf(64 + p);
            if (p % 2 == 1) {
                pdf.text(38, 40, ROMAN, 7, head).text(547, 40, ROMAN, 7, number);
            } else {
                pdf.text(39, 40, ROMAN, 7, number).text(555 - width(ROMAN, 7, head), 40, ROMAN, 7, head);
            }
            for (int i = 0; i < 20; i++) {
                pdf.text(39, 72 + 11 * i, ROMAN, 10, "Line " + i + " of the " + TOPICS[p - 1] + " page on speech enhancement.");
            }
        }

        ExtractedDocument document = extractor.extract(pdf.document("running-heads"));

        for (PageLayout page : document.pages()) {
            assertThat(texts(page)).hasSize(20).first().isEqualTo(
                    "Line 0 of the " + TOPICS[page.number() - 1] + " page on speech enhancement.");
        }
        assertThat(document.dropped()).containsEntry("running-header", 4).containsEntry("page-number", 4);
    }

    @Test
    void readsTheRowsOfATableAcrossBothColumnsRowByRow() {
        GeneratedPdf pdf = new GeneratedPdf();
        List<List<String>> left = new ArrayList<>();
        List<List<String>> right = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            pdf.page();
            left.add(new ArrayList<>());
            right.add(new ArrayList<>());
            float top = 72;
            if (p == 2) {
                String caption = "Table 1: EER and MinDCF of all systems on the three test sets.";
                pdf.text((612 - width(ROMAN, 9, caption)) / 2, 72, ROMAN, 9, caption);
                // cells of the left half reach into the gutter, which the page's text leaves free
                String[][] rows = {
                    {"Architecture", "Params", "EER(%)", "MinDCF", "EER(%)", "MinDCF"},
                    {"E-TDNN", "6.8M", "0.1604", "1.61", "0.1712", "2.69"},
                    {"ResNet34", "23.9M", "0.1592", "1.33", "0.1560", "2.46"},
                    {"ECAPA-TDNN", "14.7M", "0.1066", "1.12", "0.1318", "2.12"}};
                float[] xs = {70, 190, 270, 340, 420, 500};
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < xs.length; c++) {
                        pdf.text(xs[c], 95 + 12 * r, ROMAN, 9, rows[r][c]);
                    }
                }
                top = 160;
            }
            for (int i = 0; top + 12 * i <= 700; i++) {
                String l = columnWide("Left " + TOPICS[p - 1] + " " + i + " says");
                String r = columnWide("Right " + TOPICS[p - 1] + " " + i + " adds");
                pdf.text(54, top + 12 * i, ROMAN, 10, l);
                pdf.text(324, top + 12 * i, ROMAN, 10, r);
                left.get(p - 1).add(l);
                right.get(p - 1).add(r);
            }
        }

        ExtractedDocument document = extractor.extract(pdf.document("wide-table"));

        PageLayout page = document.pages().get(1);
        List<String> expected = new ArrayList<>(List.of(
                "Table 1: EER and MinDCF of all systems on the three test sets.",
                "Architecture Params EER(%) MinDCF EER(%) MinDCF",
                "E-TDNN 6.8M 0.1604 1.61 0.1712 2.69",
                "ResNet34 23.9M 0.1592 1.33 0.1560 2.46",
                "ECAPA-TDNN 14.7M 0.1066 1.12 0.1318 2.12"));
        expected.addAll(left.get(1));
        expected.addAll(right.get(1));
        assertThat(texts(page)).containsExactlyElementsOf(expected);
        assertThat(page.columns()).isEqualTo(2);
        assertThat(page.lines().subList(1, 5)).allSatisfy(row -> assertThat(row.column()).isZero());
        // the pages around it are read column by column as before
        for (int p : new int[] {0, 2}) {
            List<String> columns = new ArrayList<>(left.get(p));
            columns.addAll(right.get(p));
            assertThat(texts(document.pages().get(p))).containsExactlyElementsOf(columns);
        }
    }

    @Test
    void keepsReadingTablesThatStayInTheirColumnsColumnByColumn() {
        GeneratedPdf pdf = new GeneratedPdf();
        List<String> expected = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            pdf.page();
            float top = 72;
            List<String> left = new ArrayList<>();
            List<String> right = new ArrayList<>();
            if (p == 2) {
                // a small table at the top of each column, short of the gutter on both sides
                for (int r = 0; r < 4; r++) {
                    pdf.text(70, 72 + 12 * r, ROMAN, 9, "Row " + r).text(150, 72 + 12 * r, ROMAN, 9, "0." + r + "1")
                            .text(230, 72 + 12 * r, ROMAN, 9, "1." + r + "2");
                    pdf.text(340, 72 + 12 * r, ROMAN, 9, "Set " + r).text(420, 72 + 12 * r, ROMAN, 9, "2." + r + "3")
                            .text(500, 72 + 12 * r, ROMAN, 9, "3." + r + "4");
                    left.add("Row " + r + " 0." + r + "1 1." + r + "2");
                    right.add("Set " + r + " 2." + r + "3 3." + r + "4");
                }
                top = 130;
            }
            for (int i = 0; top + 12 * i <= 700; i++) {
                left.add(columnWide("Left " + TOPICS[p - 1] + " " + i + " says"));
                right.add(columnWide("Right " + TOPICS[p - 1] + " " + i + " adds"));
                pdf.text(54, top + 12 * i, ROMAN, 10, left.get(left.size() - 1));
                pdf.text(324, top + 12 * i, ROMAN, 10, right.get(right.size() - 1));
            }
            if (p == 2) {
                expected.addAll(left);
                expected.addAll(right);
            }
        }

        PageLayout page = extractor.extract(pdf.document("column-tables")).pages().get(1);

        assertThat(texts(page)).containsExactlyElementsOf(expected);
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
