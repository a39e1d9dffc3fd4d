package io.papyri.core.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One paper of a test corpus manifest ({@code manifest.json}): the PDF's file name and the
 * hand-checked facts about it.
 *
 * @param file the PDF's file name inside the corpus's {@code pdfs/} folder
 * @param arxivId the arXiv id without version, or {@code null} for papers not on arXiv
 * @param title the title as printed, empty when the manifest has none
 * @param authors the authors as printed, in order
 * @param abstractText the abstract as one paragraph, empty when the paper has none
 * @param pages the page count, 0 when unknown
 * @param scanned whether the pages are scanned images
 * @param sectionHeadings the top-level headings as printed, in reading order
 */
public record CorpusEntry(String file, String arxivId, String title, List<String> authors, String abstractText,
                          int pages, boolean scanned, List<String> sectionHeadings) {

    /**
     * Checks for nulls and copies the lists.
     *
     * @param file the PDF's file name inside the corpus's {@code pdfs/} folder
     * @param arxivId the arXiv id without version, or {@code null} for papers not on arXiv
     * @param title the title as printed, empty when the manifest has none
     * @param authors the authors as printed, in order
     * @param abstractText the abstract as one paragraph, empty when the paper has none
     * @param pages the page count, 0 when unknown
     * @param scanned whether the pages are scanned images
     * @param sectionHeadings the top-level headings as printed, in reading order
     */
    public CorpusEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = List.copyOf(authors);
        sectionHeadings = List.copyOf(sectionHeadings);
    }

    /**
     * Whether the manifest gives an abstract to score a summary against.
     *
     * @return {@code true} when the abstract is not blank
     */
    public boolean hasAbstract() {
        return !abstractText.isBlank();
    }

    /**
     * Where the PDF is.
     *
     * @param corpus the corpus folder, which holds {@code manifest.json} and {@code pdfs/}
     * @return the PDF's path
     */
    public Path pdf(Path corpus) {
        return corpus.resolve(CorpusManifest.PDF_FOLDER).resolve(file);
    }
}
