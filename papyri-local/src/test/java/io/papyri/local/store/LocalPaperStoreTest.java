package io.papyri.local.store;

import io.papyri.api.PaperId;
import io.papyri.api.PaperRecord;
import io.papyri.api.PdfDocument;
import io.papyri.api.ProviderConfigurationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalPaperStoreTest {

    private static final Instant START = Instant.parse("2024-05-01T09:30:00.123456789Z");
    private static final PaperId ATTENTION = PaperId.parse("arxiv:1706.03762");
    private static final PaperId OLD_STYLE = PaperId.parse("arxiv:math/0405482");

    /** Holds the store root and nothing else, so escapes out of the root can be looked for here. */
    @TempDir
    Path sandbox;

    private Path root;

    private final SteppingClock clock = new SteppingClock(START);
    private final List<LocalPaperStore> opened = new ArrayList<>();

    @BeforeEach
    void placeRoot() {
        root = sandbox.resolve("store");
    }

    @AfterEach
    void closeStores() {
        opened.forEach(LocalPaperStore::close);
    }

    @Test
    void artifactsLieUnderThePapersStorageKey() throws IOException {
        LocalPaperStore store = open();
        byte[] pdf = "%PDF-1.7 a paper".getBytes(StandardCharsets.US_ASCII);

        store.put(OLD_STYLE, "paper.pdf", pdf);
        store.put(OLD_STYLE, "extracted.json", bytes("{\"pages\":[]}"));
        store.put(OLD_STYLE, "summaries/local-1a2b.json", bytes("{\"summary\":\"short\"}"));

        Path directory = root.resolve("papers/arxiv_math_0405482");
        assertThat(store.directory(OLD_STYLE)).isEqualTo(directory);
        assertThat(directory.resolve("paper.pdf")).hasBinaryContent(pdf);
        assertThat(directory.resolve("extracted.json")).hasContent("{\"pages\":[]}");
        assertThat(directory.resolve("summaries/local-1a2b.json")).hasContent("{\"summary\":\"short\"}");
        assertThat(root.resolve("papyri.db")).isRegularFile();
        assertThat(store.get(OLD_STYLE, "summaries/local-1a2b.json")).hasValueSatisfying(
                b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("{\"summary\":\"short\"}"));
        assertThat(store.get(OLD_STYLE, "paper.json")).isEmpty();
        assertThat(store.get(ATTENTION, "paper.pdf")).isEmpty();
        assertThat(store.get(OLD_STYLE, "summaries")).as("a directory is not an artifact").isEmpty();

        PaperRecord record = store.record(OLD_STYLE).orElseThrow();
        assertThat(record.artifacts()).containsOnly(Map.entry("paper.pdf", (long) pdf.length),
                Map.entry("extracted.json", 12L), Map.entry("summaries/local-1a2b.json", 19L));
        assertThat(record.pdfSha256()).isEqualTo(new PdfDocument(OLD_STYLE, pdf, "test").sha256());
        assertThat(record.created()).isEqualTo(START);
    }

    @Test
    void aWriteReplacesTheWholeArtifactAndLeavesNoTemporaryFile() throws IOException {
        LocalPaperStore store = open();
        store.put(ATTENTION, "paper.json", bytes("a much longer first version of the paper"));
        clock.advance(Duration.ofMinutes(1));

        store.put(ATTENTION, "paper.json", bytes("second"));

        assertThat(store.get(ATTENTION, "paper.json")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("second")));
        assertThat(store.record(ATTENTION).orElseThrow().artifacts()).containsEntry("paper.json", 6L);
        try (Stream<Path> files = Files.list(store.directory(ATTENTION))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("paper.json");
        }
    }

    @Test
    void concurrentWritersNeverLeaveATornFile() throws Exception {
        LocalPaperStore store = open();
        int writers = 6;
        int writesEach = 6;
        List<byte[]> contents = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < writesEach; i++) {
                byte[] content = new byte[32 * 1024 + w * 1000 + i];
                Arrays.fill(content, (byte) ('A' + w));
                content[content.length - 1] = (byte) i;
                contents.add(content);
            }
        }
        store.put(ATTENTION, "paper.json", contents.get(0));
        ConcurrentLinkedQueue<byte[]> seenByReaders = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                tasks.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < writesEach; i++) {
                        store.put(ATTENTION, "paper.json", contents.get(writer * writesEach + i));
                    }
                    return null;
                }));
            }
            for (int r = 0; r < 2; r++) {
                tasks.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 30; i++) {
                        store.get(ATTENTION, "paper.json").ifPresent(seenByReaders::add);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> task : tasks) {
                task.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        byte[] last = store.get(ATTENTION, "paper.json").orElseThrow();
        assertThat(contents).anySatisfy(c -> assertThat(c).isEqualTo(last));
        assertThat(seenByReaders).isNotEmpty().allSatisfy(
                seen -> assertThat(contents).anySatisfy(c -> assertThat(c).isEqualTo(seen)));
        assertThat(store.record(ATTENTION).orElseThrow().artifacts())
                .as("the recorded size is the size of the file that won").containsEntry("paper.json", (long) last.length);
        try (Stream<Path> files = Files.list(store.directory(ATTENTION))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("paper.json");
        }
    }

    @Test
    void aWriteThatCrashedLeavesTheOldVersionAndItsTemporaryFileIsIgnoredThenRemoved() throws IOException {
        LocalPaperStore store = open();
        store.put(ATTENTION, "paper.json", bytes("old version"));
        Path directory = store.directory(ATTENTION);
        // what a writer killed between writing its temporary file and renaming it leaves behind
        Path stale = Files.write(directory.resolve(".paper.json.1f2e3d4c5b6a7980.tmp"), bytes("new ver"));
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path recent = Files.write(directory.resolve(".paper.json.0a0b0c0d0e0f0102.tmp"), bytes("in flight"));

        assertThat(store.get(ATTENTION, "paper.json")).hasValueSatisfying(
                b -> assertThat(b).isEqualTo(bytes("old version")));
        assertThat(store.record(ATTENTION).orElseThrow().artifacts()).containsOnlyKeys("paper.json");
        assertThatThrownBy(() -> store.get(ATTENTION, stale.getFileName().toString()))
                .as("temporary files cannot be asked for").isInstanceOf(IllegalArgumentException.class);

        store.put(ATTENTION, "paper.pdf", bytes("%PDF"));

        assertThat(stale).as("a day-old temporary file is removed by the next write beside it").doesNotExist();
        assertThat(recent).as("a recent one may belong to a writer still at work").exists();
        assertThat(store.get(ATTENTION, "paper.json")).hasValueSatisfying(
                b -> assertThat(b).isEqualTo(bytes("old version")));
    }

    @Test
    void idsThatCouldEscapeTheRootCannotEvenBeBuilt() {
        assertThatThrownBy(() -> PaperId.parse("arxiv:../../x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaperId.parse("arxiv:/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PaperId.parse("arxiv:a/b").storageKey()).doesNotContain("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/etc/passwd", "a/../../b", "a\\b", "", "a//b", "a/", "./a", ".hidden",
            "a/./b", "x\0y", "C:/x", "summaries/../../../../../etc/passwd"})
    void artifactNamesThatCouldEscapeThePapersDirectoryAreRefused(String name) throws IOException {
        LocalPaperStore store = open();

        assertThatThrownBy(() -> store.put(ATTENTION, name, bytes("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("artifact name");
        assertThatThrownBy(() -> store.get(ATTENTION, name)).isInstanceOf(IllegalArgumentException.class);
        try (Stream<Path> everything = Files.walk(sandbox)) {
            assertThat(everything).noneMatch(p -> p.getFileName().toString().equals("x")
                    || p.getFileName().toString().equals("b"));
        }
        assertThat(store.records()).isEmpty();
    }

    @Test
    void aSymbolicLinkCannotLeadAWriteOutOfThePapersDirectory(@TempDir Path outside) throws IOException {
        LocalPaperStore store = open();
        store.put(ATTENTION, "paper.json", bytes("{}"));
        Files.createSymbolicLink(store.directory(ATTENTION).resolve("summaries"), outside);

        assertThatThrownBy(() -> store.put(ATTENTION, "summaries/local-1a2b.json", bytes("escaped")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> store.put(ATTENTION, "summaries/deeper/local-1a2b.json", bytes("escaped")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symbolic link");
        Files.write(outside.resolve("secret.json"), bytes("secret"));
        assertThatThrownBy(() -> store.get(ATTENTION, "summaries/secret.json"))
                .isInstanceOf(IllegalArgumentException.class);
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).containsExactly(outside.resolve("secret.json"));
        }
    }

    @Test
    void aRecordKeepsItsArtifactsDigestAndCreationWhenItsMetadataIsRewritten() {
        LocalPaperStore store = open();
        store.putRecord(new PaperRecord(ATTENTION, "Attention Is All You Need", List.of("Ashish Vaswani", "Noam Shazeer"),
                "arxiv", "", Map.of(), Instant.EPOCH, Instant.EPOCH));

        PaperRecord fresh = store.record(ATTENTION).orElseThrow();
        assertThat(fresh).isEqualTo(new PaperRecord(ATTENTION, "Attention Is All You Need",
                List.of("Ashish Vaswani", "Noam Shazeer"), "arxiv", "", Map.of(), START, START));
        assertThat(store.papers()).as("a record without artifacts").isEmpty();

        Instant pdfTime = clock.advance(Duration.ofSeconds(5));
        byte[] pdf = bytes("%PDF-1.5 attention");
        store.put(ATTENTION, "paper.pdf", pdf);
        Instant retitled = clock.advance(Duration.ofSeconds(5));
        store.putRecord(new PaperRecord(ATTENTION, "Attention is all you need (v7)", List.of("A. Vaswani"), "folder",
                "0".repeat(64), Map.of("forged.json", 1L), Instant.EPOCH, Instant.EPOCH));

        PaperRecord record = store.record(ATTENTION).orElseThrow();
        assertThat(record.title()).isEqualTo("Attention is all you need (v7)");
        assertThat(record.authors()).containsExactly("A. Vaswani");
        assertThat(record.source()).isEqualTo("folder");
        assertThat(record.pdfSha256()).isEqualTo(new PdfDocument(ATTENTION, pdf, "test").sha256());
        assertThat(record.artifacts()).containsOnly(Map.entry("paper.pdf", (long) pdf.length));
        assertThat(record.created()).isEqualTo(START);
        assertThat(record.updated()).isEqualTo(retitled).isAfter(pdfTime);
        assertThat(store.papers()).containsExactly(ATTENTION);
    }

    @Test
    void recordsComeMostRecentlyUpdatedFirst() {
        LocalPaperStore store = open();
        PaperId a = PaperId.parse("arxiv:1111.2011");
        PaperId b = PaperId.parse("arxiv:1512.03385");
        PaperId c = PaperId.parse("sha256:" + "ab".repeat(32));
        store.put(a, "paper.pdf", bytes("a"));
        clock.advance(Duration.ofMillis(1));
        store.put(b, "paper.pdf", bytes("b"));
        clock.advance(Duration.ofNanos(1));
        store.put(c, "paper.pdf", bytes("c"));
        clock.advance(Duration.ofDays(400));
        store.put(a, "paper.json", bytes("{}"));

        assertThat(store.records()).extracting(PaperRecord::id).containsExactly(a, c, b);
        assertThat(store.papers()).containsExactly(a, c, b);
    }

    @Test
    void everythingSurvivesClosingAndReopening() {
        LocalPaperStore first = new LocalPaperStore(root, clock);
        first.put(OLD_STYLE, "paper.pdf", bytes("%PDF old"));
        first.putRecord(new PaperRecord(OLD_STYLE, "On Old Ids", List.of("A. Author"), "arxiv", "", Map.of(),
                START, START));
        List<PaperRecord> before = first.records();
        first.close();
        first.close();

        assertThatThrownBy(() -> first.records()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> first.put(OLD_STYLE, "late.json", bytes("{}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(root.resolve("papers/arxiv_math_0405482/late.json")).doesNotExist();
        LocalPaperStore second = open();
        assertThat(second.records()).isEqualTo(before);
        assertThat(second.record(OLD_STYLE).orElseThrow().title()).isEqualTo("On Old Ids");
        assertThat(second.get(OLD_STYLE, "paper.pdf")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("%PDF old")));
    }

    @Test
    void theDatabaseIsVersionedInWalModeAndANewerVersionIsRefused() throws SQLException {
        open().close();
        opened.clear();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + root.resolve("papyri.db"));
             Statement statement = db.createStatement()) {
            assertThat(single(statement, "PRAGMA user_version")).isEqualTo("1");
            assertThat(single(statement, "PRAGMA journal_mode")).isEqualTo("wal");
            statement.execute("PRAGMA user_version = 99");
        }

        assertThatThrownBy(() -> new LocalPaperStore(root, clock))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("schema version 99").hasMessageContaining("upgrade Papyri");
    }

    @Test
    void aRootThatCannotBeCreatedIsAConfigurationError() throws IOException {
        Path file = Files.write(sandbox.resolve("not-a-directory"), bytes("x"));

        assertThatThrownBy(() -> new LocalPaperStore(file.resolve("store"), clock))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("papyri.store.dir").hasMessageContaining("PAPYRI_STORE_DIR");
    }

    private LocalPaperStore open() {
        LocalPaperStore store = new LocalPaperStore(root, clock);
        opened.add(store);
        return store;
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
