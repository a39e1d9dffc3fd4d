package io.papyri.local.store;

import io.papyri.api.PaperId;
import io.papyri.api.PdfDocument;
import io.papyri.api.PaperRecord;
import io.papyri.api.PapyriException;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.spi.PaperStore;
import io.papyri.local.store.internal.ArtifactName;
import io.papyri.local.store.internal.AtomicFiles;
import io.papyri.local.store.internal.MetadataDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link PaperStore} on the local disk, with its metadata in an embedded SQLite database.
 *
 * <p>Layout under the root directory:
 * <pre>
 * papyri.db                                  metadata: papers and their artifacts (SQLite, WAL mode)
 * papers/&lt;PaperId.storageKey()&gt;/paper.pdf       the PDF
 * papers/&lt;key&gt;/extracted.json                  the extracted layout
 * papers/&lt;key&gt;/paper.json                      the structured paper
 * papers/&lt;key&gt;/summaries/&lt;provider&gt;-&lt;hash&gt;.json  and any other artifact, by its relative name
 * </pre>
 *
 * <p>Every artifact is written atomically: to a temporary file in the same directory, forced to
 * disk, then renamed over the old file. A reader sees the old or the new bytes, never a mix; a crash
 * mid-write leaves the old version (and a hidden {@code .*.tmp} file that is never read as content
 * and is removed by a later write to the same directory once it is a day old). When several threads
 * or processes write the same artifact, the last rename wins. Within one store instance, the rename
 * and the metadata update of a paper happen together, so the recorded size always matches the file.
 *
 * <p>Artifact names are relative paths of {@code '/'}-separated segments of letters, digits,
 * {@code '.'}, {@code '_'} and {@code '-'}, not starting with a dot; anything else (absolute paths,
 * {@code ..}, backslashes, empty segments) is refused, and the resolved file is checked to lie in the
 * paper's directory even through symbolic links.
 *
 * <p>Thread-safe. Several processes may share one root: SQLite serializes their metadata writes.
 */
public final class LocalPaperStore implements PaperStore {

    /** The name of a paper's PDF artifact; writing it records the PDF's SHA-256 digest. */
    public static final String PDF = "paper.pdf";
    /** The metadata database's file name under the root. */
    public static final String DATABASE_FILE = "papyri.db";
    /** The directory under the root that holds one directory per paper. */
    public static final String PAPERS_DIRECTORY = "papers";

    /** A crashed writer's temporary file older than this is removed by the next write next to it. */
    private static final Duration STALE_TEMPORARY_FILE = Duration.ofDays(1);

    private final Path root;
    private final Path papers;
    private final Clock clock;
    private final MetadataDatabase database;
    private final ReentrantLock[] paperLocks = new ReentrantLock[64];
    private volatile boolean closed;

