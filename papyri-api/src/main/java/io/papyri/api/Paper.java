package io.papyri.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A paper as a reader sees it: title, authors, abstract, sections with paragraphs, captions and
 * references, with the title block, equations, footnotes and running heads taken out.
 *
 * @param id         the paper
 * @param title      the title, empty when none was found
 * @param authors    author names in order
 * @param abstractText the abstract as one paragraph, empty when none was found
 * @param sections   the body in reading order
 * @param captions   figure and table captions
 * @param references the bibliography, one string per entry
 * @param removed    how many pieces of each kind were taken out of the body ({@code title-block},
 *                   {@code equation}, {@code footnote}, {@code caption}, {@code reference},
 *                   {@code running-header}, {@code page-number}, ...)
 */
public record Paper(PaperId id, String title, List<String> authors, String abstractText, List<Section> sections,
                    List<Caption> captions, List<String> references, Map<String, Integer> removed) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param id the paper
     * @param title the title, empty when none was found
     * @param authors author names in order
     * @param abstractText the abstract as one paragraph, empty when none was found
     * @param sections the body in reading order
     * @param captions figure and table captions
     * @param references the bibliography, one string per entry
     * @param removed how many pieces of each kind were taken out of the body ({@code title-block}, {@code equation}, {@code footnote}, {@code caption}, {@code reference}, {@code running-header}, {@code page-number}, ...)
     */
    public Paper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        captions = List.copyOf(Objects.requireNonNull(captions, "captions"));
        references = List.copyOf(Objects.requireNonNull(references, "references"));
        removed = Map.copyOf(Objects.requireNonNull(removed, "removed"));
    }

    /**
     * Every body paragraph in reading order, across sections.
     *
     * @return the paragraphs
     */
    public Stream<Paragraph> paragraphs() {
        return sections.stream().flatMap(s -> s.paragraphs().stream());
    }
}
