package io.papyri.local.folder;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a one-page paper for tests with PDFBox: a large bold title, an author line, a labelled
 * abstract and an introduction, laid out the way papers are.
 */
final class PaperPdf {

    private static final float WIDTH = 612;
    private static final float HEIGHT = 792;
    private static final float MARGIN = 72;
    private static final String BODY = "Papers in this library are read by machine. The introduction explains the"
            + " setting of the work, the questions it asks and how the rest of the paper is organised. Section two"
            + " describes related work, section three the method, and section four the experiments we ran on"
            + " several public data sets together with the results we obtained and what they mean.";

    private static final Map<FontName, PDType1Font> FONTS = new ConcurrentHashMap<>();

    private PaperPdf() {
    }

    /**
     * A paper's bytes.
     *
     * @param title        the title
     * @param authors      the author line
     * @param abstractText the abstract
     * @return the PDF
     */
    static byte[] paper(String title, String authors, String abstractText) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 100;
                for (String line : wrap(title, FontName.TIMES_BOLD, 17, WIDTH - 2 * MARGIN)) {
                    centered(content, FontName.TIMES_BOLD, 17, y, line);
                    y += 22;
                }
                y += 8;
                centered(content, FontName.TIMES_ROMAN, 12, y, authors);
                y += 40;
                centered(content, FontName.TIMES_BOLD, 12, y, "Abstract");
                y += 18;
                for (String line : wrap(abstractText, FontName.TIMES_ROMAN, 10, WIDTH - 2 * MARGIN - 60)) {
                    text(content, FontName.TIMES_ROMAN, 10, MARGIN + 30, y, line);
                    y += 12;
                }
                y += 20;
                text(content, FontName.TIMES_BOLD, 12, MARGIN, y, "1 Introduction");
                y += 18;
                for (int paragraph = 0; paragraph < 3; paragraph++) {
                    for (String line : wrap(BODY, FontName.TIMES_ROMAN, 10, WIDTH - 2 * MARGIN)) {
                        text(content, FontName.TIMES_ROMAN, 10, MARGIN, y, line);
                        y += 12;
                    }
                    y += 6;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centered(PDPageContentStream content, FontName font, float size, float y, String line)
            throws IOException {
        text(content, font, size, (WIDTH - width(font, size, line)) / 2, y, line);
    }

    private static void text(PDPageContentStream content, FontName font, float size, float x, float y, String line)
            throws IOException {
        content.beginText();
        content.setFont(font(font), size);
        content.newLineAtOffset(x, HEIGHT - y);
        content.showText(line);
        content.endText();
    }

    private static List<String> wrap(String text, FontName font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(font, size, candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static PDType1Font font(FontName name) {
        return FONTS.computeIfAbsent(name, PDType1Font::new);
    }

    private static float width(FontName font, float size, String text) {
        try {
            return font(font).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
