package io.papyri.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link io.papyri.api.spi.PaperStore} knows about one paper it keeps: the paper's identity
 * and headline metadata, where it came from, and which artifacts are stored for it.
 *
 * @param id        the paper
 * @param title     the title, empty until the paper has been read
 * @param authors   author names in order
 * @param source    the name of the source it was fetched from ({@code arxiv}, {@code folder}, {@code file})
 * @param pdfSha256 the SHA-256 of the stored PDF in lower-case hex, empty when no PDF is stored
 * @param artifacts stored artifacts by relative name ({@code paper.pdf}, {@code paper.json}, ...),
 *                  each with its size in bytes
 * @param created   when the store first saw the paper
 * @param updated   when anything about the paper last changed
 */
public record PaperRecord(PaperId id, String title, List<String> authors, String source, String pdfSha256,
                          Map<String, Long> artifacts, Instant created, Instant updated) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param id        the paper
     * @param title     the title, empty until the paper has been read
     * @param authors   author names in order
     * @param source    the name of the source it was fetched from
     * @param pdfSha256 the SHA-256 of the stored PDF, empty when no PDF is stored
     * @param artifacts stored artifacts by relative name, each with its size in bytes
     * @param created   when the store first saw the paper
     * @param updated   when anything about the paper last changed
     */
    public PaperRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pdfSha256, "pdfSha256");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        artifacts = Map.copyOf(Objects.requireNonNull(artifacts, "artifacts"));
    }
}
