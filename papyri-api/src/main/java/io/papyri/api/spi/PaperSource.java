package io.papyri.api.spi;

import io.papyri.api.PaperId;
import io.papyri.api.PaperMetadata;
import io.papyri.api.PdfDocument;
import io.papyri.api.SearchQuery;

import java.util.Optional;
import java.util.stream.Stream;

/** Finds papers and fetches their PDFs: arXiv, a local folder, an S3 bucket. */
public interface PaperSource extends Stage {

    /**
     * Searches the source. Results are fetched lazily as the stream is consumed; close the stream
     * to stop early.
     *
     * @param query what to look for
     * @return matching papers in the asked order, at most {@code query.maxResults()}
     * @throws io.papyri.api.SourceUnavailableException when the source does not answer
     */
    Stream<PaperMetadata> search(SearchQuery query);

    /**
     * Looks one paper up.
     *
     * @param id the paper
     * @return its metadata, or empty when the source has no such paper
     * @throws io.papyri.api.SourceUnavailableException when the source does not answer
     */
    Optional<PaperMetadata> metadata(PaperId id);

    /**
     * Fetches one paper's PDF.
     *
     * @param id the paper
     * @return its PDF
     * @throws io.papyri.api.PaperNotFoundException     when the source has no such paper
     * @throws io.papyri.api.SourceUnavailableException when the source does not answer
     */
    PdfDocument fetch(PaperId id);
}
