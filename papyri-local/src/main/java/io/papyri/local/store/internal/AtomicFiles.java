package io.papyri.local.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;

/**
 * Writes files so that a reader sees either the old or the new content, never a part of it, and a
 * crash mid-write leaves the old version: the content goes to a temporary file in the same
 * directory, is forced to disk, and is renamed over the target in one step; the directory is then
 * forced too, where the platform allows it.
 *
 * <p>Temporary files are named {@code .<target name>.<random>.tmp}. One left behind by a crash is
 * never mistaken for content and can be removed with {@link #removeStaleTemporaryFiles}.
 */
public final class AtomicFiles {

    /** Writes content to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out where to write; do not close it
         * @throws IOException when writing fails; the target is then left as it was
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Replaces a file's content atomically.
     *
     * @param target the file; its directory must exist
     * @param content the new content
     * @throws IOException when the content cannot be written; the target is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        commit(writeTemporary(target, content), target);
    }

    /**
     * The first half of {@link #write}: writes the content to a new temporary file next to the target
     * and forces it to disk. On failure the temporary file is removed.
     *
     * @param target the file the content is meant for
     * @param content the content
     * @return the temporary file, to be passed to {@link #commit}
     * @throws IOException when the content cannot be written
     */
    public static Path writeTemporary(Path target, Content content) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + "."
                + HexFormat.of().formatHex(randomBytes())
                + TEMPORARY_SUFFIX);
        boolean written = false;
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            channel.force(true);
            written = true;
        } finally {
            if (!written) {
                Files.deleteIfExists(temporary);
            }
        }
        return temporary;
    }

    /**
     * The second half of {@link #write}: renames a temporary file over its target in one step and
     * forces the directory to disk.
     *
     * @param temporary a file from {@link #writeTemporary}
     * @param target the file to replace
     * @throws IOException when the rename fails; the temporary file is then removed
     */
    public static void commit(Path temporary, Path target) throws IOException {
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        syncDirectory(target.getParent());
    }

    /**
     * Creates a directory and any missing parents, forcing each new entry to disk.
     *
     * @param directory the directory
     * @throws IOException when it cannot be created
     */
    public static void createDirectories(Path directory) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = directory.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        if (missing.isEmpty()) {
            return;
        }
        Files.createDirectories(directory);
        for (Path created : missing) {
            syncDirectory(created.getParent());
        }
    }

    /**
     * Forces a directory's entries to disk. Platforms that cannot open a directory (Windows) are
     * skipped: their renames are durable without it.
     *
     * @param directory the directory
     */
    public static void syncDirectory(Path directory) {
        if (directory == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported for directories on this platform
        }
    }

    /**
     * Whether a file is one of this class's temporary files.
     *
     * @param file the file
     * @return {@code true} for {@code .<name>.<random>.tmp}
     */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX);
    }

    /**
     * Removes temporary files that a crashed writer left in a directory. Files modified at or after
     * the cut-off are kept, since another writer may still be filling them.
     *
     * @param directory the directory, not searched recursively
     * @param cutOff    only files last modified before this are removed
     * @return how many files were removed
     * @throws IOException when the directory cannot be listed
     */
    public static int removeStaleTemporaryFiles(Path directory, Instant cutOff) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, AtomicFiles::isTemporary)) {
            for (Path entry : entries) {
                try {
                    if (Files.isRegularFile(entry) && Files.getLastModifiedTime(entry).toInstant().isBefore(cutOff)
                            && Files.deleteIfExists(entry)) {
                        removed++;
                    }
                } catch (IOException e) {
                    // gone already, or not ours to remove
                }
            }
        }
        return removed;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
