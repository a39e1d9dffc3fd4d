package io.papyri.api.spi;

import io.papyri.api.ExtractedDocument;
import io.papyri.api.PdfDocument;

/** Reads the text of a PDF: lines in reading order with position, font size and style, per page. */
public interface TextExtractor extends Stage {

    /**
     * Extracts the layout of a PDF.
     *
     * @param pdf the document
     * @return its pages with their text lines
     * @throws io.papyri.api.InvalidDocumentException when the bytes are not a readable PDF with text,
     *                                                or exceed the configured limits
     */
    ExtractedDocument extract(PdfDocument pdf);
}
