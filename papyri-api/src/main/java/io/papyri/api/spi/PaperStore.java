package io.papyri.api.spi;

import io.papyri.api.PaperId;

import java.util.List;
import java.util.Optional;

/**
 * Keeps a paper's artifacts ({@code paper.pdf}, {@code extracted.json}, {@code paper.json},
 * {@code summaries/<provider>-<config-hash>.json}, ...) under its id. Writes are atomic: a reader
 * sees the old or the new content, never a part.
 */
public interface PaperStore extends Stage {

    /**
     * Writes one artifact, replacing any previous content.
     *
     * @param id       the paper
     * @param artifact the artifact's relative name, such as {@code paper.pdf} or {@code summaries/local-1a2b.json}
     * @param content  the bytes
     */
    void put(PaperId id, String artifact, byte[] content);

    /**
     * Reads one artifact.
     *
     * @param id       the paper
     * @param artifact the artifact's relative name
     * @return the bytes, or empty when the artifact was never written
     */
    Optional<byte[]> get(PaperId id, String artifact);

    /** @return the papers that have at least one artifact */
    List<PaperId> papers();
}
