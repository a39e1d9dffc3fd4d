package io.papyri.core.arxiv;

import io.papyri.api.PaperMetadata;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything arXiv's Atom feed says about one paper. Text is whitespace-normalized: arXiv
 * hard-wraps titles and abstracts, and older feeds indent them.
 *
 * @param id              the id with the version this entry describes
 * @param title           the title
 * @param authors         the authors in order, with their affiliations when arXiv has them
 * @param summary         the abstract
 * @param categories      every category in the feed's order
 * @param primaryCategory the primary category, or {@code null} when the feed has none
 * @param published       when version 1 was submitted, or {@code null} when the feed has no date
 * @param updated         when this version was submitted, or {@code null} when the feed has no date
 * @param doi             the DOI, or {@code null}
 * @param journalRef      the journal reference, or {@code null}
 * @param comment         the authors' comment (pages, figures, venue), or {@code null}
 * @param links           every link: the abstract page, the PDF, the DOI
 */
public record ArxivEntry(ArxivId id, String title, List<Author> authors, String summary, List<String> categories,
                         String primaryCategory, Instant published, Instant updated, String doi, String journalRef,
                         String comment, List<Link> links) {

    /**
     * One author.
     *
     * @param name         the name as arXiv lists it
     * @param affiliations the affiliations arXiv lists for this author, often none
     */
    public record Author(String name, List<String> affiliations) {

        /**
         * Checks the components and copies the list.
         *
         * @param name the name as arXiv lists it
         * @param affiliations the affiliations arXiv lists for this author, often none
         */
        public Author {
            Objects.requireNonNull(name, "name");
            affiliations = List.copyOf(Objects.requireNonNull(affiliations, "affiliations"));
        }
    }

    /**
     * One {@code <link>} of an entry.
     *
     * @param href  the target
     * @param rel   the relation ({@code alternate} for the abstract page, {@code related} for PDF and DOI), or {@code null}
     * @param type  the media type, or {@code null}
     * @param title the title ({@code pdf}, {@code doi}), or {@code null}
     */
    public record Link(URI href, String rel, String type, String title) {

        /**
         * Checks the target.
         *
         * @param href the target
         * @param rel the relation, or {@code null}
         * @param type the media type, or {@code null}
         * @param title the title, or {@code null}
         */
        public Link {
            Objects.requireNonNull(href, "href");
        }
    }

    /**
     * Checks the components and copies the lists.
     *
     * @param id the id with the version this entry describes
     * @param title the title
     * @param authors the authors in order
     * @param summary the abstract
     * @param categories every category in the feed's order
     * @param primaryCategory the primary category, or {@code null}
     * @param published when version 1 was submitted, or {@code null}
     * @param updated when this version was submitted, or {@code null}
     * @param doi the DOI, or {@code null}
     * @param journalRef the journal reference, or {@code null}
     * @param comment the authors' comment, or {@code null}
     * @param links every link
     */
    public ArxivEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
        links = List.copyOf(Objects.requireNonNull(links, "links"));
    }

    /** @return the author names in order */
    public List<String> authorNames() {
        return authors.stream().map(Author::name).toList();
    }

    /** @return the PDF link the feed gives ({@code title="pdf"} or type {@code application/pdf}), if any */
    public Optional<URI> pdfLink() {
        return links.stream()
                .filter(link -> "pdf".equals(link.title()) || "application/pdf".equals(link.type()))
                .map(Link::href).findFirst();
    }

    /** @return the abstract page ({@code rel="alternate"}), if any */
    public Optional<URI> abstractLink() {
        return links.stream().filter(link -> "alternate".equals(link.rel())).map(Link::href).findFirst();
    }

    /**
     * The categories with the primary one first, each once.
     *
     * @return the categories
     */
    public List<String> categoriesPrimaryFirst() {
        List<String> ordered = new ArrayList<>();
        if (primaryCategory != null) {
            ordered.add(primaryCategory);
        }
        categories.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    /**
     * The source-neutral metadata, with the PDF link the feed gives.
     *
     * @return the metadata; its id is {@code arxiv:<id with version>}
     */
    public PaperMetadata toMetadata() {
        return metadata(pdfLink().orElse(null));
    }

    /**
     * The source-neutral metadata, with the PDF link on a given PDF base (a mirror, or arXiv's own).
     *
     * @param pdfBase the PDF base URL ending in {@code /}, such as {@code https://arxiv.org/pdf/}
     * @return the metadata; its PDF link is {@code <pdfBase><id with version>}
     */
    public PaperMetadata toMetadata(URI pdfBase) {
        Objects.requireNonNull(pdfBase, "pdfBase");
        return metadata(URI.create(pdfBase.toString() + id));
    }

    private PaperMetadata metadata(URI pdf) {
        return new PaperMetadata(id.toPaperId(), title, authorNames(), summary, categoriesPrimaryFirst(),
                published, updated, pdf);
    }
}
