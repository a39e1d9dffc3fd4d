package io.papyri.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;

/**
 * The pseudonymous rater id of {@code papyri rate} when {@code --rater} is not given: the setting
 * {@value #SETTING} (system property, or environment {@code PAPYRI_RATER}), else an id made up once
 * and kept in {@value #FILE} under the store directory, so that one person's ratings share an id
 * without naming them.
 */
final class RaterId {

    /** The setting that names the rater. */
    static final String SETTING = "papyri.rater";
    /** The file under the store directory that keeps the made-up id. */
    static final String FILE = "rater-id";

    private RaterId() {
    }

    /**
     * The rater id to use.
     *
     * @param env the environment
     * @return the id from the setting, else the one kept in the store directory (made up on first use)
     */
    static String resolve(Map<String, String> env) {
        String set = System.getProperty(SETTING);
        if (set == null || set.isBlank()) {
            set = env.get("PAPYRI_RATER");
        }
        if (set != null && !set.isBlank()) {
            return set.strip();
        }
        return kept(storeDirectory(env).resolve(FILE));
    }

    /** The store directory as the local providers see it: papyri.store.dir, PAPYRI_STORE_DIR, else ~/.papyri. */
    static Path storeDirectory(Map<String, String> env) {
        String dir = System.getProperty("papyri.store.dir");
        if (dir == null || dir.isBlank()) {
            dir = env.get("PAPYRI_STORE_DIR");
        }
        if (dir == null || dir.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".papyri");
        }
        return Path.of(dir.strip());
    }

    private static String kept(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.writeString(file, "rater-" + UUID.randomUUID() + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first; use its id
                }
            }
            String id = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (id.isEmpty()) {
                throw new UncheckedIOException(new IOException("The rater id file " + file + " is empty; delete it"
                        + " to make a new id, or pass --rater."));
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the rater id in " + file + " (" + e.getMessage()
                    + "); pass --rater ID or set " + SETTING + ".", e);
        }
    }
}
