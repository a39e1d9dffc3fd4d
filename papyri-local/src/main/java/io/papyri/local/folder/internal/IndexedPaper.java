package io.papyri.local.folder.internal;

import io.papyri.api.PaperId;

import java.util.List;
import java.util.Objects;

/**
 * What the folder index holds about one PDF.
 *
 * @param relativePath the path relative to the folder, with '/' separators
 * @param id           the paper id
 * @param size         the file's size in bytes when it was read
 * @param modified     the file's last-modified time, in milliseconds since the epoch, when it was read
 * @param sha256       the SHA-256 of the file's bytes, empty when they were not read (over the size limit)
 * @param title        the title, or the file name when none could be read
 * @param authors      the authors in order
 * @param abstractText the abstract, empty when none could be read
 * @param error        why the PDF could not be read, empty when it was
 */
public record IndexedPaper(String relativePath, PaperId id, long size, long modified, String sha256, String title,
                           List<String> authors, String abstractText, String error) {

    /**
     * Checks the components and copies the author list.
     *
     * @param relativePath the path relative to the folder
     * @param id           the paper id
     * @param size         the file's size in bytes
     * @param modified     the file's last-modified time in milliseconds
     * @param sha256       the SHA-256 of the file's bytes, or empty
     * @param title        the title
     * @param authors      the authors
     * @param abstractText the abstract
     * @param error        why the PDF could not be read, or empty
     */
    public IndexedPaper {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        Objects.requireNonNull(error, "error");
        authors = List.copyOf(authors);
    }

    /**
     * The same paper under another path, as when a file is renamed or copied without change.
     *
     * @param path     the new relative path
     * @param newId    the id of the new path
     * @param newSize  the file's size
     * @param modified the file's last-modified time
     * @return the moved entry
     */
    public IndexedPaper movedTo(String path, PaperId newId, long newSize, long modified) {
        return new IndexedPaper(path, newId, newSize, modified, sha256, title, authors, abstractText, error);
    }

    /** @return whether the PDF was read without error */
    public boolean isRead() {
        return error.isEmpty();
    }
}
