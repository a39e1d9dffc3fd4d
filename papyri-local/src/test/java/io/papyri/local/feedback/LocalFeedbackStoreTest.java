package io.papyri.local.feedback;

import io.papyri.api.Exposure;
import io.papyri.api.ExposureCount;
import io.papyri.api.FeedbackQuery;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.PaperId;
import io.papyri.api.Provenance;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.RatedOutput;
import io.papyri.api.Rating;
import io.papyri.local.store.internal.SqliteDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the SQLite store does beyond the contract: its file, its settings, two stores on one file. */
class LocalFeedbackStoreTest {

    @TempDir
    Path directory;

    private static Rating rating(String key, int score) {
        return new Rating(key, "out-" + key, FeedbackTarget.ANSWER, PaperId.parse("arxiv:1810.04805"),
                new Provenance("local", "extractive-1", "cfg"), "", "rater", score, "", List.of("t"),
                Instant.parse("2025-01-02T03:04:05Z"));
    }

    @Test
    void keepsRatingsInAWalModeDatabaseThatSyncsEveryCommit() throws Exception {
        try (LocalFeedbackStore store = new LocalFeedbackStore(directory.resolve("a/b"))) {
            store.submit(rating("one", 4));

            assertThat(store.file()).isEqualTo(directory.resolve("a/b/feedback.db")).isRegularFile();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("a/b/feedback.db"));
             Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("PRAGMA journal_mode")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualToIgnoringCase("wal");
            }
            try (ResultSet rows = s.executeQuery("PRAGMA user_version")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(LocalFeedbackStore.MIGRATIONS.size());
            }
            try (ResultSet rows = s.executeQuery("SELECT idempotency_key, score, tags, at FROM ratings")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("one");
                assertThat(rows.getInt(2)).isEqualTo(4);
                assertThat(rows.getString(3)).isEqualTo("[\"t\"]");
                assertThat(rows.getString(4)).isEqualTo("2025-01-02T03:04:05.000000000Z");
            }
        }
    }

    @Test
    void twoStoresOnOneFileSeeEachOthersRatingsAndShareIdempotency() {
        Path shared = directory.resolve("shared");
        try (LocalFeedbackStore first = new LocalFeedbackStore(shared);
             LocalFeedbackStore second = new LocalFeedbackStore(shared)) {
            Rating rating = rating("shared-key", 5);
            first.submit(rating);

            assertThat(second.submit(rating)).isEqualTo(rating);
            second.submit(rating("other", 2));

            assertThat(first.find(FeedbackQuery.all())).extracting(Rating::idempotencyKey)
                    .containsExactlyInAnyOrder("shared-key", "other");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedWithWhatToDo() throws Exception {
        Path broken = directory.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("feedback.db"), "this is not a SQLite file, just text that is long enough");

        assertThatThrownBy(() -> new LocalFeedbackStore(broken))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("feedback.db")
                .hasMessageContaining("papyri.store.dir");
    }

    @Test
    void aDatabaseWrittenByANewerPapyriIsRefused() throws Exception {
        Path newer = directory.resolve("newer");
        new LocalFeedbackStore(newer).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer.resolve("feedback.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }

        assertThatThrownBy(() -> new LocalFeedbackStore(newer))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("schema version 99")
                .hasMessageContaining("upgrade Papyri");
    }

    @Test
    void aFileOfTheFirstSchemaIsMigratedKeepingItsRatingsAndGainsTheOutputsTable() throws Exception {
        Path old = Files.createDirectories(directory.resolve("old"));
        try (SqliteDatabase v1 = SqliteDatabase.openMigrated(old.resolve(LocalFeedbackStore.DATABASE_FILE),
                "The feedback database", LocalFeedbackStore.MIGRATIONS.subList(0, 1), "stop")) {
            v1.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO ratings VALUES ('v1-key', 'out-v1', 'ANSWER',"
                            + " 'arxiv:1810.04805', 'local', 'extractive-1', 'cfg', '', 'rater', 3, '', '[]',"
                            + " '2025-01-02T03:04:05.000000000Z')");
                }
            });
        }

        try (LocalFeedbackStore store = new LocalFeedbackStore(old)) {
            assertThat(store.find(FeedbackQuery.all())).extracting(Rating::idempotencyKey).containsExactly("v1-key");
            RatedOutput output = new RatedOutput("out-v1", FeedbackTarget.ANSWER, PaperId.parse("arxiv:1810.04805"),
                    new Provenance("local", "extractive-1", "cfg"), "Why?", "Because.",
                    Instant.parse("2025-01-02T03:04:05Z"));
            store.recordOutput(output);
            assertThat(store.output("out-v1")).contains(output);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("feedback.db"));
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("PRAGMA user_version")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(LocalFeedbackStore.MIGRATIONS.size());
        }
    }

    @Test
    void aFileOfTheSecondSchemaIsMigratedKeepingRatingsAndOutputsAndGainsTheExposuresTable() throws Exception {
        Path old = Files.createDirectories(directory.resolve("v2"));
        try (SqliteDatabase v2 = SqliteDatabase.openMigrated(old.resolve(LocalFeedbackStore.DATABASE_FILE),
                "The feedback database", LocalFeedbackStore.MIGRATIONS.subList(0, 2), "stop")) {
            v2.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO ratings VALUES ('v2-key', 'out-v2', 'ANSWER',"
                            + " 'arxiv:1810.04805', 'local', 'extractive-1', 'cfg', '', 'rater', 3, '', '[]',"
                            + " '2025-01-02T03:04:05.000000000Z')")
                            + s.executeUpdate("INSERT INTO outputs VALUES ('out-v2', 'ANSWER', 'arxiv:1810.04805',"
                            + " 'local', 'extractive-1', 'cfg', 'Why?', 'Because.', '2025-01-02T03:04:05.000000000Z')");
                }
            });
        }
        PaperId paper = PaperId.parse("arxiv:1810.04805");
        Instant at = Instant.parse("2025-01-02T03:04:05Z");

        try (LocalFeedbackStore store = new LocalFeedbackStore(old)) {
            assertThat(store.find(FeedbackQuery.all())).extracting(Rating::idempotencyKey).containsExactly("v2-key");
            assertThat(store.output("out-v2")).contains(new RatedOutput("out-v2", FeedbackTarget.ANSWER, paper,
                    new Provenance("local", "extractive-1", "cfg"), "Why?", "Because.", at));
            Exposure exposure = new Exposure("exp", "a", "rater", FeedbackTarget.ANSWER, "out-v2", paper,
                    at.plusSeconds(1));
            store.recordExposure(exposure);
            assertThat(store.exposures("out-v2")).containsExactly(exposure);
            assertThat(store.exposureCounts("exp")).containsExactly(new ExposureCount("a", 1, 1));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("feedback.db"));
             Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("PRAGMA user_version")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(3);
            }
            try (ResultSet rows = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'"
                    + " AND tbl_name = 'exposures' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("exposures_by_experiment");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("exposures_by_output");
                assertThat(rows.next()).isFalse();
            }
        }
    }
}
