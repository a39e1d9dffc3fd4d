package io.papyri.local.folder.internal;

import io.papyri.api.PaperId;
import io.papyri.core.json.ArtifactJson;
import io.papyri.local.store.internal.SqliteDatabase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The folder source's index in SQLite: one row per PDF (path, id, size, modification time, digest,
 * title, authors, abstract, read error) and an FTS5 table over title, abstract and authors for
 * ranked search (BM25, the title weighing three times the abstract).
 *
 * <p>The index is a cache of what the PDFs say; deleting the file only costs reading them again.
 * Its schema is versioned with {@code PRAGMA user_version}; append steps to {@link #MIGRATIONS}.
 */
public final class FolderIndex implements AutoCloseable {

    /** How search results are ordered. */
    public enum Order {
        /** By BM25 relevance. */
        RELEVANCE,
        /** By file modification time. */
        MODIFIED
    }

    static final List<List<String>> MIGRATIONS = List.of(
            // version 1: files and their full-text index
            List.of("""
                    CREATE TABLE files (
                      id       INTEGER PRIMARY KEY,
                      path     TEXT NOT NULL UNIQUE,
                      paper_id TEXT NOT NULL UNIQUE,
                      size     INTEGER NOT NULL,
                      modified INTEGER NOT NULL,
                      sha256   TEXT NOT NULL,
                      title    TEXT NOT NULL,
                      authors  TEXT NOT NULL,
                      abstract TEXT NOT NULL,
                      error    TEXT NOT NULL
                    )""",
                    "CREATE INDEX files_by_sha256 ON files (sha256)",
                    "CREATE INDEX files_by_modified ON files (modified)",
                    "CREATE VIRTUAL TABLE files_text USING fts5 (title, abstract, authors,"
                            + " tokenize = 'porter unicode61 remove_diacritics 2')"));

    /** The schema version this class reads and writes. */
    public static final int SCHEMA_VERSION = MIGRATIONS.size();

    private static final String COLUMNS = "f.path, f.paper_id, f.size, f.modified, f.sha256, f.title, f.authors,"
            + " f.abstract, f.error";
    private static final String RANK = "bm25(files_text, 3.0, 1.0, 1.0)";

    private final SqliteDatabase database;

    private FolderIndex(SqliteDatabase database) {
        this.database = database;
    }

    /**
     * Opens or creates an index file.
     *
     * @param file the file; its directory must exist
     * @return the index
     * @throws SQLException          when the file cannot be opened or migrated
     * @throws IllegalStateException when a newer program wrote the file
     */
    public static FolderIndex open(Path file) throws SQLException {
        SqliteDatabase database = SqliteDatabase.openMigrated(file, "The folder index", MIGRATIONS,
                "delete the file (it is rebuilt from the PDFs) or set papyri.folder.index elsewhere.");
        return new FolderIndex(database);
    }

    /** @return the index file */
    public Path file() {
        return database.file();
    }

    /**
     * Every entry.
     *
     * @return the entries in path order
     * @throws SQLException when the database fails
     */
    public List<IndexedPaper> all() throws SQLException {
        return database.read(c -> select(c, "SELECT " + COLUMNS + " FROM files f ORDER BY f.path"));
    }

    /**
     * The entry of a paper id.
     *
     * @param id the id
     * @return the entry, or empty
     * @throws SQLException when the database fails
     */
    public Optional<IndexedPaper> byId(PaperId id) throws SQLException {
        return database.read(c -> first(select(c, "SELECT " + COLUMNS + " FROM files f WHERE f.paper_id = ?",
                id.toString())));
    }

    /**
     * An entry read without error from a file with these bytes, under any path.
     *
     * @param sha256 the digest of the bytes
     * @return an entry, or empty
     * @throws SQLException when the database fails
     */
    public Optional<IndexedPaper> readWithDigest(String sha256) throws SQLException {
        return database.read(c -> first(select(c, "SELECT " + COLUMNS + " FROM files f"
                + " WHERE f.sha256 = ? AND f.error = '' ORDER BY f.path LIMIT 1", sha256)));
    }

    /**
     * Adds or replaces entries and removes others, in one transaction.
     *
     * @param entries the entries to add or replace (by path)
     * @param removed the relative paths to remove
     * @throws SQLException when the database fails; nothing is then changed
     */
    public void update(Collection<IndexedPaper> entries, Collection<String> removed) throws SQLException {
        if (entries.isEmpty() && removed.isEmpty()) {
            return;
        }
        database.write(c -> {
            for (String path : removed) {
                remove(c, path);
            }
            for (IndexedPaper entry : entries) {
                remove(c, entry.relativePath());
                insert(c, entry);
            }
            return null;
        });
    }

    /**
     * Searches titles, abstracts and authors.
     *
     * @param match      an FTS5 match expression from {@link FullTextQuery}
     * @param order      the order of results
     * @param descending best or newest first when {@code true}
     * @param fromMillis only files modified at or after this time, or {@code null}
     * @param toMillis   only files modified before this time, or {@code null}
     * @param limit      the most results
     * @return the matching entries in order
     * @throws SQLException when the database fails
     */
    public List<IndexedPaper> search(String match, Order order, boolean descending, Long fromMillis, Long toMillis,
                                     int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                .append(" FROM files_text JOIN files f ON f.id = files_text.rowid WHERE files_text MATCH ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(match);
        if (fromMillis != null) {
            sql.append(" AND f.modified >= ?");
            parameters.add(fromMillis);
        }
        if (toMillis != null) {
            sql.append(" AND f.modified < ?");
            parameters.add(toMillis);
        }
        // BM25 scores are negative: the lower, the better the match
        String key = order == Order.RELEVANCE ? RANK + (descending ? " ASC" : " DESC")
                : "f.modified" + (descending ? " DESC" : " ASC");
        sql.append(" ORDER BY ").append(key).append(", f.path LIMIT ?");
        parameters.add(limit);
        return database.read(c -> select(c, sql.toString(), parameters.toArray()));
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }

    private static void remove(Connection c, String path) throws SQLException {
        try (PreparedStatement text = c.prepareStatement(
                "DELETE FROM files_text WHERE rowid = (SELECT id FROM files WHERE path = ?)");
             PreparedStatement file = c.prepareStatement("DELETE FROM files WHERE path = ?")) {
            text.setString(1, path);
            text.executeUpdate();
            file.setString(1, path);
            file.executeUpdate();
        }
    }

    private static void insert(Connection c, IndexedPaper entry) throws SQLException {
        String authors = new String(ArtifactJson.write(entry.authors()), StandardCharsets.UTF_8);
        long rowid;
        try (PreparedStatement file = c.prepareStatement("""
                INSERT INTO files (path, paper_id, size, modified, sha256, title, authors, abstract, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            file.setString(1, entry.relativePath());
            file.setString(2, entry.id().toString());
            file.setLong(3, entry.size());
            file.setLong(4, entry.modified());
            file.setString(5, entry.sha256());
            file.setString(6, entry.title());
            file.setString(7, authors);
            file.setString(8, entry.abstractText());
            file.setString(9, entry.error());
            file.executeUpdate();
        }
        try (PreparedStatement last = c.prepareStatement("SELECT last_insert_rowid()");
             ResultSet row = last.executeQuery()) {
            row.next();
            rowid = row.getLong(1);
        }
        try (PreparedStatement text = c.prepareStatement(
                "INSERT INTO files_text (rowid, title, abstract, authors) VALUES (?, ?, ?, ?)")) {
            text.setLong(1, rowid);
            text.setString(2, entry.title());
            text.setString(3, entry.abstractText());
            text.setString(4, String.join("; ", entry.authors()));
            text.executeUpdate();
        }
    }

    private static List<IndexedPaper> select(Connection c, String sql, Object... parameters) throws SQLException {
        List<IndexedPaper> entries = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String path = rows.getString(1);
                    String[] authors = ArtifactJson.read(rows.getString(7).getBytes(StandardCharsets.UTF_8),
                            String[].class, "authors of " + path + " in the folder index");
                    entries.add(new IndexedPaper(path, PaperId.parse(rows.getString(2)), rows.getLong(3),
                            rows.getLong(4), rows.getString(5), rows.getString(6), List.of(authors),
                            rows.getString(8), rows.getString(9)));
                }
            }
        }
        return entries;
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }
}
