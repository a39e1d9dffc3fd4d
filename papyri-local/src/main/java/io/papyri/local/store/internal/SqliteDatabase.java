package io.papyri.local.store.internal;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite database file behind one connection that threads take turns on. The file is in WAL
 * mode (readers do not block the writer), waits for other processes' locks instead of failing,
 * enforces foreign keys and syncs every commit to disk. Every piece of work runs in a transaction;
 * writes take the write lock up front ({@code BEGIN IMMEDIATE}) so that two processes never
 * deadlock upgrading a read.
 */
public final class SqliteDatabase implements AutoCloseable {

    /** How long to wait for another process's lock before failing. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    /**
     * Work done inside a transaction.
     *
     * @param <T> what the work returns
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * Does the work.
         *
         * @param connection the connection, inside a transaction; do not commit or close it
         * @return the result
         * @throws SQLException when a statement fails; the transaction is then rolled back
         */
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    private SqliteDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens or creates a database file.
     *
     * @param file the file; its directory must exist
     * @return the database
     * @throws SQLException when the file cannot be opened as a SQLite database
     */
    public static SqliteDatabase open(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        return new SqliteDatabase(file, connection);
    }

    /**
     * Opens or creates a database file and brings its schema up to date; the file is closed again
     * when that fails.
     *
     * @param file     the file; its directory must exist
     * @param what     what the file is, for the message ("the metadata database")
     * @param steps    the migration steps, see {@link #migrate(List)}
     * @param ifNewer  what the user can do when a newer program wrote the file
     * @return the database, at schema version {@code steps.size()}
     * @throws SQLException          when the file cannot be opened or migrated
     * @throws IllegalStateException when a newer program wrote the file
     */
    public static SqliteDatabase openMigrated(Path file, String what, List<List<String>> steps, String ifNewer)
            throws SQLException {
        SqliteDatabase database = open(file);
        try {
            int found = database.migrate(steps);
            if (found > steps.size()) {
                throw new IllegalStateException(what + " " + file + " has schema version " + found
                        + ", newer than the " + steps.size() + " this Papyri understands: upgrade Papyri, or " + ifNewer);
            }
            return database;
        } catch (SQLException | RuntimeException e) {
            try {
                database.close();
            } catch (SQLException close) {
                e.addSuppressed(close);
            }
            throw e;
        }
    }

    /** @return the database file */
    public Path file() {
        return file;
    }

    /**
     * Brings the schema up to date: runs the steps the file has not had yet, each in its own
     * transaction together with raising {@code PRAGMA user_version}. Step {@code i} takes the schema
     * from version {@code i} to {@code i + 1}.
     *
     * @param steps the migration steps, oldest first; each a list of statements
     * @return the file's schema version before migrating; greater than {@code steps.size()} when a
     *         newer program wrote the file, which is then left unchanged
     * @throws SQLException when a step fails; the file keeps the last version that succeeded
     */
    public int migrate(List<List<String>> steps) throws SQLException {
        int found = read(SqliteDatabase::userVersion);
        for (int version = found; version < steps.size(); version++) {
            int step = version;
            write(c -> {
                if (userVersion(c) != step) {
                    return null; // another process migrated meanwhile
                }
                try (Statement statement = c.createStatement()) {
                    for (String sql : steps.get(step)) {
                        statement.execute(sql);
                    }
                    statement.execute("PRAGMA user_version = " + (step + 1));
                }
                return null;
            });
        }
        return found;
    }

    /**
     * Runs work in a read transaction, so that it sees one consistent state.
     *
     * @param work the work
     * @param <T>  what the work returns
     * @return its result
     * @throws SQLException when it fails
     */
    public <T> T read(Work<T> work) throws SQLException {
        return inTransaction("BEGIN", work);
    }

    /**
     * Runs work in a write transaction: all of it is committed, or none.
     *
     * @param work the work
     * @param <T>  what the work returns
     * @return its result
     * @throws SQLException when it fails; nothing is then changed
     */
    public <T> T write(Work<T> work) throws SQLException {
        return inTransaction("BEGIN IMMEDIATE", work);
    }

    /** Closes the connection; later work fails with {@link IllegalStateException}. */
    @Override
    public void close() throws SQLException {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T inTransaction(String begin, Work<T> work) throws SQLException {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The database " + file + " is closed.");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(begin);
            }
            try {
                T result = work.run(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("COMMIT");
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
