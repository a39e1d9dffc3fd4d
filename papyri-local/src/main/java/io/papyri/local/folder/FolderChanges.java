package io.papyri.local.folder;

import io.papyri.api.PaperId;

import java.util.List;
import java.util.Objects;

/**
 * What a look at the folder found different from the index: PDFs that appeared, PDFs whose content
 * changed, and PDFs that went away. A file whose time changed but whose bytes did not is not counted.
 *
 * @param added   papers of new files
 * @param changed papers whose file now holds other bytes
 * @param removed papers whose file is gone
 */
public record FolderChanges(List<PaperId> added, List<PaperId> changed, List<PaperId> removed) {

    /** Nothing changed. */
    public static final FolderChanges NONE = new FolderChanges(List.of(), List.of(), List.of());

    /**
     * Checks the components and copies the lists.
     *
     * @param added   papers of new files
     * @param changed papers whose file now holds other bytes
     * @param removed papers whose file is gone
     */
    public FolderChanges {
        added = List.copyOf(Objects.requireNonNull(added, "added"));
        changed = List.copyOf(Objects.requireNonNull(changed, "changed"));
        removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
    }

    /** @return whether nothing was added, changed or removed */
    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