    /**
     * Opens the store under a root directory, creating the directory and the database if needed.
     *
     * @param root  the root directory
     * @param clock the clock that stamps records' created and updated times
     * @throws ProviderConfigurationException when the root cannot be created or written, or its
     *                                        database was written by a newer Papyri
     */
    public LocalPaperStore(Path root, Clock clock) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.papers = this.root.resolve(PAPERS_DIRECTORY);
        for (int i = 0; i < paperLocks.length; i++) {
            paperLocks[i] = new ReentrantLock();
        }
        try {
            AtomicFiles.createDirectories(papers);
        } catch (IOException e) {
            throw new ProviderConfigurationException("Cannot create the paper store directory " + papers + " ("
                    + e + "). Set " + LocalPaperStoreProvider.STORE_DIR + " (environment PAPYRI_STORE_DIR) to a"
                    + " directory you can write.", e);
        }
        if (!Files.isWritable(this.root) || !Files.isWritable(papers)) {
            throw new ProviderConfigurationException("The paper store directory " + this.root + " is not writable."
                    + " Set " + LocalPaperStoreProvider.STORE_DIR + " (environment PAPYRI_STORE_DIR) to a directory"
                    + " you can write, or fix its permissions.");
        }
        Path databaseFile = this.root.resolve(DATABASE_FILE);
        try {
            this.database = MetadataDatabase.open(databaseFile);
        } catch (SQLException e) {
            throw new ProviderConfigurationException("Cannot open the paper store's metadata database " + databaseFile
                    + " (" + e.getMessage() + "). Check that it is a SQLite file you can write, or set "
                    + LocalPaperStoreProvider.STORE_DIR + " to another directory.", e);
        } catch (IllegalStateException e) {
            throw new ProviderConfigurationException(e.getMessage(), e);
        }
    }

    /** @return the root directory, absolute */
    public Path root() {
        return root;
    }

    /**
     * The directory that holds a paper's artifacts; it exists once an artifact has been written.
     *
     * @param id the paper
     * @return {@code <root>/papers/<id.storageKey()>}
     */
    public Path directory(PaperId id) {
        return papers.resolve(Objects.requireNonNull(id, "id").storageKey());
    }

    /**
     * The file that holds one artifact; it exists once the artifact has been written.
     *
     * @param id       the paper
     * @param artifact the artifact's relative name
     * @return the file under the paper's directory
     * @throws IllegalArgumentException when the artifact name is not a safe relative name
     */
    public Path file(PaperId id, String artifact) {
        Path directory = directory(id);
        Path file = directory.resolve(ArtifactName.check(artifact)).normalize();
        if (!file.startsWith(directory) || file.equals(directory)) {
            throw new IllegalArgumentException("Artifact '" + artifact + "' would lie outside the directory of "
                    + id + ".");
        }
        return file;
    }

    @Override
    public void put(PaperId id, String artifact, byte[] content) {
        Objects.requireNonNull(content, "content");
        ensureOpen();
        Path directory = directory(id);
        Path target = file(id, artifact);
        try {
            Path existing = target.getParent();
            while (!Files.exists(existing) && !existing.equals(directory)) {
                existing = existing.getParent();
            }
            if (Files.exists(existing)) {
                requireInside(existing, directory, id, artifact); // before creating anything through a link
            }
            AtomicFiles.createDirectories(target.getParent());
            requireInside(target.getParent(), directory, id, artifact);
            Path temporary = AtomicFiles.writeTemporary(target, out -> out.write(content));
            String digest = PDF.equals(artifact) ? PdfDocument.sha256(content) : null;
            ReentrantLock lock = paperLocks[Math.floorMod(directory.getFileName().hashCode(), paperLocks.length)];
            lock.lock();
            try {
                AtomicFiles.commit(temporary, target);
                database.recordArtifact(id, artifact, content.length, digest, clock.instant());
            } finally {
                lock.unlock();
            }
            // file times are the file system's, so stale files are judged by the system clock
            AtomicFiles.removeStaleTemporaryFiles(target.getParent(), Instant.now().minus(STALE_TEMPORARY_FILE));
        } catch (IOException e) {
            throw new PapyriException("Could not write artifact '" + artifact + "' of paper " + id + " to " + target
                    + " (" + e + "). Check that " + root + " is writable and has free space.", e);
        } catch (SQLException e) {
            throw databaseFailure("record artifact '" + artifact + "' of paper " + id, e);
        }
    }

    @Override
    public Optional<byte[]> get(PaperId id, String artifact) {
        ensureOpen();
        Path directory = directory(id);
        Path file = file(id, artifact);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            requireInside(file, directory, id, artifact);
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new PapyriException("Could not read artifact '" + artifact + "' of paper " + id + " from " + file
                    + " (" + e + "). Check the file's permissions.", e);
        }
    }

    @Override
    public void putRecord(PaperRecord record) {
        Objects.requireNonNull(record, "record");
        try {
            database.recordMetadata(record.id(), record.title(), record.authors(), record.source(), clock.instant());
        } catch (SQLException e) {
            throw databaseFailure("record the metadata of paper " + record.id(), e);
        }
    }

    @Override
    public Optional<PaperRecord> record(PaperId id) {
        Objects.requireNonNull(id, "id");
        try {
            return database.record(id);
        } catch (SQLException e) {
            throw databaseFailure("read the record of paper " + id, e);
        }
    }

    @Override
    public List<PaperRecord> records() {
        try {
            return database.records();
        } catch (SQLException e) {
            throw databaseFailure("list the stored papers", e);
        }
    }

    @Override
    public List<PaperId> papers() {
        return records().stream().filter(r -> !r.artifacts().isEmpty()).map(PaperRecord::id).toList();
    }

    /** Closes the metadata database; later calls fail. Closing twice does nothing. */
    @Override
    public void close() {
        closed = true;
        try {
            database.close();
        } catch (SQLException e) {
            throw databaseFailure("close", e);
        }
    }

    @Override
    public String toString() {
        return "LocalPaperStore[" + root + "]";
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The paper store at " + root + " is closed.");
        }
    }

    /** Refuses a path that, through symbolic links, leads out of the paper's directory. */
    private static void requireInside(Path path, Path directory, PaperId id, String artifact) throws IOException {
        if (!path.toRealPath().startsWith(directory.toRealPath())) {
            throw new IllegalArgumentException("Artifact '" + artifact + "' of paper " + id
                    + " resolves outside the paper's directory " + directory + " through a symbolic link.");
        }
    }

    private PapyriException databaseFailure(String action, SQLException e) {
        return new PapyriException("The paper store could not " + action + " in " + database.file() + " ("
                + e.getMessage() + "). If another process holds the database locked, retry.", e);
    }

}
