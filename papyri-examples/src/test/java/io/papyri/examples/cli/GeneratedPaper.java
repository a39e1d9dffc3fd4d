package io.papyri.examples.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a small two-page paper with PDFBox: a title block, an abstract and numbered sections. */
public final class GeneratedPaper {

    /** The title of the paper {@link #write(Path)} writes. */
    public static final String TITLE = "Structured Reading of Scientific Papers";
    /** Its author. */
    public static final String AUTHOR = "Ada Lovelace";
    /** The first sentence of its abstract. */
    public static final String ABSTRACT_SENTENCE = "We describe a reader that turns paper layouts into sections.";
    /** The heading of its first section. */
    public static final String INTRODUCTION = "1 Introduction";
    /** A sentence of its introduction. */
    public static final String BODY_SENTENCE = "Marmalade quokkas annotate every paragraph with its page.";
    /** The heading of its second section, on page 2. */
    public static final String METHOD = "2 Method";
    /** The first sentence of its method section. */
    public static final String METHOD_SENTENCE = "Zephyr lanterns measure the distance between the text lines.";

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float LEFT = 72;

    private GeneratedPaper() {
    }

    /**
     * Writes the paper.
     *
     * @param file where
     * @return the file
     * @throws IOException when it cannot be written
     */
    public static Path write(Path file) throws IOException {
        return write(file, TITLE);
    }

    /**
     * Writes the paper under another title, such as one holding markup.
     *
     * @param file  where
     * @param title the title, in the standard fonts' characters
     * @return the file
     * @throws IOException when it cannot be written
     */
    public static Path write(Path file, String title) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.LETTER);
            document.addPage(first);
            try (PDPageContentStream page = new PDPageContentStream(document, first)) {
                float y = 700;
                line(page, BOLD, 18, 306 - BOLD.getStringWidth(title) / 1000 * 18 / 2, y, title);
                y -= 26;
                line(page, REGULAR, 12, 306 - REGULAR.getStringWidth(AUTHOR) / 1000 * 12 / 2, y, AUTHOR);
                y -= 36;
                line(page, BOLD, 11, LEFT, y, "Abstract");
                y = paragraph(page, y - 16, List.of(
                        ABSTRACT_SENTENCE + " It keeps the page of every paragraph",
                        "and leaves out running heads, footnotes and page numbers, so that the",
                        "body reads in order."));
                y -= 14;
                line(page, BOLD, 12, LEFT, y, INTRODUCTION);
                y = paragraph(page, y - 18, List.of(
                        "Papers are written for people. " + BODY_SENTENCE + " Readers that are",
                        "programs need the same structure: the title, the authors, the sections and",
                        "the paragraphs under them, each with the page on which it starts."));
                paragraph(page, y - 6, List.of(
                        "This second paragraph of the introduction explains why the order of the",
                        "paragraphs matters for summaries and for answers with evidence."));
            }
            PDPage second = new PDPage(PDRectangle.LETTER);
            document.addPage(second);
            try (PDPageContentStream page = new PDPageContentStream(document, second)) {
                float y = 700;
                line(page, BOLD, 12, LEFT, y, METHOD);
                paragraph(page, y - 18, List.of(
                        METHOD_SENTENCE + " Larger gaps start new",
                        "paragraphs, and lines set in a bold face at the left margin start new",
                        "sections of the paper."));
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static float paragraph(PDPageContentStream page, float top, List<String> lines) throws IOException {
        float y = top;
        for (String text : lines) {
            line(page, REGULAR, 10, LEFT, y, text);
            y -= 12;
        }
        return y;
    }

    private static void line(PDPageContentStream page, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
    }
}
