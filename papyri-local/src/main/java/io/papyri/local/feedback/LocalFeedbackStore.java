package io.papyri.local.feedback;

import io.papyri.api.Exposure;
import io.papyri.api.ExposureCount;
import io.papyri.api.FeedbackQuery;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.PaperId;
import io.papyri.api.PapyriException;
import io.papyri.api.Provenance;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.RatedOutput;
import io.papyri.api.Rating;
import io.papyri.api.RatingAggregate;
import io.papyri.api.RatingConflictException;
import io.papyri.api.spi.FeedbackStore;
import io.papyri.core.json.ArtifactJson;
import io.papyri.local.store.LocalPaperStoreProvider;
import io.papyri.local.store.internal.AtomicFiles;
import io.papyri.local.store.internal.SqliteDatabase;

import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link FeedbackStore} in an embedded SQLite database, {@value #DATABASE_FILE} under a directory
 * (the local store's root when made by {@link LocalFeedbackStoreProvider}).
 *
 * <p><b>Idempotency.</b> The idempotency key is a {@code UNIQUE} column. A submission inserts with
 * {@code ON CONFLICT (idempotency_key) DO NOTHING} and reads the row under the key back, in one
 * write transaction, so of two submissions with one key exactly one inserts and both see the same
 * stored rating. (The upsert clause is used rather than {@code INSERT OR IGNORE}, which would also
 * silently skip a row that breaks a {@code NOT NULL} or {@code CHECK} constraint.)
 *
 * <p><b>Durability.</b> The database runs in WAL mode with {@code synchronous=FULL}: every commit
 * forces the write-ahead log to disk before {@link #submit} returns, so an acknowledged rating
 * survives a crash of the process or the machine. ({@code NORMAL} would skip that sync and could
 * lose the last commits on power loss; ratings are small and few, so the sync per rating is cheap.)
 *
 * <p><b>Concurrency.</b> Thread-safe: threads take turns on one connection, each piece of work in
 * its own transaction, so no rating is lost or stored twice. Several processes may share the file:
 * writes take SQLite's write lock up front ({@code BEGIN IMMEDIATE}) and a writer that finds the
 * file locked waits up to ten seconds ({@code busy_timeout}) before failing.
 *
 * <p><b>Outputs.</b> The outputs that can be rated are kept in a second table, keyed by output id;
 * recording an id that is already kept does nothing ({@code ON CONFLICT (output_id) DO NOTHING}).
 *
 * <p><b>Exposures.</b> A/B exposures are kept in a third table whose primary key is (experiment,
 * unit, output); recording one again does nothing, so the first time stays. Counts per variant are
 * taken in SQL.
 *
 * <p>Times are stored as fixed-width UTC text with nanoseconds, which sorts in time order and
 * gives back exactly the instant that was stored.
 */
public final class LocalFeedbackStore implements FeedbackStore {

    /** The database file's name under the store directory. */
    public static final String DATABASE_FILE = "feedback.db";

    /** Schema steps; step {@code i} takes a file from version {@code i} to {@code i + 1}. Never edit a released step. */
    static final List<List<String>> MIGRATIONS = List.of(
            // version 1: ratings
            List.of("""
                    CREATE TABLE ratings (
                      idempotency_key TEXT NOT NULL UNIQUE,
                      output_id       TEXT NOT NULL,
                      target          TEXT NOT NULL,
                      paper_id        TEXT NOT NULL,
                      provider        TEXT NOT NULL,
                      model           TEXT NOT NULL,
                      config_hash     TEXT NOT NULL,
                      variant         TEXT NOT NULL,
                      rater_id        TEXT NOT NULL,
                      score           INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
                      comment         TEXT NOT NULL,
                      tags            TEXT NOT NULL,
                      at              TEXT NOT NULL
                    )""",
                    "CREATE INDEX ratings_by_time ON ratings (at, idempotency_key)",
                    "CREATE INDEX ratings_by_paper ON ratings (paper_id, at)",
                    "CREATE INDEX ratings_by_output ON ratings (output_id)"),
            // version 2: the outputs that can be rated
            List.of("""
                    CREATE TABLE outputs (
                      output_id   TEXT NOT NULL PRIMARY KEY,
                      target      TEXT NOT NULL,
                      paper_id    TEXT NOT NULL,
                      provider    TEXT NOT NULL,
                      model       TEXT NOT NULL,
                      config_hash TEXT NOT NULL,
                      input       TEXT NOT NULL,
                      text        TEXT NOT NULL,
                      at          TEXT NOT NULL
                    )"""),
            // version 3: the exposures of A/B experiments
            List.of("""
                    CREATE TABLE exposures (
                      experiment TEXT NOT NULL,
                      variant    TEXT NOT NULL,
                      unit_id    TEXT NOT NULL,
                      target     TEXT NOT NULL,
                      output_id  TEXT NOT NULL,
                      paper_id   TEXT NOT NULL,
                      at         TEXT NOT NULL,
                      PRIMARY KEY (experiment, unit_id, output_id)
                    )""",
                    "CREATE INDEX exposures_by_output ON exposures (output_id, at)",
                    "CREATE INDEX exposures_by_experiment ON exposures (experiment, variant)"));

    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final String COLUMNS = "idempotency_key, output_id, target, paper_id, provider, model, config_hash,"
            + " variant, rater_id, score, comment, tags, at";

    private static final String OUTPUT_COLUMNS = "output_id, target, paper_id, provider, model, config_hash, input,"
            + " text, at";

    private static final String EXPOSURE_COLUMNS = "experiment, variant, unit_id, target, output_id, paper_id, at";

    private final Path directory;
    private final SqliteDatabase database;

    /**
     * Opens the store under a directory, creating the directory and the database if needed.
     *
     * @param directory the directory that holds {@value #DATABASE_FILE}
     * @throws ProviderConfigurationException when the directory cannot be created or the database
     *                                        cannot be opened, or a newer Papyri wrote it
     */
    public LocalFeedbackStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        try {
            AtomicFiles.createDirectories(this.directory);
        } catch (IOException e) {
            throw new ProviderConfigurationException("Cannot create the feedback store directory " + this.directory
                    + " (" + e + "). Set " + LocalPaperStoreProvider.STORE_DIR + " (environment PAPYRI_STORE_DIR) to"
                    + " a directory you can write.", e);
        }
        Path file = this.directory.resolve(DATABASE_FILE);
        try {
            this.database = SqliteDatabase.openMigrated(file, "The feedback database", MIGRATIONS,
                    "point " + LocalPaperStoreProvider.STORE_DIR + " at another directory.");
        } catch (SQLException e) {
            throw new ProviderConfigurationException("Cannot open the feedback database " + file + " ("
                    + e.getMessage() + "). Check that it is a SQLite file you can write, or set "
                    + LocalPaperStoreProvider.STORE_DIR + " to another directory.", e);
        } catch (IllegalStateException e) {
            throw new ProviderConfigurationException(e.getMessage(), e);
        }
    }

    /** @return the database file */
    public Path file() {
        return database.file();
    }

    @Override
    public Rating submit(Rating rating) {
        Objects.requireNonNull(rating, "rating");
        Rating stored;
        try {
            stored = database.write(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO ratings (" + COLUMNS + ")"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING")) {
                    bind(insert, rating);
                    insert.executeUpdate();
                }
                return byKey(c, rating.idempotencyKey());
            });
        } catch (SQLException e) {
            throw failure("store rating '" + rating.idempotencyKey() + "'", e);
        }
        if (!stored.sameJudgement(rating)) {
            throw new RatingConflictException(rating.idempotencyKey(), stored, rating);
        }
        return stored;
    }

    @Override
    public List<Rating> find(FeedbackQuery query) {
        Objects.requireNonNull(query, "query");
        Filter filter = Filter.of(query);
        String sql = "SELECT " + COLUMNS + " FROM ratings" + filter.where
                + " ORDER BY at DESC, idempotency_key ASC LIMIT ? OFFSET ?";
        try {
            return database.read(c -> {
                try (PreparedStatement select = c.prepareStatement(sql)) {
                    int next = filter.bind(select);
                    select.setInt(next, query.limit());
                    select.setInt(next + 1, query.offset());
                    List<Rating> ratings = new ArrayList<>();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ratings.add(toRating(rows));
                        }
                    }
                    return List.copyOf(ratings);
                }
            });
        } catch (SQLException e) {
            throw failure("read ratings", e);
        }
    }

    /** Sums the ratings up in SQL, without reading them into memory. */
    @Override
    public List<RatingAggregate> aggregate(FeedbackQuery query, RatingAggregate.GroupBy by) {
        Objects.requireNonNull(query, "query");
        String column = switch (Objects.requireNonNull(by, "by")) {
            case OUTPUT -> "output_id";
            case PAPER -> "paper_id";
            case TARGET -> "target";
            case PROVIDER -> "provider";
            case VARIANT -> "variant";
        };
        Filter filter = Filter.of(query);
        StringBuilder sql = new StringBuilder("SELECT ").append(column).append(", COUNT(*), AVG(score)");
        for (int score = Rating.MIN_SCORE; score <= Rating.MAX_SCORE; score++) {
            sql.append(", SUM(score = ").append(score).append(')');
        }
        sql.append(" FROM ratings").append(filter.where)
                .append(" GROUP BY ").append(column).append(" ORDER BY ").append(column);
        try {
            return database.read(c -> {
                try (PreparedStatement select = c.prepareStatement(sql.toString())) {
                    filter.bind(select);
                    List<RatingAggregate> aggregates = new ArrayList<>();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            Map<Integer, Long> distribution = new TreeMap<>();
                            for (int score = Rating.MIN_SCORE; score <= Rating.MAX_SCORE; score++) {
                                distribution.put(score, rows.getLong(3 + score));
                            }
                            aggregates.add(new RatingAggregate(rows.getString(1), rows.getLong(2), rows.getDouble(3),
                                    distribution));
                        }
                    }
                    return List.copyOf(aggregates);
                }
            });
        } catch (SQLException e) {
            throw failure("sum up ratings", e);
        }
    }

    @Override
    public void recordOutput(RatedOutput output) {
        Objects.requireNonNull(output, "output");
        try {
            database.write(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO outputs (" + OUTPUT_COLUMNS + ")"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (output_id) DO NOTHING")) {
                    insert.setString(1, output.outputId());
                    insert.setString(2, output.target().name());
                    insert.setString(3, output.paperId().toString());
                    insert.setString(4, output.provenance().provider());
                    insert.setString(5, output.provenance().model());
                    insert.setString(6, output.provenance().configHash());
                    insert.setString(7, output.input());
                    insert.setString(8, output.text());
                    insert.setString(9, TIME.format(output.at()));
                    return insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failure("record output '" + output.outputId() + "'", e);
        }
    }

    @Override
    public Optional<RatedOutput> output(String outputId) {
        Objects.requireNonNull(outputId, "outputId");
        try {
            return database.read(c -> {
                try (PreparedStatement select = c.prepareStatement(
                        "SELECT " + OUTPUT_COLUMNS + " FROM outputs WHERE output_id = ?")) {
                    select.setString(1, outputId);
                    try (ResultSet rows = select.executeQuery()) {
                        return rows.next() ? Optional.of(toOutput(rows)) : Optional.<RatedOutput>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw failure("read output '" + outputId + "'", e);
        }
    }

    @Override
    public void recordExposure(Exposure exposure) {
        Objects.requireNonNull(exposure, "exposure");
        try {
            database.write(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO exposures (" + EXPOSURE_COLUMNS + ")"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (experiment, unit_id, output_id) DO NOTHING")) {
                    insert.setString(1, exposure.experiment());
                    insert.setString(2, exposure.variant());
                    insert.setString(3, exposure.unitId());
                    insert.setString(4, exposure.target().name());
                    insert.setString(5, exposure.outputId());
                    insert.setString(6, exposure.paperId().toString());
                    insert.setString(7, TIME.format(exposure.at()));
                    return insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failure("record the exposure of output '" + exposure.outputId() + "' to '" + exposure.unitId()
                    + "' in experiment '" + exposure.experiment() + "'", e);
        }
    }

    @Override
    public List<Exposure> exposures(String outputId) {
        Objects.requireNonNull(outputId, "outputId");
        try {
            return database.read(c -> {
                try (PreparedStatement select = c.prepareStatement("SELECT " + EXPOSURE_COLUMNS + " FROM exposures"
                        + " WHERE output_id = ? ORDER BY at, experiment, unit_id")) {
                    select.setString(1, outputId);
                    List<Exposure> exposures = new ArrayList<>();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            exposures.add(toExposure(rows));
                        }
                    }
                    return List.copyOf(exposures);
                }
            });
        } catch (SQLException e) {
            throw failure("read the exposures of output '" + outputId + "'", e);
        }
    }

    /** Counts in SQL; the primary key makes each row of one experiment a distinct (unit, output) pair. */
    @Override
    public List<ExposureCount> exposureCounts(String experiment) {
        Objects.requireNonNull(experiment, "experiment");
        try {
            return database.read(c -> {
                try (PreparedStatement select = c.prepareStatement("SELECT variant, COUNT(*), COUNT(DISTINCT unit_id)"
                        + " FROM exposures WHERE experiment = ? GROUP BY variant ORDER BY variant")) {
                    select.setString(1, experiment);
                    List<ExposureCount> counts = new ArrayList<>();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            counts.add(new ExposureCount(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                        }
                    }
                    return List.copyOf(counts);
                }
            });
        } catch (SQLException e) {
            throw failure("count the exposures of experiment '" + experiment + "'", e);
        }
    }

    private Exposure toExposure(ResultSet row) {
        String id = null;
        try {
            id = row.getString("experiment") + "/" + row.getString("unit_id") + "/" + row.getString("output_id");
            return new Exposure(row.getString("experiment"), row.getString("variant"), row.getString("unit_id"),
                    FeedbackTarget.valueOf(row.getString("target")), row.getString("output_id"),
                    PaperId.parse(row.getString("paper_id")), Instant.parse(row.getString("at")));
        } catch (SQLException | RuntimeException e) {
            throw new PapyriException("Exposure '" + id + "' in " + database.file() + " cannot be read ("
                    + e.getMessage() + "); the file was changed by something other than Papyri. Restore it from a"
                    + " backup.", e);
        }
    }

    private RatedOutput toOutput(ResultSet row) {
        String id = null;
        try {
            id = row.getString("output_id");
            return new RatedOutput(id, FeedbackTarget.valueOf(row.getString("target")),
                    PaperId.parse(row.getString("paper_id")),
                    new Provenance(row.getString("provider"), row.getString("model"), row.getString("config_hash")),
                    row.getString("input"), row.getString("text"), Instant.parse(row.getString("at")));
        } catch (SQLException | RuntimeException e) {
            throw new PapyriException("Output '" + id + "' in " + database.file() + " cannot be read (" + e.getMessage()
                    + "); the file was changed by something other than Papyri. Restore it from a backup.", e);
        }
    }

    /** Closes the database; later calls fail. */
    @Override
    public void close() {
        try {
            database.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    @Override
    public String toString() {
        return "LocalFeedbackStore[" + database.file() + "]";
    }

    private static void bind(PreparedStatement insert, Rating rating) throws SQLException {
        insert.setString(1, rating.idempotencyKey());
        insert.setString(2, rating.outputId());
        insert.setString(3, rating.target().name());
        insert.setString(4, rating.paperId().toString());
        insert.setString(5, rating.provenance().provider());
        insert.setString(6, rating.provenance().model());
        insert.setString(7, rating.provenance().configHash());
        insert.setString(8, rating.variant());
        insert.setString(9, rating.raterId());
        insert.setInt(10, rating.score());
        insert.setString(11, rating.comment());
        insert.setString(12, new String(ArtifactJson.write(rating.tags()), StandardCharsets.UTF_8));
        insert.setString(13, TIME.format(rating.at()));
    }

    private Rating byKey(Connection c, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM ratings WHERE idempotency_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("rating '" + key + "' is missing right after it was written");
                }
                return toRating(rows);
            }
        }
    }

    private Rating toRating(ResultSet row) {
        String key = null;
        try {
            key = row.getString("idempotency_key");
            String[] tags = ArtifactJson.read(row.getString("tags").getBytes(StandardCharsets.UTF_8), String[].class,
                    "tags of rating '" + key + "' in " + database.file());
            return new Rating(key, row.getString("output_id"), FeedbackTarget.valueOf(row.getString("target")),
                    PaperId.parse(row.getString("paper_id")),
                    new Provenance(row.getString("provider"), row.getString("model"), row.getString("config_hash")),
                    row.getString("variant"), row.getString("rater_id"), row.getInt("score"), row.getString("comment"),
                    List.of(tags), Instant.parse(row.getString("at")));
        } catch (SQLException | RuntimeException e) {
            throw new PapyriException("Rating '" + key + "' in " + database.file() + " cannot be read (" + e.getMessage()
                    + "); the file was changed by something other than Papyri. Restore it from a backup.", e);
        }
    }

    private PapyriException failure(String action, SQLException e) {
        return new PapyriException("The feedback store could not " + action + " in " + database.file() + " ("
                + e.getMessage() + "). If another process holds the database locked, retry.", e);
    }

    /** A query's filters as a SQL {@code WHERE} clause and its parameters. */
    private record Filter(String where, List<String> parameters) {

        static Filter of(FeedbackQuery query) {
            List<String> conditions = new ArrayList<>();
            List<String> parameters = new ArrayList<>();
            if (query.paperId() != null) {
                conditions.add("paper_id = ?");
                parameters.add(query.paperId().toString());
            }
            if (query.target() != null) {
                conditions.add("target = ?");
                parameters.add(query.target().name());
            }
            if (query.provider() != null) {
                conditions.add("provider = ?");
                parameters.add(query.provider());
            }
            if (query.variant() != null) {
                conditions.add("variant = ?");
                parameters.add(query.variant());
            }
            // stored times lie in [EARLIEST, LATEST]; a bound outside that range keeps all or none of them
            if (query.from() != null) {
                conditions.add(query.from().isAfter(Rating.LATEST) ? "0" : "at >= ?");
                if (!query.from().isAfter(Rating.LATEST)) {
                    parameters.add(TIME.format(query.from().isBefore(Rating.EARLIEST) ? Rating.EARLIEST : query.from()));
                }
            }
            if (query.to() != null && !query.to().isAfter(Rating.LATEST)) {
                conditions.add("at < ?");
                parameters.add(TIME.format(query.to().isBefore(Rating.EARLIEST) ? Rating.EARLIEST : query.to()));
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions),
                    List.copyOf(parameters));
        }

        /** Binds the parameters from index 1; returns the next free index. */
        int bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            return parameters.size() + 1;
        }
    }
}
