package io.papyri.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link io.papyri.api.spi.TextExtractor} read from a PDF: the text lines of every page with
 * their positions and fonts, before any interpretation as a paper.
 *
 * @param id        the paper
 * @param extractor the name of the extractor that produced it, for provenance
 * @param pages     the pages in order
 * @param dropped   how many lines of each kind the extractor left out ({@code running-header},
 *                  {@code running-footer}, {@code page-number}, ...)
 */
public record ExtractedDocument(PaperId id, String extractor, List<PageLayout> pages, Map<String, Integer> dropped) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param id the paper
     * @param extractor the name of the extractor that produced it, for provenance
     * @param pages the pages in order
     * @param dropped how many lines of each kind the extractor left out ({@code running-header}, {@code running-footer}, {@code page-number}, ...)
     */
    public ExtractedDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(extractor, "extractor");
        pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
        dropped = Map.copyOf(Objects.requireNonNull(dropped, "dropped"));
    }

    /** @return the number of pages */
    public int pageCount() {
        return pages.size();
    }
}
