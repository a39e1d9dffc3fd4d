package io.papyri.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link io.papyri.api.spi.PaperSource} knows about a paper before its PDF is read.
 *
 * @param id          the paper, with version where the source has versions
 * @param title       the title, whitespace normalized
 * @param authors     author names in order
 * @param abstractText the abstract, whitespace normalized; empty when the source has none
 * @param categories  subject categories, primary first; may be empty
 * @param published   when the first version appeared, or {@code null} when unknown
 * @param updated     when this version appeared, or {@code null} when unknown
 * @param pdfUrl      where the PDF can be fetched, or {@code null} when the source holds it itself
 */
public record PaperMetadata(PaperId id, String title, List<String> authors, String abstractText,
                            List<String> categories, Instant published, Instant updated, URI pdfUrl) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param id the paper, with version where the source has versions
     * @param title the title, whitespace normalized
     * @param authors author names in order
     * @param abstractText the abstract, whitespace normalized; empty when the source has none
     * @param categories subject categories, primary first; may be empty
     * @param published when the first version appeared, or {@code null} when unknown
     * @param updated when this version appeared, or {@code null} when unknown
     * @param pdfUrl where the PDF can be fetched, or {@code null} when the source holds it itself
     */
    public PaperMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
    }

    /** @return when the first version appeared, if known */
    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(published);
    }

    /** @return where the PDF can be fetched, if the source gives a link */
    public Optional<URI> pdfLink() {
        return Optional.ofNullable(pdfUrl);
    }
}
