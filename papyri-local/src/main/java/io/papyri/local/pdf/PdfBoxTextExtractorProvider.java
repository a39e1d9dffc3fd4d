package io.papyri.local.pdf;

import io.papyri.api.spi.ProviderContext;
import io.papyri.api.spi.TextExtractor;
import io.papyri.api.spi.TextExtractorProvider;

/**
 * Provides the {@link PdfBoxTextExtractor} under the name {@code pdfbox}; registered in
 * {@code META-INF/services/io.papyri.api.spi.TextExtractorProvider}.
 */
public final class PdfBoxTextExtractorProvider implements TextExtractorProvider {

    /** Needed by {@link java.util.ServiceLoader}. */
    public PdfBoxTextExtractorProvider() {
    }

    @Override
    public String name() {
        return PdfBoxTextExtractor.NAME;
    }

    @Override
    public String description() {
        return "Reads the text layer of PDFs in process with Apache PDFBox: lines in reading order with fonts and"
                + " columns, running heads and page numbers removed; no OCR, so scans need another extractor.";
    }

    @Override
    public TextExtractor create(ProviderContext context) {
        return new PdfBoxTextExtractor(context.limits(), context.clock());
    }
}
