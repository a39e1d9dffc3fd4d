package io.papyri.local.folder;

import io.papyri.api.ExtractedDocument;
import io.papyri.api.PdfDocument;
import io.papyri.api.spi.TextExtractor;
import io.papyri.local.pdf.PdfBoxTextExtractor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The PDFBox extractor, remembering the origin of every PDF it was asked to read. */
final class CountingExtractor implements TextExtractor {

    private final TextExtractor extractor = new PdfBoxTextExtractor();
    private final List<String> origins = new CopyOnWriteArrayList<>();

    @Override
    public ExtractedDocument extract(PdfDocument pdf) {
        origins.add(pdf.origin());
        return extractor.extract(pdf);
    }

    /** @return how many PDFs were read so far */
    int count() {
        return origins.size();
    }

    /** @return the origins of the PDFs read so far, in order */
    List<String> origins() {
        return List.copyOf(origins);
    }
}
