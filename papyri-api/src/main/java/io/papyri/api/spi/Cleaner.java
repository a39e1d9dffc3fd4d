package io.papyri.api.spi;

import io.papyri.api.ExtractedDocument;
import io.papyri.api.Paper;

/** Turns an extracted layout into a structured {@link Paper}. */
public interface Cleaner extends Stage {

    /**
     * Interprets the layout: title, authors, abstract, sections, captions, references.
     *
     * @param document what an extractor read
     * @return the paper
     */
    Paper clean(ExtractedDocument document);
}
