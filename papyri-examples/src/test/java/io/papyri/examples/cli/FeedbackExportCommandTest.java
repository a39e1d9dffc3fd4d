package io.papyri.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code papyri feedback export} end to end: a summary and an answer of the fixture providers are
 * rated in separate runs, then exported in each format with its manifest.
 */
class FeedbackExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OUTPUT_ID = "Output id: ";

    @TempDir
    Path dir;

    private final SystemProperties properties = new SystemProperties();
    private String summary;
    private String answer;

    @BeforeEach
    void setUp() throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        Path pdf = GeneratedPaper.write(dir.resolve("generated.pdf"));
        properties.set("papyri.store.dir", store.toString())
                .set("papyri.summarizer", LeadSentenceSummarizerProvider.NAME)
                .set("papyri.answerer", OverlapAnswererProvider.NAME);
        summary = outputId(CliRun.of("summarize", pdf.toString()));
        answer = outputId(CliRun.of("ask", pdf.toString(), "What do zephyr lanterns measure?"));
        ok("rate", summary, "5", "--comment", "Clear", "--tag", "concise", "--rater", "alice");
        ok("rate", answer, "2", "--comment", "Off topic", "--rater", "bob");
    }

    @AfterEach
    void tearDown() {
        properties.restore();
    }

    private static String outputId(CliRun run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return run.outLines().stream().filter(line -> line.startsWith(OUTPUT_ID))
                .map(line -> line.substring(OUTPUT_ID.length())).findFirst().orElseThrow();
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).isEmpty();
        return run;
    }

    private static List<JsonNode> records(Path file) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    private static JsonNode manifest(Path file) throws Exception {
        Path manifest = file.resolveSibling(file.getFileName() + ".manifest.json");
        assertThat(manifest).isRegularFile();
        JsonNode json = JSON.readTree(manifest.toFile());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(json.get("sha256").asText()).isEqualTo(sha256);
        assertThat(json.get("version").asText()).isEqualTo("export-" + sha256.substring(0, 12));
        assertThat(json.get("file").asText()).isEqualTo(file.getFileName().toString());
        return json;
    }

    @Test
    void jsonlExportsEveryRatingWithItsOutputAndThePapersText() throws Exception {
        Path file = dir.resolve("out/all.jsonl");
        CliRun run = ok("feedback", "export", "--format", "jsonl", "--output", file.toString());

        List<JsonNode> records = records(file);
        assertThat(records).hasSize(2);
        assertThat(records).extracting(r -> r.get("output_id").asText()).containsExactlyInAnyOrder(summary, answer);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("source").asText()).as("the stored paper's text").isNotBlank();
            assertThat(r.get("output").asText()).isNotBlank();
            assertThat(r.get("paper_id").asText()).startsWith("sha256:");
        });
        JsonNode rated = records.stream().filter(r -> r.get("output_id").asText().equals(summary)).findFirst()
                .orElseThrow();
        assertThat(rated.get("target").asText()).isEqualTo("summary");
        assertThat(rated.get("provider").asText()).isEqualTo(LeadSentenceSummarizerProvider.NAME);
        assertThat(rated.get("rating").asInt()).isEqualTo(5);
        assertThat(rated.get("comment").asText()).isEqualTo("Clear");
        assertThat(rated.get("tags").get(0).asText()).isEqualTo("concise");
        assertThat(rated.get("rater_id").asText()).isEqualTo("alice");
        JsonNode manifest = manifest(file);
        assertThat(manifest.get("format").asText()).isEqualTo("jsonl");
        assertThat(manifest.get("counts").get("ratings_seen").asInt()).isEqualTo(2);
        assertThat(manifest.get("counts").get("exported").asInt()).isEqualTo(2);
        assertThat(manifest.get("counts").get("skipped_unknown_output").asInt()).isZero();
        assertThat(run.outLines()).as(run.toString()).contains(
                "Exported 2 of 2 ratings to " + file.toAbsolutePath() + " (jsonl)",
                "Skipped: 0 with an unknown output, 0 with an empty output",
                "Manifest: " + file.toAbsolutePath() + ".manifest.json");
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("Version: export-"));
    }

    @Test
    void bedrockExportsWellRatedOutputsAsPromptAndCompletion() throws Exception {
        Path all = dir.resolve("all.jsonl");
        ok("feedback", "export", "-f", "jsonl", "-o", all.toString());
        String summaryText = records(all).stream().filter(r -> r.get("output_id").asText().equals(summary))
                .findFirst().orElseThrow().get("output").asText();
        Path file = dir.resolve("train.jsonl");
        CliRun run = ok("feedback", "export", "--format", "bedrock", "--output", file.toString());

        assertThat(records(file)).singleElement().satisfies(r -> {
            assertThat(r.get("prompt").asText()).startsWith("Summarize the paper below").contains("\n\nPaper:\n");
            assertThat(r.get("completion").asText()).isEqualTo(summaryText);
            assertThat(r.size()).isEqualTo(2);
        });
        JsonNode manifest = manifest(file);
        assertThat(manifest.get("filters").get("min_rating").asInt()).isEqualTo(4);
        assertThat(manifest.get("defaults_applied")).hasSize(1);
        assertThat(run.outLines()).as(run.toString()).contains("Exported 1 of 1 rating to " + file.toAbsolutePath()
                + " (bedrock)");
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("Default: min_rating defaults to 4"));
    }

    @Test
    void groundTruthSendsLowRatedOutputsToLabellers() throws Exception {
        Path file = dir.resolve("label.manifest");
        ok("feedback", "export", "--format", "groundtruth", "--output", file.toString());

        assertThat(records(file)).singleElement().satisfies(r -> {
            assertThat(r.get("source").asText()).isNotBlank();
            assertThat(r.get("output-id").asText()).isEqualTo(answer);
            assertThat(r.get("rating").asInt()).isEqualTo(2);
            assertThat(r.get("input").asText()).isEqualTo("What do zephyr lanterns measure?");
        });
        assertThat(manifest(file).get("filters").get("max_rating").asInt()).isEqualTo(2);
    }

    @Test
    void filtersNarrowTheExportAndTheSameDataKeepsItsVersion() throws Exception {
        Path answers = dir.resolve("answers.jsonl");
        ok("feedback", "export", "-f", "jsonl", "-o", answers.toString(), "--target", "answer", "--since", "2000-01-01");
        assertThat(records(answers)).singleElement()
                .satisfies(r -> assertThat(r.get("output_id").asText()).isEqualTo(answer));
        assertThat(manifest(answers).get("filters").get("since").asText()).isEqualTo("2000-01-01T00:00:00Z");

        Path future = dir.resolve("future.jsonl");
        ok("feedback", "export", "-f", "jsonl", "-o", future.toString(), "--since", "2999-01-01T00:00:00Z");
        assertThat(Files.size(future)).isZero();

        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        ok("feedback", "export", "-f", "jsonl", "-o", first.toString(), "--min-rating", "1", "--max-rating", "5");
        ok("feedback", "export", "-f", "jsonl", "-o", second.toString());
        assertThat(manifest(second).get("version").asText()).isEqualTo(manifest(first).get("version").asText());
    }

    @Test
    void badFiltersAreUsageErrors() {
        Path file = dir.resolve("x.jsonl");
        CliRun inverted = CliRun.of("feedback", "export", "-f", "jsonl", "-o", file.toString(), "--min-rating", "4",
                "--max-rating", "2");
        CliRun outOfRange = CliRun.of("feedback", "export", "-f", "jsonl", "-o", file.toString(), "--min-rating", "0");
        CliRun badDate = CliRun.of("feedback", "export", "-f", "jsonl", "-o", file.toString(), "--since", "yesterday");
        CliRun badFormat = CliRun.of("feedback", "export", "-f", "csv", "-o", file.toString());
        CliRun contradicted = CliRun.of("feedback", "export", "-f", "bedrock", "-o", file.toString(), "--max-rating",
                "3");
        CliRun noOutput = CliRun.of("feedback", "export", "-f", "jsonl");

        for (CliRun run : List.of(inverted, outOfRange, badDate, badFormat, contradicted, noOutput)) {
            assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.errLines()).as(run.toString()).first().asString().startsWith("papyri: ");
        }
        assertThat(inverted.err()).contains("minimum rating 4 is above the maximum rating 2");
        assertThat(outOfRange.err()).contains("must be from 1 to 5, was 0");
        assertThat(badDate.err()).contains("Invalid --since 'yesterday'");
        assertThat(badFormat.err()).contains("use jsonl, bedrock or groundtruth");
        assertThat(contradicted.err()).contains("give a minimum rating too");
        assertThat(file).doesNotExist();
    }
}
