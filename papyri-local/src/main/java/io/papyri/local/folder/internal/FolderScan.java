package io.papyri.local.folder.internal;

import io.papyri.api.DocumentLimits;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.PapyriException;
import io.papyri.api.PdfDocument;
import io.papyri.api.spi.Cleaner;
import io.papyri.api.spi.TextExtractor;
import io.papyri.local.folder.FolderChanges;
import io.papyri.local.folder.internal.FolderListing.PdfFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Brings a folder's index up to date: lists the PDFs, and reads only those that are new or whose
 * size or modification time changed. A changed file whose bytes are the same as before, and a new
 * file whose bytes some indexed file already has (a rename or a copy), keep what was read before.
 * The others are extracted and cleaned for their title, authors and abstract; one that cannot be
 * read is indexed under its file name with the error, and is tried again only when it changes.
 */
public final class FolderScan {

    private static final Logger LOG = LoggerFactory.getLogger(FolderScan.class);

    private final Path folder;
    private final FolderIndex index;
    private final TextExtractor extractor;
    private final Cleaner cleaner;
    private final DocumentLimits limits;
    private final ExecutorService executor;

    /**
     * @param folder    the folder
     * @param index     its index
     * @param extractor reads PDFs' layouts
     * @param cleaner   reads title, authors and abstract out of a layout
     * @param limits    PDFs over the byte limit are not read
     * @param executor  where PDFs are read, several at a time
     */
    public FolderScan(Path folder, FolderIndex index, TextExtractor extractor, Cleaner cleaner, DocumentLimits limits,
                      ExecutorService executor) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.index = Objects.requireNonNull(index, "index");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** The new entry of a file, and whether its bytes differ from what the index had under its path. */
    private record Outcome(IndexedPaper entry, boolean contentChanged) {
    }

    /**
     * Compares the folder with the index and updates the index.
     *
     * @return what was added, changed and removed
     * @throws IOException  when the folder cannot be listed
     * @throws SQLException when the index fails
     */
    public FolderChanges run() throws IOException, SQLException {
        Map<String, PdfFile> onDisk = FolderListing.list(folder);
        Map<String, IndexedPaper> known = new LinkedHashMap<>();
        for (IndexedPaper entry : index.all()) {
            known.put(entry.relativePath(), entry);
        }
        List<PdfFile> toRead = new ArrayList<>();
        for (PdfFile file : onDisk.values()) {
            IndexedPaper old = known.get(file.relativePath());
            if (old == null || old.size() != file.size() || old.modified() != file.modified()) {
                toRead.add(file);
            }
        }
        List<String> removedPaths = new ArrayList<>();
        List<PaperId> removed = new ArrayList<>();
        known.forEach((path, entry) -> {
            if (!onDisk.containsKey(path)) {
                removedPaths.add(path);
                removed.add(entry.id());
            }
        });
        if (toRead.isEmpty() && removedPaths.isEmpty()) {
            return FolderChanges.NONE;
        }

        List<Future<Outcome>> pending = new ArrayList<>();
        for (PdfFile file : toRead) {
            pending.add(executor.submit(() -> read(file, known.get(file.relativePath()))));
        }
        List<IndexedPaper> entries = new ArrayList<>();
        List<PaperId> added = new ArrayList<>();
        List<PaperId> changed = new ArrayList<>();
        for (Future<Outcome> future : pending) {
            Outcome outcome = await(future);
            if (outcome == null) {
                continue; // the file went away while it was being read; the next scan sees that
            }
            entries.add(outcome.entry());
            if (!known.containsKey(outcome.entry().relativePath())) {
                added.add(outcome.entry().id());
            } else if (outcome.contentChanged()) {
                changed.add(outcome.entry().id());
            }
        }
        index.update(entries, removedPaths);
        return new FolderChanges(added, changed, removed);
    }

    private Outcome read(PdfFile file, IndexedPaper old) throws SQLException {
        String path = file.relativePath();
        PaperId id = FolderPaperIds.of(path);
        if (file.size() > limits.maxBytes()) {
            String error = "the file is " + file.size() + " bytes, over the limit of " + limits.maxBytes()
                    + " bytes (papyri.limits.max-pdf-bytes)";
            LOG.warn("Listing {} under its file name: {}", file.file(), error);
            return new Outcome(unread(file, id, "", error), true);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.file());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("Listing {} under its file name: it cannot be read ({})", file.file(), e.toString());
            return new Outcome(unread(file, id, "", "the file cannot be read: " + e), true);
        }
        String sha256 = PdfDocument.sha256(bytes);
        if (old != null && old.sha256().equals(sha256)) {
            return new Outcome(old.movedTo(path, id, file.size(), file.modified()), false);
        }
        var same = index.readWithDigest(sha256);
        if (same.isPresent()) {
            return new Outcome(same.get().movedTo(path, id, file.size(), file.modified()), true);
        }
        try {
            Paper paper = cleaner.clean(extractor.extract(new PdfDocument(id, bytes, file.file().toString())));
            String title = normalize(paper.title());
            return new Outcome(new IndexedPaper(path, id, file.size(), file.modified(), sha256,
                    title.isEmpty() ? fileTitle(path) : title,
                    paper.authors().stream().map(FolderScan::normalize).filter(a -> !a.isEmpty()).toList(),
                    normalize(paper.abstractText()), ""), true);
        } catch (RuntimeException | StackOverflowError e) {
            String error = e.getMessage() != null ? e.getMessage() : e.toString();
            LOG.warn("Listing {} under its file name: it could not be read as a paper ({})", file.file(), error);
            return new Outcome(unread(file, id, sha256, error), true);
        }
    }

    /**
     * The title a PDF is listed under when none can be read from it: its file name without {@code .pdf}.
     *
     * @param relativePath the file's relative path
     * @return the title
     */
    public static String fileTitle(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return name.length() > 4 ? name.substring(0, name.length() - 4) : name;
    }

    private static IndexedPaper unread(PdfFile file, PaperId id, String sha256, String error) {
        return new IndexedPaper(file.relativePath(), id, file.size(), file.modified(), sha256,
                fileTitle(file.relativePath()), List.of(), "", error);
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PapyriException("Interrupted while reading the PDFs of the folder.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new PapyriException("Could not index a PDF of the folder: " + cause, cause);
        }
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

}
