package io.papyri.local.pdf;

import io.papyri.api.PaperId;
import io.papyri.api.PdfDocument;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small PDFs for tests with PDFBox: text placed at given positions in top-left page
 * coordinates (y is the baseline, measured down from the top), rotated text, images and
 * protection.
 */
final class GeneratedPdf {

    /** Letter size, in points. */
    static final float WIDTH = 612;
    static final float HEIGHT = 792;

    static final FontName ROMAN = FontName.TIMES_ROMAN;
    static final FontName BOLD = FontName.TIMES_BOLD;
    static final FontName ITALIC = FontName.TIMES_ITALIC;

    private final List<List<Drawing>> pages = new ArrayList<>();
    private StandardProtectionPolicy protection;

    /** Something drawn on a page. */
    private interface Drawing {
        void draw(PDDocument document, PDPageContentStream content) throws IOException;
    }

    /** @return the width of a text set in a standard font */
    static float width(FontName font, float size, String text) {
        try {
            return new PDType1Font(font).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page; later drawings go on it. */
    GeneratedPdf page() {
        pages.add(new ArrayList<>());
        return this;
    }

    /** Draws a line of text with its baseline at {@code y} from the top of the page. */
    GeneratedPdf text(float x, float y, FontName font, float size, String text) {
        current().add((document, content) -> {
            content.beginText();
            content.setFont(new PDType1Font(font), size);
            content.newLineAtOffset(x, HEIGHT - y);
            content.showText(text);
            content.endText();
        });
        return this;
    }

    /** Draws words with gaps but without space characters, the way pdfTeX sets text. */
    GeneratedPdf spacedWords(float x, float y, FontName font, float size, String... words) {
        current().add((document, content) -> {
            content.beginText();
            content.setFont(new PDType1Font(font), size);
            content.newLineAtOffset(x, HEIGHT - y);
            List<Object> parts = new ArrayList<>();
            for (String word : words) {
                if (!parts.isEmpty()) {
                    parts.add(-280f); // about a quarter em, in thousandths of the font size
                }
                parts.add(word);
            }
            content.showTextWithPositioning(parts.toArray());
            content.endText();
        });
        return this;
    }

    /** Draws text turned by 90 degrees, reading upwards, like the arXiv stamp in the left margin. */
    GeneratedPdf upwardText(float x, float y, FontName font, float size, String text) {
        current().add((document, content) -> {
            content.beginText();
            content.setFont(new PDType1Font(font), size);
            content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, HEIGHT - y));
            content.showText(text);
            content.endText();
        });
        return this;
    }

    /**
     * Draws text in Times-Roman re-encoded so that byte 1 is the {@code fi} ligature and byte 2 the
     * {@code fl} ligature, as old TeX output does; {@code \u0001} and {@code \u0002} in the text
     * stand for them.
     */
    @SuppressWarnings("deprecation") // raw bytes: PDFBox will not encode text for a font it cannot find on this machine
    GeneratedPdf ligatureText(float x, float y, float size, String text) {
        current().add((document, content) -> {
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(1));
            differences.add(COSName.getPDFName("fi"));
            differences.add(COSName.getPDFName("fl"));
            encoding.setItem(COSName.DIFFERENCES, differences);
            COSDictionary dict = new COSDictionary();
            dict.setItem(COSName.TYPE, COSName.FONT);
            dict.setItem(COSName.SUBTYPE, COSName.TYPE1);
            dict.setItem(COSName.BASE_FONT, COSName.getPDFName("Times-Roman"));
            dict.setItem(COSName.ENCODING, encoding);
            PDFont font = new PDType1Font(dict);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, HEIGHT - y);
            StringBuilder literal = new StringBuilder("(");
            for (char c : text.toCharArray()) {
                if (c == 1 || c == 2) {
                    literal.append("\\00").append((int) c);
                } else if (c == '(' || c == ')' || c == '\\') {
                    literal.append('\\').append(c);
                } else {
                    literal.append(c);
                }
            }
            content.appendRawCommands(literal.append(") Tj\n").toString());
            content.endText();
        });
        return this;
    }

    /** Draws a grey image over the given area, as a scanned page has. */
    GeneratedPdf image(float x, float y, float width, float height) {
        current().add((document, content) -> {
            BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < 40; i++) {
                for (int j = 0; j < 40; j++) {
                    image.setRGB(i, j, (i * 7 + j * 3) % 2 == 0 ? 0xFFFFFF : 0x202020);
                }
            }
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            content.drawImage(xobject, x, HEIGHT - y - height, width, height);
        });
        return this;
    }

    /** Protects the document when it is written. */
    GeneratedPdf protect(String ownerPassword, String userPassword, AccessPermission permission) {
        protection = new StandardProtectionPolicy(ownerPassword, userPassword, permission);
        protection.setEncryptionKeyLength(128);
        return this;
    }

    /** @return the document's bytes */
    byte[] bytes() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<Drawing> drawings : pages) {
                PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                document.addPage(page);
                if (drawings.isEmpty()) {
                    continue;
                }
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Drawing drawing : drawings) {
                        drawing.draw(document, content);
                    }
                }
            }
            if (protection != null) {
                document.protect(protection);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the document wrapped as the extractor's input */
    PdfDocument document(String name) {
        return document(name, bytes());
    }

    static PdfDocument document(String name, byte[] bytes) {
        return new PdfDocument(new PaperId("test", name), bytes, name + ".pdf");
    }

    private List<Drawing> current() {
        if (pages.isEmpty()) {
            page();
        }
        return pages.get(pages.size() - 1);
    }
}
