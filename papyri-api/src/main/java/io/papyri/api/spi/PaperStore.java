package io.papyri.api.spi;

import io.papyri.api.PaperId;
import io.papyri.api.PaperRecord;

import java.util.List;
import java.util.Optional;

/**
 * Keeps a paper's artifacts ({@code paper.pdf}, {@code extracted.json}, {@code paper.json},
 * {@code summaries/<provider>-<config-hash>.json}, ...) under its id, and a {@link PaperRecord} of
 * metadata per paper. Writes are atomic: a reader sees the old or the new content, never a part,
 * and a crash mid-write leaves the old version.
 */
public interface PaperStore extends Stage {

    /**
     * Writes one artifact, replacing any previous content, and lists it in the paper's record
     * (creating the record if the paper is new).
     *
     * @param id       the paper
     * @param artifact the artifact's relative name, such as {@code paper.pdf} or {@code summaries/local-1a2b.json}
     * @param content  the bytes
     * @throws IllegalArgumentException when the artifact name is not a safe relative name
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

    /**
     * Writes a paper's metadata (title, authors, source), keeping the artifact list, the PDF digest
     * and the creation time the store already has.
     *
     * @param record the metadata
     */
    void putRecord(PaperRecord record);

    /**
     * Reads a paper's record.
     *
     * @param id the paper
     * @return the record, or empty when the store has nothing of the paper
     */
    Optional<PaperRecord> record(PaperId id);

    /** @return the records of every paper in the store, most recently updated first */
    List<PaperRecord> records();

    /** @return the papers that have at least one artifact */
    default List<PaperId> papers() {
        return records().stream().map(PaperRecord::id).toList();
    }
}
