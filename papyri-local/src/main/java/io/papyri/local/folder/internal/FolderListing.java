package io.papyri.local.folder.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lists the PDFs under a folder, recursively: regular files whose name ends in {@code .pdf} in any
 * case. Hidden files and directories (names starting with '.') are skipped; symbolic links are
 * followed, and a link that loops back is skipped. Only file attributes are read, not content.
 */
public final class FolderListing {

    private static final Logger LOG = LoggerFactory.getLogger(FolderListing.class);

    /**
     * A PDF in the folder as the file system describes it.
     *
     * @param relativePath the path relative to the folder, with '/' separators
     * @param file         the file
     * @param size         its size in bytes
     * @param modified     its last-modified time in milliseconds since the epoch
     */
    public record PdfFile(String relativePath, Path file, long size, long modified) {
    }

    private FolderListing() {
    }

    /**
     * Lists a folder's PDFs.
     *
     * @param folder the folder
     * @return the PDFs by relative path, in path order
     * @throws IOException when the folder itself cannot be read
     */
    public static Map<String, PdfFile> list(Path folder) throws IOException {
        Map<String, PdfFile> files = new TreeMap<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && !isHidden(file) && isPdfName(file)) {
                            String relative = relativePath(folder, file);
                            files.put(relative, new PdfFile(relative, file, attributes.size(),
                                    attributes.lastModifiedTime().toMillis()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (file.equals(folder)) {
                            throw e;
                        }
                        if (e instanceof FileSystemLoopException) {
                            LOG.debug("Skipping {}: a symbolic link loops back to a parent directory", file);
                        } else {
                            LOG.warn("Skipping {} in the PDF folder: {}", file, e.toString());
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        return files;
    }

    /**
     * The path of a file relative to the folder, with '/' separators on every platform.
     *
     * @param folder the folder
     * @param file   a file under it
     * @return the relative path
     */
    public static String relativePath(Path folder, Path file) {
        StringBuilder out = new StringBuilder();
        for (Path part : folder.relativize(file)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(part);
        }
        return out.toString();
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isPdfName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }
}
