package io.papyri.core.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.PaperRecord;
import io.papyri.api.Paragraph;
import io.papyri.api.Provenance;
import io.papyri.api.RatedOutput;
import io.papyri.api.Rating;
import io.papyri.api.Section;
import io.papyri.api.spi.PaperStore;
import io.papyri.core.Papyri;
import io.papyri.core.json.ArtifactJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link FeedbackExport}: each format line by line, filters and defaults, skipped ratings, the manifest. */
class FeedbackExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PaperId STORED = PaperId.parse("arxiv:1706.03762");
    private static final PaperId MISSING = PaperId.parse("arxiv:1810.04805");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Provenance LOCAL = new Provenance("local", "lead-3@1", "cfg1");
    private static final Provenance BEDROCK = new Provenance("bedrock", "claude", "cfg2");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private InMemoryFeedbackStore store;
    private FeedbackExport export;

    @BeforeEach
    void setUp() {
        store = new InMemoryFeedbackStore();
        Paper paper = new Paper(STORED, "Attention", List.of("A. Author"), "We propose the Transformer.",
                List.of(new Section("Introduction", 1, 1, List.of(new Paragraph("Recurrent models are slow.", 1),
                        new Paragraph("Attention is fast.", 1)))), List.of(), List.of(), Map.of());
        export = new FeedbackExport(store, id -> id.equals(STORED) ? Optional.of(paper) : Optional.empty(), CLOCK);
        output("s1", FeedbackTarget.SUMMARY, STORED, LOCAL, "SHORT", "The Transformer uses attention only.");
        output("a1", FeedbackTarget.ANSWER, STORED, BEDROCK, "What is proposed?", "Recurrence.");
        output("r1", FeedbackTarget.CHAT_REPLY, MISSING, LOCAL, "What is BERT?", "A \"bidirectional\" encoder.");
        output("c1", FeedbackTarget.CHAT, STORED, LOCAL, "", "");
        rate("k0", "c1", FeedbackTarget.CHAT, STORED, 1, "", List.of(), T0);
        rate("k1", "s1", FeedbackTarget.SUMMARY, STORED, 5, "Clear", List.of("concise"), T0.plusSeconds(3600));
        rate("k2", "a1", FeedbackTarget.ANSWER, STORED, 2, "Wrong", List.of("hallucination"), T0.plusSeconds(7200));
        rate("k3", "r1", FeedbackTarget.CHAT_REPLY, MISSING, 4, "", List.of(), T0.plusSeconds(10800));
        rate("k4", "ghost", FeedbackTarget.ANSWER, STORED, 1, "", List.of(), T0.plusSeconds(14400));
    }

    private void output(String id, FeedbackTarget target, PaperId paper, Provenance provenance, String input,
                        String text) {
        store.recordOutput(new RatedOutput(id, target, paper, provenance, input, text, T0));
    }

    private void rate(String key, String output, FeedbackTarget target, PaperId paper, int score, String comment,
                      List<String> tags, Instant at) {
        Provenance provenance = store.output(output).map(RatedOutput::provenance).orElse(LOCAL);
        store.submit(new Rating(key, output, target, paper, provenance, "", "alice", score, comment, tags, at));
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file);
    }

    private static JsonNode manifest(ExportResult result) throws Exception {
        return JSON.readTree(result.manifest().toFile());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void jsonlWritesEveryFieldOfEachRatingNewestFirstAndSkipsUnknownOutputs() throws Exception {
        ExportResult result = export.export(ExportFormat.JSONL, ExportFilter.all(), dir.resolve("all.jsonl"));

        assertThat(lines(result.file())).containsExactly(
                "{\"paper_id\":\"arxiv:1810.04805\",\"target\":\"chat-reply\",\"output_id\":\"r1\",\"provider\":\"local\","
                        + "\"model\":\"lead-3@1\",\"config_hash\":\"cfg1\",\"variant\":\"\",\"input\":\"What is BERT?\","
                        + "\"source\":\"\",\"output\":\"A \\\"bidirectional\\\" encoder.\",\"rating\":4,\"comment\":\"\","
                        + "\"tags\":[],\"rater_id\":\"alice\",\"rated_at\":\"2026-01-01T03:00:00Z\"}",
                "{\"paper_id\":\"arxiv:1706.03762\",\"target\":\"answer\",\"output_id\":\"a1\",\"provider\":\"bedrock\","
                        + "\"model\":\"claude\",\"config_hash\":\"cfg2\",\"variant\":\"\",\"input\":\"What is proposed?\","
                        + "\"source\":\"We propose the Transformer.\\n\\nIntroduction\\n\\nRecurrent models are slow.\\n\\n"
                        + "Attention is fast.\",\"output\":\"Recurrence.\",\"rating\":2,\"comment\":\"Wrong\","
                        + "\"tags\":[\"hallucination\"],\"rater_id\":\"alice\",\"rated_at\":\"2026-01-01T02:00:00Z\"}",
                "{\"paper_id\":\"arxiv:1706.03762\",\"target\":\"summary\",\"output_id\":\"s1\",\"provider\":\"local\","
                        + "\"model\":\"lead-3@1\",\"config_hash\":\"cfg1\",\"variant\":\"\",\"input\":\"SHORT\","
                        + "\"source\":\"We propose the Transformer.\\n\\nIntroduction\\n\\nRecurrent models are slow.\\n\\n"
                        + "Attention is fast.\",\"output\":\"The Transformer uses attention only.\",\"rating\":5,"
                        + "\"comment\":\"Clear\",\"tags\":[\"concise\"],\"rater_id\":\"alice\","
                        + "\"rated_at\":\"2026-01-01T01:00:00Z\"}",
                "{\"paper_id\":\"arxiv:1706.03762\",\"target\":\"chat\",\"output_id\":\"c1\",\"provider\":\"local\","
                        + "\"model\":\"lead-3@1\",\"config_hash\":\"cfg1\",\"variant\":\"\",\"input\":\"\","
                        + "\"source\":\"We propose the Transformer.\\n\\nIntroduction\\n\\nRecurrent models are slow.\\n\\n"
                        + "Attention is fast.\",\"output\":\"\",\"rating\":1,\"comment\":\"\",\"tags\":[],"
                        + "\"rater_id\":\"alice\",\"rated_at\":\"2026-01-01T00:00:00Z\"}");
        assertThat(result.seen()).isEqualTo(5);
        assertThat(result.exported()).isEqualTo(4);
        assertThat(result.skippedUnknownOutput()).isEqualTo(1);
        assertThat(result.skippedEmptyOutput()).isZero();
        assertThat(result.withoutSource()).isEqualTo(1);
        assertThat(result.defaults()).isEmpty();
        JsonNode manifest = manifest(result);
        assertThat(manifest.get("format").asText()).isEqualTo("jsonl");
        assertThat(manifest.get("file").asText()).isEqualTo("all.jsonl");
        assertThat(manifest.get("counts").get("ratings_seen").asLong()).isEqualTo(5);
        assertThat(manifest.get("counts").get("exported").asLong()).isEqualTo(4);
        assertThat(manifest.get("counts").get("skipped_unknown_output").asLong()).isEqualTo(1);
        assertThat(manifest.get("filters").get("min_rating").isNull()).isTrue();
        assertThat(manifest.get("filters").get("until").asText()).isEqualTo("2026-02-01T00:00:00Z");
        assertThat(manifest.get("created_at").asText()).isEqualTo("2026-02-01T00:00:00Z");
        assertThat(manifest.get("defaults_applied")).isEmpty();
        assertThat(manifest.get("source_limit_chars").asInt()).isEqualTo(FeedbackExport.SOURCE_LIMIT);
    }

    @Test
    void bedrockWritesPromptAndCompletionOfRatingsOfFourOrMoreByDefault() throws Exception {
        ExportResult result = export.export(ExportFormat.BEDROCK, ExportFilter.all(), dir.resolve("train.jsonl"));

        assertThat(lines(result.file())).containsExactly(
                "{\"prompt\":\"Reply to the message about the paper below.\\n\\nMessage: What is BERT?\","
                        + "\"completion\":\"A \\\"bidirectional\\\" encoder.\"}",
                "{\"prompt\":\"Summarize the paper below (style: short).\\n\\nPaper:\\nWe propose the Transformer.\\n\\n"
                        + "Introduction\\n\\nRecurrent models are slow.\\n\\nAttention is fast.\","
                        + "\"completion\":\"The Transformer uses attention only.\"}");
        assertThat(result.filter()).isEqualTo(new ExportFilter(4, null, null, null));
        assertThat(result.seen()).isEqualTo(2);
        JsonNode manifest = manifest(result);
        assertThat(manifest.get("filters").get("min_rating").asInt()).isEqualTo(4);
        assertThat(manifest.get("defaults_applied")).singleElement()
                .satisfies(d -> assertThat(d.asText()).startsWith("min_rating defaults to 4 for bedrock"));
    }

    @Test
    void bedrockKeepsAGivenMinimumAndSkipsOutputsWithoutText() throws Exception {
        ExportResult result = export.export(ExportFormat.BEDROCK, new ExportFilter(1, null, null, null),
                dir.resolve("all.jsonl"));

        assertThat(lines(result.file())).hasSize(3).allSatisfy(line -> {
            JsonNode record = JSON.readTree(line);
            assertThat(record.fieldNames()).toIterable().containsExactly("prompt", "completion");
        });
        assertThat(JSON.readTree(lines(result.file()).get(1)).get("prompt").asText()).isEqualTo(
                "Answer the question about the paper below.\n\nQuestion: What is proposed?\n\nPaper:\n"
                        + "We propose the Transformer.\n\nIntroduction\n\nRecurrent models are slow.\n\nAttention is fast.");
        assertThat(result.seen()).isEqualTo(5);
        assertThat(result.skippedUnknownOutput()).isEqualTo(1);
        assertThat(result.skippedEmptyOutput()).isEqualTo(1);
        assertThat(result.defaults()).isEmpty();
    }

    @Test
    void groundTruthWritesAnInputManifestOfRatingsOfTwoOrLessByDefault() throws Exception {
        ExportResult result = export.export(ExportFormat.GROUNDTRUTH, ExportFilter.all(), dir.resolve("label.manifest"));

        assertThat(lines(result.file())).containsExactly(
                "{\"source\":\"Recurrence.\",\"output-id\":\"a1\",\"paper-id\":\"arxiv:1706.03762\","
                        + "\"target\":\"answer\",\"input\":\"What is proposed?\",\"rating\":2,\"comment\":\"Wrong\","
                        + "\"provider\":\"bedrock\",\"model\":\"claude\"}");
        assertThat(result.filter()).isEqualTo(new ExportFilter(null, 2, null, null));
        assertThat(result.seen()).isEqualTo(3);
        assertThat(result.skippedUnknownOutput()).isEqualTo(1);
        assertThat(result.skippedEmptyOutput()).isEqualTo(1);
        JsonNode manifest = manifest(result);
        assertThat(manifest.get("filters").get("max_rating").asInt()).isEqualTo(2);
        assertThat(manifest.get("defaults_applied").get(0).asText()).startsWith("max_rating defaults to 2 for groundtruth");
        assertThat(result.manifest().getFileName().toString()).isEqualTo("label.manifest.manifest.json");
    }

    @Test
    void filtersByTargetTimeAndScore() throws Exception {
        ExportResult answers = export.export(ExportFormat.JSONL, new ExportFilter(null, null, FeedbackTarget.ANSWER, null),
                dir.resolve("answers.jsonl"));
        assertThat(lines(answers.file())).singleElement()
                .satisfies(line -> assertThat(JSON.readTree(line).get("output_id").asText()).isEqualTo("a1"));
        assertThat(answers.seen()).isEqualTo(2);
        assertThat(answers.skippedUnknownOutput()).isEqualTo(1);
        assertThat(manifest(answers).get("filters").get("target").asText()).isEqualTo("answer");

        ExportResult recent = export.export(ExportFormat.JSONL, new ExportFilter(null, null, null, T0.plusSeconds(3600)),
                dir.resolve("recent.jsonl"));
        assertThat(lines(recent.file())).extracting(line -> JSON.readTree(line).get("output_id").asText())
                .containsExactly("r1", "a1", "s1");
        assertThat(manifest(recent).get("filters").get("since").asText()).isEqualTo("2026-01-01T01:00:00Z");

        ExportResult middle = export.export(ExportFormat.JSONL, new ExportFilter(2, 4, null, null),
                dir.resolve("middle.jsonl"));
        assertThat(lines(middle.file())).extracting(line -> JSON.readTree(line).get("rating").asInt())
                .containsExactly(4, 2);

        ExportResult none = export.export(ExportFormat.GROUNDTRUTH, new ExportFilter(null, null, FeedbackTarget.SUMMARY,
                null), dir.resolve("none.manifest"));
        assertThat(Files.size(none.file())).isZero();
        assertThat(none.exported()).isZero();
    }

    @Test
    void badFiltersAndContradictedDefaultsAreRefused() {
        assertThatThrownBy(() -> new ExportFilter(0, null, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The minimum rating must be from 1 to 5, was 0.");
        assertThatThrownBy(() -> new ExportFilter(null, 6, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The maximum rating must be from 1 to 5, was 6.");
        assertThatThrownBy(() -> new ExportFilter(4, 2, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The minimum rating 4 is above the maximum rating 2.");
        assertThatThrownBy(() -> export.export(ExportFormat.BEDROCK, new ExportFilter(null, 3, null, null),
                dir.resolve("x.jsonl"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimum");
        assertThatThrownBy(() -> export.export(ExportFormat.GROUNDTRUTH, new ExportFilter(3, null, null, null),
                dir.resolve("x.jsonl"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximum");
        assertThat(FeedbackExport.applied(ExportFormat.JSONL, ExportFilter.all())).isEqualTo(ExportFilter.all());
        assertThat(dir.resolve("x.jsonl")).doesNotExist();
    }

    @Test
    void theManifestNamesTheFilesHashAndTheSameDataGivesTheSameVersion() throws Exception {
        ExportResult first = export.export(ExportFormat.JSONL, ExportFilter.all(), dir.resolve("first.jsonl"));
        FeedbackExport later = new FeedbackExport(store.reopened(), id -> Optional.empty(),
                Clock.offset(CLOCK, Duration.ofDays(1)));
        ExportResult withoutPapers = later.export(ExportFormat.JSONL, ExportFilter.all(), dir.resolve("second.jsonl"));
        ExportResult again = new FeedbackExport(store, id -> id.equals(STORED) ? Optional.of(paper()) : Optional.empty(),
                Clock.offset(CLOCK, Duration.ofDays(2))).export(ExportFormat.JSONL, ExportFilter.all(),
                dir.resolve("first.jsonl"));

        JsonNode manifest = manifest(first);
        assertThat(first.sha256()).isEqualTo(sha256(first.file())).hasSize(64);
        assertThat(manifest.get("sha256").asText()).isEqualTo(first.sha256());
        assertThat(manifest.get("bytes").asLong()).isEqualTo(Files.size(first.file())).isEqualTo(first.bytes());
        assertThat(manifest.get("version").asText()).isEqualTo("export-" + first.sha256().substring(0, 12));
        assertThat(withoutPapers.sha256()).as("other source texts, other data").isNotEqualTo(first.sha256());
        assertThat(again.sha256()).isEqualTo(sha256(again.file()));
        assertThat(again.version()).as("same data, same version, later").isEqualTo(first.version());
        assertThat(again.createdAt()).isAfter(first.createdAt());
        assertThat(manifest(again).get("created_at").asText()).isEqualTo("2026-02-03T00:00:00Z");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file is left")
                    .containsExactlyInAnyOrder("first.jsonl", "first.jsonl.manifest.json", "second.jsonl",
                            "second.jsonl.manifest.json");
        }
    }

    private static Paper paper() {
        return new Paper(STORED, "Attention", List.of("A. Author"), "We propose the Transformer.",
                List.of(new Section("Introduction", 1, 1, List.of(new Paragraph("Recurrent models are slow.", 1),
                        new Paragraph("Attention is fast.", 1)))), List.of(), List.of(), Map.of());
    }

    @Test
    void throughTheFacadeTheSourceTextIsReadFromTheStoredPaper() throws Exception {
        ExportResult direct = export.export(ExportFormat.JSONL, ExportFilter.all(), dir.resolve("direct.jsonl"));
        try (Papyri papyri = Papyri.builder().withoutLogging().clock(CLOCK).store(new ArtifactsOnly())
                .feedback(store).build()) {
            papyri.store().put(STORED, Papyri.PAPER_ARTIFACT, ArtifactJson.write(paper()));
            ExportResult viaFacade = FeedbackExport.of(papyri, CLOCK)
                    .export(ExportFormat.JSONL, ExportFilter.all(), dir.resolve("facade.jsonl"));

            assertThat(viaFacade.sha256()).isEqualTo(direct.sha256());
            assertThat(Files.readString(viaFacade.file())).isEqualTo(Files.readString(direct.file()));
        }
    }

    /** A paper store that keeps artifacts only, enough for the facade to read {@code paper.json}. */
    private static final class ArtifactsOnly implements PaperStore {

        private final Map<String, byte[]> artifacts = new ConcurrentHashMap<>();

        @Override
        public void put(PaperId id, String artifact, byte[] content) {
            artifacts.put(id + "/" + artifact, content.clone());
        }

        @Override
        public Optional<byte[]> get(PaperId id, String artifact) {
            return Optional.ofNullable(artifacts.get(id + "/" + artifact));
        }

        @Override
        public void putRecord(PaperRecord record) {
        }

        @Override
        public Optional<PaperRecord> record(PaperId id) {
            return Optional.empty();
        }

        @Override
        public List<PaperRecord> records() {
            return List.of();
        }
    }

    @Test
    void readsEveryPageOfRatingsOnce() throws Exception {
        InMemoryFeedbackStore many = new InMemoryFeedbackStore();
        many.recordOutput(new RatedOutput("s1", FeedbackTarget.SUMMARY, STORED, LOCAL, "SHORT", "Text.", T0));
        int count = FeedbackExport.PAGE_SIZE * 2 + 7;
        for (int i = 0; i < count; i++) {
            many.submit(new Rating("key-" + i, "s1", FeedbackTarget.SUMMARY, STORED, LOCAL, "", "r" + i, 1 + i % 5, "",
                    List.of(), T0.plusSeconds(i % 50)));
        }
        ExportResult result = new FeedbackExport(many, id -> Optional.empty(), CLOCK)
                .export(ExportFormat.JSONL, ExportFilter.all(), dir.resolve("many.jsonl"));

        assertThat(result.seen()).isEqualTo(count);
        assertThat(result.exported()).isEqualTo(count);
        assertThat(lines(result.file())).hasSize(count).doesNotHaveDuplicates();
    }

    @Test
    void ratingsGivenAfterTheExportStartedAreLeftForTheNext() throws Exception {
        rate("k5", "s1", FeedbackTarget.SUMMARY, STORED, 5, "", List.of(), CLOCK.instant());
        ExportResult result = export.export(ExportFormat.JSONL, ExportFilter.all(), dir.resolve("all.jsonl"));
        assertThat(result.seen()).isEqualTo(5);
    }

    @Test
    void theSourceTextIsCutAtTheLimit() {
        String longText = "x".repeat(FeedbackExport.SOURCE_LIMIT - 1) + "\uD83D\uDE00tail";
        Paper big = new Paper(STORED, "", List.of(), longText, List.of(), List.of(), List.of(), Map.of());
        assertThat(FeedbackExport.sourceText(big)).hasSize(FeedbackExport.SOURCE_LIMIT - 1);
        Paper small = new Paper(STORED, "", List.of(), "", List.of(new Section("", 1, 1,
                List.of(new Paragraph("  Only text. ", 1)))), List.of(), List.of(), Map.of());
        assertThat(FeedbackExport.sourceText(small)).isEqualTo("Only text.");
    }
}
