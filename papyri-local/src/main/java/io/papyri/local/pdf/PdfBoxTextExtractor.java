package io.papyri.local.pdf;

import io.papyri.api.DocumentLimits;
import io.papyri.api.ExtractedDocument;
import io.papyri.api.InvalidDocumentException;
import io.papyri.api.PageLayout;
import io.papyri.api.PaperId;
import io.papyri.api.PdfDocument;
import io.papyri.api.TextLine;
import io.papyri.api.spi.TextExtractor;
import io.papyri.local.pdf.internal.ColumnDetector;
import io.papyri.local.pdf.internal.Dehyphenator;
import io.papyri.local.pdf.internal.ExtractionDeadline;
import io.papyri.local.pdf.internal.Glyph;
import io.papyri.local.pdf.internal.GlyphCollector;
import io.papyri.local.pdf.internal.Gutter;
import io.papyri.local.pdf.internal.LayoutLine;
import io.papyri.local.pdf.internal.LineAssembler;
import io.papyri.local.pdf.internal.PageDraft;
import io.papyri.local.pdf.internal.PageFurniture;
import io.papyri.local.pdf.internal.PageGlyphs;
import io.papyri.local.pdf.internal.PdfSignature;
import io.papyri.local.pdf.internal.ReadingOrder;
import io.papyri.local.pdf.internal.Refusals;
import io.papyri.local.pdf.internal.RotatedText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads the text layer of a PDF with Apache PDFBox, in process and offline.
 *
 * <p>Each page comes out as lines in reading order, each with its box, main font, size, weight,
 * slant and column:
 * <ul>
 *   <li>characters are grouped into words and lines by their geometry, not by the order the PDF
 *       draws them; superscript footnote and affiliation markers are left out of words;</li>
 *   <li>two-column pages are read column by column; full-width titles, abstracts, figures and
 *       tables keep their place between the column bands, and the rows of a table set across both
 *       columns are read row by row even where its cells leave the gutter free;</li>
 *   <li>ligatures and presentation forms are expanded, whitespace is collapsed, and a word
 *       hyphenated at a line end is joined on the line where it starts, keeping the hyphen where
 *       the document's own spellings say it belongs to the word; a line keeps its box when its
 *       first word moves up;</li>
 *   <li>running headers and footers, page numbers, arXiv stamps and other rotated text are left out
 *       and counted in {@link ExtractedDocument#dropped()} as {@code running-header},
 *       {@code running-footer}, {@code page-number}, {@code margin-stamp} and {@code rotated-text};
 *       one-off lines in the first page's top or bottom margin as {@code page-header} and
 *       {@code page-footer}; {@code footnote-marker} counts the markers taken out of words.</li>
 * </ul>
 *
 * <p>Documents it cannot read fail with an {@link InvalidDocumentException} whose reason says why:
 * not a PDF, corrupt or truncated, encrypted with a user password, without pages, without a text
 * layer (a scan: use an OCR extractor), over the byte or page limit, or over the time limit, which
 * is checked between pages against the injected clock.
 *
 * <p>Thread-safe: every call works on its own objects.
 */
public final class PdfBoxTextExtractor implements TextExtractor {

    /** The provider name this extractor is chosen by. */
    public static final String NAME = "pdfbox";

    /** Fewer letters and digits than this per page, on average, means the PDF has no real text layer. */
    private static final int MIN_CHARACTERS_PER_PAGE = 20;
    /** Decoded streams beyond this much heap go to a scratch file. */
    private static final long MAIN_MEMORY_BYTES = 32L * 1024 * 1024;

    private final DocumentLimits limits;
    private final Clock clock;

    /**
     * @param limits the limits every document must keep
     * @param clock  the clock the time limit is measured with
     */
    public PdfBoxTextExtractor(DocumentLimits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An extractor with the {@linkplain DocumentLimits#DEFAULT default limits} and the system clock. */
    public PdfBoxTextExtractor() {
        this(DocumentLimits.DEFAULT, Clock.systemUTC());
    }

    @Override
    public ExtractedDocument extract(PdfDocument pdf) {
        Objects.requireNonNull(pdf, "pdf");
        String origin = pdf.origin();
        ExtractionDeadline deadline = new ExtractionDeadline(clock, limits.timeout(), origin);
        if (pdf.size() > limits.maxBytes()) {
            throw Refusals.tooLarge(origin, pdf.size(), limits.maxBytes());
        }
        byte[] bytes = pdf.content();
        if (!PdfSignature.hasPdfHeader(bytes)) {
            throw Refusals.notPdf(origin, bytes);
        }
        boolean complete = PdfSignature.hasEndMarker(bytes);
        PDDocument document = open(bytes, origin, complete);
        try {
            return read(pdf.id(), document, origin, complete, deadline);
        } catch (InvalidDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox reports damage as IOExceptions and, in content streams, as runtime exceptions
            throw Refusals.corrupt(origin, !complete, e);
        } finally {
            closeQuietly(document);
        }
    }

    private static PDDocument open(byte[] bytes, String origin, boolean complete) {
        try {
            return Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache);
        } catch (InvalidPasswordException e) {
            throw Refusals.encrypted(origin, e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw Refusals.corrupt(origin, !complete, e);
        }
    }

    private ExtractedDocument read(PaperId id, PDDocument document, String origin, boolean complete,
                                   ExtractionDeadline deadline) throws IOException {
        int pageCount = document.getNumberOfPages();
        deadline.pages(pageCount);
        if (pageCount == 0) {
            throw complete ? Refusals.noPages(origin) : Refusals.corrupt(origin, true, null);
        }
        if (pageCount > limits.maxPages()) {
            throw Refusals.tooManyPages(origin, pageCount, limits.maxPages());
        }
        Map<String, Integer> dropped = new TreeMap<>();
        PageDraft[] drafts = new PageDraft[pageCount];
        int[] characters = new int[1];
        GlyphCollector collector = new GlyphCollector(deadline, page -> {
            characters[0] += countLettersAndDigits(page);
            RotatedText.count(page.rotated(), dropped);
            LineAssembler.Result assembled = LineAssembler.assemble(page.upright());
            if (assembled.droppedMarkers() > 0) {
                dropped.merge("footnote-marker", assembled.droppedMarkers(), Integer::sum);
            }
            if (page.number() >= 1 && page.number() <= drafts.length) {
                drafts[page.number() - 1] = new PageDraft(page.number(), page.width(), page.height(),
                        new ArrayList<>(assembled.lines()));
            }
        });
        collector.writeText(document, Writer.nullWriter());
        if (characters[0] < MIN_CHARACTERS_PER_PAGE * pageCount) {
            throw complete ? Refusals.noTextLayer(origin, pageCount, characters[0])
                    : Refusals.corrupt(origin, true, null);
        }
        fillEmptyPages(document, drafts);
        deadline.check(pageCount);

        List<PageDraft> pages = List.of(drafts);
        PageFurniture.remove(pages, dropped);
        List<List<LayoutLine>> fragments = new ArrayList<>(pageCount);
        List<Gutter> detected = new ArrayList<>(pageCount);
        for (PageDraft page : pages) {
            fragments.add(page.fragments());
            detected.add(ColumnDetector.detect(page.fragments()));
        }
        List<Gutter> gutters = ColumnDetector.reconcile(fragments, detected);
        Gutter usual = ColumnDetector.usual(fragments, detected);
        List<List<LayoutLine>> ordered = new ArrayList<>(pageCount);
        int[] columns = new int[pageCount];
        for (int i = 0; i < pageCount; i++) {
            ReadingOrder.Arranged arranged = ReadingOrder.arrange(fragments.get(i), gutters.get(i), usual);
            ordered.add(new ArrayList<>(arranged.lines()));
            columns[i] = arranged.columns();
        }
        Dehyphenator.rejoin(ordered);
        deadline.check(pageCount);

        List<PageLayout> layouts = new ArrayList<>(pageCount);
        for (int i = 0; i < pageCount; i++) {
            PageDraft page = drafts[i];
            List<TextLine> lines = new ArrayList<>(ordered.get(i).size());
            for (LayoutLine line : ordered.get(i)) {
                lines.add(line.toTextLine());
            }
            layouts.add(new PageLayout(page.number(), page.width(), page.height(), columns[i], lines));
        }
        return new ExtractedDocument(id, NAME, layouts, dropped);
    }

    private static int countLettersAndDigits(PageGlyphs page) {
        int n = 0;
        for (Glyph g : page.upright()) {
            String text = g.text();
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pages PDFBox skipped (no content stream) still get a layout, without lines. */
    private static void fillEmptyPages(PDDocument document, PageDraft[] drafts) {
        for (int i = 0; i < drafts.length; i++) {
            if (drafts[i] == null) {
                PDPage page = document.getPage(i);
                PDRectangle box = page.getCropBox();
                drafts[i] = PageDraft.empty(i + 1, box.getWidth(), box.getHeight());
            }
        }
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException | RuntimeException e) {
            // nothing was written: a failure to release a read-only document changes no result
        }
    }
}
