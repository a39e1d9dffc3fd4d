package io.papyri.local.folder;

import io.papyri.api.DocumentLimits;
import io.papyri.api.InvalidDocumentException;
import io.papyri.api.PaperId;
import io.papyri.api.PaperMetadata;
import io.papyri.api.PaperNotFoundException;
import io.papyri.api.PapyriException;
import io.papyri.api.PdfDocument;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.SearchQuery;
import io.papyri.api.SourceUnavailableException;
import io.papyri.api.spi.Cleaner;
import io.papyri.api.spi.PaperSource;
import io.papyri.api.spi.TextExtractor;
import io.papyri.core.clean.DefaultCleaner;
import io.papyri.local.folder.internal.FolderIndex;
import io.papyri.local.folder.internal.FolderPaperIds;
import io.papyri.local.folder.internal.FolderScan;
import io.papyri.local.folder.internal.FullTextQuery;
import io.papyri.local.folder.internal.IndexedPaper;
import io.papyri.local.pdf.PdfBoxTextExtractor;
import io.papyri.local.store.internal.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * A {@link PaperSource} over a directory of PDFs: a local library.
 *
 * <p>Every {@code *.pdf} file under the folder (in any case, in sub-directories too; hidden files and
 * directories skipped) is a paper. Its title, authors and abstract come from the PDF itself
 * (extracted and cleaned); its published and updated times are the file's modification time. A PDF
 * that cannot be read is listed under its file name, and the error is logged.
 *
 * <p>What was read is kept in an index (a SQLite file), keyed by path, size and modification time,
 * with the bytes' SHA-256: an unchanged file is never read twice, nor is a renamed or copied one.
 * Every {@link #search}, {@link #list} and {@link #refresh} first compares the folder with the index,
 * so added, changed and removed files are noticed; only new and changed files are read.
 *
 * <p>Search is ranked full-text search (SQLite FTS5, BM25, English stemming) over titles and
 * abstracts: free words and {@code "quoted phrases"}; {@code ti:}, {@code abs:} and {@code au:}
 * limit a word or phrase to the title, abstract or authors. Papers that hold every word and phrase
 * are returned; when none does, those that hold any. The date range of a query applies to the
 * files' modification dates (UTC).
 *
 * <p>Ids are {@code folder:<relative path>}, encoded to fit a paper id (see {@link #idOf(String)}).
 *
 * <p>Thread-safe; close it to release the index and the reading threads.
 */
public final class FolderSource implements PaperSource {

    /** The scheme of the ids this source gives out. */
    public static final String SCHEME = FolderPaperIds.SCHEME;

    private final Path folder;
    private final FolderIndex index;
    private final FolderScan scan;
    private final DocumentLimits limits;
    private final ExecutorService readers;
    private final ReentrantLock scanLock = new ReentrantLock();

    private FolderSource(Builder builder) {
        this.folder = builder.folder;
        this.limits = builder.limits;
        this.readers = Executors.newFixedThreadPool(builder.threads, daemonThreads());
        try {
            AtomicFiles.createDirectories(builder.index.getParent());
            this.index = FolderIndex.open(builder.index);
        } catch (IOException | SQLException | IllegalStateException e) {
            readers.shutdownNow();
            throw new ProviderConfigurationException("Cannot open the folder index " + builder.index + " ("
                    + e.getMessage() + "). Set " + FolderSourceProvider.INDEX + " to a file in a writable"
                    + " directory.", e);
        }
        Cleaner cleaner = builder.cleaner != null ? builder.cleaner : new DefaultCleaner();
        TextExtractor extractor = builder.extractor != null ? builder.extractor
                : new PdfBoxTextExtractor(builder.limits, builder.clock);
        this.scan = new FolderScan(folder, index, extractor, cleaner, limits, readers);
    }

    /**
     * Starts a source over a folder.
     *
     * @param folder the directory of PDFs
     * @return a builder
     */
    public static Builder builder(Path folder) {
        return new Builder(folder);
    }

    /**
     * The id a PDF of this folder has.
     *
     * <p>{@code folder:} then the path relative to the folder with {@code '/'} separators; ASCII
     * letters, digits, {@code '-'} and {@code '.'} stay, every other byte of the UTF-8 path
     * (including {@code '_'}, and a second {@code '.'} in a row) becomes {@code _HH}:
     * {@code 2017/Attention Is All You Need.pdf} is {@code folder:2017/Attention_20Is_20All_20You_20Need.pdf}.
     * A path that would not make a valid id that way (it starts with another character than an ASCII
     * letter or digit, or encodes to more than 200 characters) gets {@code folder:sha256-<hex>}, the
     * digest of the relative path.
     *
     * @param relativePath the path relative to the folder, with '/' separators
     * @return the id
     */
    public static PaperId idOf(String relativePath) {
        return FolderPaperIds.of(Objects.requireNonNull(relativePath, "relativePath"));
    }

    /** @return the folder, absolute */
    public Path folder() {
        return folder;
    }

    /** @return the index file */
    public Path indexFile() {
        return index.file();
    }

    /**
     * Compares the folder with the index and reads the PDFs that are new or changed.
     *
     * @return what was added, changed and removed since the last look
     * @throws SourceUnavailableException when the folder cannot be listed
     */
    public FolderChanges refresh() {
        scanLock.lock();
        try {
            if (!Files.isDirectory(folder)) {
                throw new SourceUnavailableException("The PDF folder " + folder + " does not exist any more or is"
                        + " not a directory. Restore it, or set " + FolderSourceProvider.DIR + " to another folder.",
                        null);
            }
            return scan.run();
        } catch (IOException e) {
            throw new SourceUnavailableException("Could not list the PDF folder " + folder + " (" + e
                    + "). Check that it exists and can be read.", e);
        } catch (SQLException e) {
            throw indexFailure(e);
        } finally {
            scanLock.unlock();
        }
    }

    /**
     * Every paper in the folder, after a {@link #refresh()}.
     *
     * @return the papers in order of their relative paths
     */
    public List<PaperMetadata> list() {
        refresh();
        try {
            return index.all().stream().map(FolderSource::metadataOf).toList();
        } catch (SQLException e) {
            throw indexFailure(e);
        }
    }

    @Override
    public Stream<PaperMetadata> search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        refresh();
        Optional<FullTextQuery> parsed = FullTextQuery.parse(query.query());
        if (parsed.isEmpty()) {
            return Stream.empty();
        }
        FolderIndex.Order order = query.sort() == SearchQuery.SortOrder.RELEVANCE
                ? FolderIndex.Order.RELEVANCE : FolderIndex.Order.MODIFIED;
        Long from = query.from() == null ? null : startOfDay(query.from());
        Long to = query.to() == null ? null : startOfDay(query.to().plusDays(1));
        try {
            List<IndexedPaper> found = index.search(parsed.get().all(), order, query.descending(), from, to,
                    query.maxResults());
            if (found.isEmpty() && parsed.get().terms().size() > 1) {
                found = index.search(parsed.get().any(), order, query.descending(), from, to, query.maxResults());
            }
            return found.stream().map(FolderSource::metadataOf);
        } catch (SQLException e) {
            throw indexFailure(e);
        }
    }

    @Override
    public Optional<PaperMetadata> metadata(PaperId id) {
        Objects.requireNonNull(id, "id");
        if (!SCHEME.equals(id.scheme())) {
            return Optional.empty();
        }
        try {
            Optional<IndexedPaper> entry = index.byId(id);
            if (entry.isEmpty() || !isCurrent(entry.get())) {
                refresh();
                entry = index.byId(id);
            }
            return entry.map(FolderSource::metadataOf);
        } catch (SQLException e) {
            throw indexFailure(e);
        }
    }

    @Override
    public PdfDocument fetch(PaperId id) {
        Objects.requireNonNull(id, "id");
        Path file = fileOf(id).orElseThrow(() -> notFound(id));
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new InvalidDocumentException(InvalidDocumentException.Reason.TOO_LARGE, file.toString(),
                        file + " is " + size + " bytes, over the limit of " + limits.maxBytes()
                                + " bytes. Raise papyri.limits.max-pdf-bytes to read it.");
            }
            return new PdfDocument(id, Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw notFound(id);
        } catch (IOException e) {
            throw new SourceUnavailableException("Could not read " + file + " (" + e + "). Check that it can be read.",
                    e);
        }
    }

    /** Closes the index and stops the reading threads. */
    @Override
    public void close() {
        readers.shutdownNow();
        try {
            readers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            index.close();
        } catch (SQLException e) {
            throw indexFailure(e);
        }
    }

    @Override
    public String toString() {
        return "FolderSource[" + folder + "]";
    }

    /** The file of an id: from the index, else from the path the id encodes, else after a refresh. */
    private Optional<Path> fileOf(PaperId id) {
        if (!SCHEME.equals(id.scheme())) {
            return Optional.empty();
        }
        try {
            Optional<String> path = index.byId(id).map(IndexedPaper::relativePath)
                    .or(() -> FolderPaperIds.relativePath(id));
            if (path.isEmpty() || resolve(path.get()).isEmpty()) {
                refresh();
                path = index.byId(id).map(IndexedPaper::relativePath);
            }
            return path.flatMap(this::resolve);
        } catch (SQLException e) {
            throw indexFailure(e);
        }
    }

    /** A relative path as an existing PDF file inside the folder. */
    private Optional<Path> resolve(String relativePath) {
        if (!FolderPaperIds.isSafeRelativePath(relativePath)) {
            return Optional.empty();
        }
        Path file = folder.resolve(relativePath).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)
                || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private boolean isCurrent(IndexedPaper entry) {
        Path file = folder.resolve(entry.relativePath());
        try {
            return Files.size(file) == entry.size()
                    && Files.getLastModifiedTime(file).toMillis() == entry.modified();
        } catch (IOException e) {
            return false;
        }
    }

    private static PaperMetadata metadataOf(IndexedPaper entry) {
        Instant modified = Instant.ofEpochMilli(entry.modified());
        return new PaperMetadata(entry.id(), entry.title(), entry.authors(), entry.abstractText(), List.of(),
                modified, modified, null);
    }

    private static long startOfDay(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private PaperNotFoundException notFound(PaperId id) {
        return new PaperNotFoundException(id.toString(), "No PDF for " + id + " in the folder " + folder
                + ": the file was moved or deleted, or the id belongs to another source. List the folder for"
                + " the ids it has.");
    }

    private PapyriException indexFailure(SQLException e) {
        return new PapyriException("The folder index " + index.file() + " failed (" + e.getMessage() + "). If"
                + " another process holds it locked, retry; otherwise delete it, and it is rebuilt from the PDFs.", e);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "papyri-folder-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Builds a {@link FolderSource}; every setting but the folder has a default. */
    public static final class Builder {

        private final Path folder;
        private Path index;
        private TextExtractor extractor;
        private Cleaner cleaner;
        private DocumentLimits limits = DocumentLimits.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

        private Builder(Path folder) {
            this.folder = Objects.requireNonNull(folder, "folder");
        }

        /**
         * Where the index is kept; by default {@code .papyri-index.db} in the folder itself.
         * {@link FolderSourceProvider} keeps it under the store directory instead.
         *
         * @param file the index file; its directory is created if needed
         * @return this
         */
        public Builder index(Path file) {
            this.index = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * What reads the PDFs' layout; by default a {@link PdfBoxTextExtractor} with this builder's
         * limits and clock.
         *
         * @param extractor the extractor
         * @return this
         */
        public Builder extractor(TextExtractor extractor) {
            this.extractor = Objects.requireNonNull(extractor, "extractor");
            return this;
        }

        /**
         * What reads title, authors and abstract out of a layout; by default the {@link DefaultCleaner}.
         *
         * @param cleaner the cleaner
         * @return this
         */
        public Builder cleaner(Cleaner cleaner) {
            this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
            return this;
        }

        /**
         * The limits PDFs are read within; larger files are listed under their name and not fetched.
         *
         * @param limits the limits
         * @return this
         */
        public Builder limits(DocumentLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * The clock the default extractor measures its time limit with.
         *
         * @param clock the clock
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How many PDFs are read at a time; by default the number of processors, at most 4.
         *
         * @param threads at least 1
         * @return this
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("A folder source needs at least 1 reading thread, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Opens the index and builds the source. The folder is first read by the first call that
         * needs it.
         *
         * @return the source
         * @throws ProviderConfigurationException when the folder is not a directory or the index
         *                                        cannot be opened
         */
        public FolderSource build() {
            Path absolute = folder.toAbsolutePath().normalize();
            if (!Files.isDirectory(absolute)) {
                throw new ProviderConfigurationException("The PDF folder " + absolute + " is not a directory. Set "
                        + FolderSourceProvider.DIR + " (environment PAPYRI_FOLDER_DIR) to a directory of PDFs.");
            }
            Builder resolved = new Builder(absolute);
            resolved.index = index != null ? index.toAbsolutePath().normalize()
                    : absolute.resolve(".papyri-index.db");
            resolved.extractor = extractor;
            resolved.cleaner = cleaner;
            resolved.limits = limits;
            resolved.clock = clock;
            resolved.threads = threads;
            return new FolderSource(resolved);
        }
    }
}
