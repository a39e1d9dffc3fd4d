package io.papyri.local.store.internal;

import io.papyri.api.PaperId;
import io.papyri.api.PaperRecord;
import io.papyri.core.json.ArtifactJson;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paper store's metadata in SQLite ({@code papyri.db}): one row per paper (id, title, authors
 * as a JSON array, source, PDF digest, created and updated times) and one row per stored artifact
 * (name, size, updated time).
 *
 * <p>Times are stored as fixed-width UTC text with nanoseconds ({@code 2024-05-01T09:30:00.000000000Z}),
 * which reads well and sorts in time order.
 *
 * <p>The schema is versioned with {@code PRAGMA user_version}. To change it, append a step to
 * {@link #MIGRATIONS}; never edit a released step. Rating aggregates, for instance, will arrive as
 * step 2 (a {@code rating_aggregates} table keyed by paper and output), leaving existing files
 * readable and upgraded in place.
 */
public final class MetadataDatabase implements AutoCloseable {

    /** Schema steps; step {@code i} takes a file from version {@code i} to {@code i + 1}. */
    static final List<List<String>> MIGRATIONS = List.of(
            // version 1: papers and their artifacts
            List.of("""
                    CREATE TABLE papers (
                      id         TEXT NOT NULL PRIMARY KEY,
                      title      TEXT NOT NULL DEFAULT '',
                      authors    TEXT NOT NULL DEFAULT '[]',
                      source     TEXT NOT NULL DEFAULT '',
                      pdf_sha256 TEXT NOT NULL DEFAULT '',
                      created    TEXT NOT NULL,
                      updated    TEXT NOT NULL
                    )""",
                    "CREATE INDEX papers_by_updated ON papers (updated)",
                    """
                    CREATE TABLE artifacts (
                      paper_id TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
                      name     TEXT NOT NULL,
                      size     INTEGER NOT NULL,
                      updated  TEXT NOT NULL,
                      PRIMARY KEY (paper_id, name)
                    ) WITHOUT ROWID"""));

    /** The schema version this class reads and writes. */
    public static final int SCHEMA_VERSION = MIGRATIONS.size();

    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final String SELECT_PAPERS =
            "SELECT id, title, authors, source, pdf_sha256, created, updated FROM papers";

    private final SqliteDatabase database;

    private MetadataDatabase(SqliteDatabase database) {
        this.database = database;
    }

    /**
     * Opens or creates the database and brings its schema up to date.
     *
     * @param file the database file
     * @return the database
     * @throws SQLException                when the file cannot be opened or migrated
     * @throws IllegalStateException       when a newer program wrote the file
     */
    public static MetadataDatabase open(Path file) throws SQLException {
        SqliteDatabase database = SqliteDatabase.openMigrated(file, "The metadata database", MIGRATIONS,
                "point papyri.store.dir at another directory.");
        return new MetadataDatabase(database);
    }

    /**
     * Lists an artifact under its paper, creating the paper's record when it is new.
     *
     * @param id        the paper
     * @param artifact  the artifact's name
     * @param size      its size in bytes
     * @param pdfSha256 the digest to record as the paper's PDF, or {@code null} for other artifacts
     * @param now       the time of the write
     * @throws SQLException when the database fails; nothing is then changed
     */
    public void recordArtifact(PaperId id, String artifact, long size, String pdfSha256, Instant now)
            throws SQLException {
        String time = TIME.format(now);
        database.write(c -> {
            touchPaper(c, id, time);
            if (pdfSha256 != null) {
                try (PreparedStatement update = c.prepareStatement("UPDATE papers SET pdf_sha256 = ? WHERE id = ?")) {
                    update.setString(1, pdfSha256);
                    update.setString(2, id.toString());
                    update.executeUpdate();
                }
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO artifacts (paper_id, name, size, updated) VALUES (?, ?, ?, ?)
                    ON CONFLICT (paper_id, name) DO UPDATE SET size = excluded.size, updated = excluded.updated""")) {
                upsert.setString(1, id.toString());
                upsert.setString(2, artifact);
                upsert.setLong(3, size);
                upsert.setString(4, time);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Writes a paper's title, authors and source, keeping its artifacts, digest and creation time.
     *
     * @param id      the paper
     * @param title   the title
     * @param authors the authors in order
     * @param source  the source name
     * @param now     the time of the write
     * @throws SQLException when the database fails; nothing is then changed
     */
    public void recordMetadata(PaperId id, String title, List<String> authors, String source, Instant now)
            throws SQLException {
        String time = TIME.format(now);
        String authorsJson = new String(ArtifactJson.write(authors), StandardCharsets.UTF_8);
        database.write(c -> {
            touchPaper(c, id, time);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE papers SET title = ?, authors = ?, source = ? WHERE id = ?")) {
                update.setString(1, title);
                update.setString(2, authorsJson);
                update.setString(3, source);
                update.setString(4, id.toString());
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Reads one paper's record.
     *
     * @param id the paper
     * @return the record, or empty when the paper is unknown
     * @throws SQLException when the database fails
     */
    public Optional<PaperRecord> record(PaperId id) throws SQLException {
        return database.read(c -> {
            Map<String, Map<String, Long>> artifacts = artifacts(c, id.toString());
            try (PreparedStatement select = c.prepareStatement(SELECT_PAPERS + " WHERE id = ?")) {
                select.setString(1, id.toString());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(toRecord(rows, artifacts)) : Optional.<PaperRecord>empty();
                }
            }
        });
    }

    /**
     * Reads every paper's record.
     *
     * @return the records, most recently updated first, then by id
     * @throws SQLException when the database fails
     */
    public List<PaperRecord> records() throws SQLException {
        return database.read(c -> {
            Map<String, Map<String, Long>> artifacts = artifacts(c, null);
            List<PaperRecord> records = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(SELECT_PAPERS + " ORDER BY updated DESC, id ASC");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(toRecord(rows, artifacts));
                }
            }
            return records;
        });
    }

    /** @return the database file */
    public Path file() {
        return database.file();
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }

    private static void touchPaper(Connection c, PaperId id, String time) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO papers (id, created, updated) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET updated = excluded.updated""")) {
            upsert.setString(1, id.toString());
            upsert.setString(2, time);
            upsert.setString(3, time);
            upsert.executeUpdate();
        }
    }

    /** Artifacts by paper id, of one paper or (with {@code null}) of all. */
    private static Map<String, Map<String, Long>> artifacts(Connection c, String paperId) throws SQLException {
        String sql = "SELECT paper_id, name, size FROM artifacts" + (paperId == null ? "" : " WHERE paper_id = ?");
        Map<String, Map<String, Long>> byPaper = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            if (paperId != null) {
                select.setString(1, paperId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byPaper.computeIfAbsent(rows.getString(1), k -> new LinkedHashMap<>())
                            .put(rows.getString(2), rows.getLong(3));
                }
            }
        }
        return byPaper;
    }

    private static PaperRecord toRecord(ResultSet row, Map<String, Map<String, Long>> artifacts) throws SQLException {
        String id = row.getString("id");
        String[] authors = ArtifactJson.read(row.getString("authors").getBytes(StandardCharsets.UTF_8),
                String[].class, "authors of " + id + " in the metadata database");
        return new PaperRecord(PaperId.parse(id), row.getString("title"), List.of(authors), row.getString("source"),
                row.getString("pdf_sha256"), artifacts.getOrDefault(id, Map.of()),
                Instant.parse(row.getString("created")), Instant.parse(row.getString("updated")));
    }
}
