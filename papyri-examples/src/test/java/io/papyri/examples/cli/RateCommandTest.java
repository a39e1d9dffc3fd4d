package io.papyri.examples.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code papyri rate} and {@code papyri feedback list|stats} end to end: outputs printed by
 * summarize, ask and chat are rated by id in later runs (each run its own {@code Papyri}, as
 * separate processes would be), with the ratings kept in the store directory.
 */
class RateCommandTest {

    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String OUTPUT_ID = "Output id: ";

    @TempDir
    Path dir;

    private final SystemProperties properties = new SystemProperties();
    private Path store;
    private Path pdf;

    @BeforeEach
    void setUp() throws Exception {
        store = Files.createDirectories(dir.resolve("store"));
        pdf = GeneratedPaper.write(dir.resolve("generated.pdf"));
        properties.set("papyri.store.dir", store.toString())
                .set("papyri.summarizer", LeadSentenceSummarizerProvider.NAME)
                .set("papyri.answerer", OverlapAnswererProvider.NAME)
                .set("papyri.chat", OverlapChatAgentProvider.NAME);
    }

    @AfterEach
    void tearDown() {
        properties.restore();
    }

    private static List<String> outputIds(CliRun run) {
        assertThat(run.code()).as(run.toString()).isZero();
        List<String> ids = new ArrayList<>();
        for (String line : run.outLines()) {
            if (line.startsWith(OUTPUT_ID)) {
                ids.add(line.substring(OUTPUT_ID.length()));
            }
        }
        return ids;
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).isEmpty();
        return run;
    }

    @Test
    void aSummaryIsRatedByItsPrintedIdAndTheRatingSurvivesLaterRuns() throws Exception {
        String id = outputIds(CliRun.of("summarize", pdf.toString())).get(0);

        CliRun rate = ok("rate", id, "4", "--comment", "Clear and short", "--tag", "concise", "--tag", "cited",
                "--key", "key-1", "--rater", "alice");
        CliRun retry = ok("rate", id, "4", "--comment", "Clear and short", "--tag", "concise", "--tag", "cited",
                "--key", "key-1", "--rater", "alice");

        assertThat(rate.outLines()).as(rate.toString()).first().asString()
                .startsWith("Rated fixture-summary 4/5 (summary of sha256:")
                .endsWith(", by " + LeadSentenceSummarizerProvider.NAME + ")");
        assertThat(rate.outLines()).contains("Comment: Clear and short", "Tags: concise, cited", "Rater: alice",
                "Key: key-1");
        assertThat(retry.out()).as("a retry prints the rating stored first").isEqualTo(rate.out());

        CliRun list = ok("feedback", "list", "--format", "json");
        JsonNode ratings = STRICT_JSON.readTree(list.out());
        assertThat(ratings).as(list.toString()).singleElement().satisfies(r -> {
            assertThat(r.get("output_id").asText()).isEqualTo("fixture-summary");
            assertThat(r.get("target").asText()).isEqualTo("SUMMARY");
            assertThat(r.get("score").asInt()).isEqualTo(4);
            assertThat(r.get("idempotency_key").asText()).isEqualTo("key-1");
            assertThat(r.get("tags")).extracting(JsonNode::asText).containsExactly("concise", "cited");
            assertThat(r.get("provenance").get("provider").asText()).isEqualTo(LeadSentenceSummarizerProvider.NAME);
        });
        CliRun table = ok("feedback", "list");
        assertThat(table.outLines()).as(table.toString()).hasSize(3);
        assertThat(table.outLines().get(0)).startsWith("AT").contains("SCORE", "TARGET", "PAPER", "OUTPUT");
        assertThat(table.outLines().get(1)).contains(" 4 ", "summary", "fixture-summary", "Clear and short");
        assertThat(table.outLines().get(2)).isEqualTo("1 rating");
        assertThat(store.resolve("feedback.db")).isRegularFile();
    }

    @Test
    void jsonOutputsNameTheirIdOutputIdAndThePapersMetadataShowsItsRatings() throws Exception {
        CliRun json = ok("summarize", pdf.toString(), "--format", "json");
        JsonNode summary = STRICT_JSON.readTree(json.out());
        assertThat(summary.get("output_id").asText()).as(json.out()).isEqualTo("fixture-summary");
        assertThat(summary.has("outputId")).isFalse();
        JsonNode answer = STRICT_JSON.readTree(ok("ask", pdf.toString(), "What do zephyr lanterns measure?",
                "--format", "json").out());
        String answerId = answer.get("output_id").asText();
        assertThat(answerId).isNotBlank();

        ok("rate", "fixture-summary", "5");
        ok("rate", "fixture-summary", "3", "--rater", "bob");
        ok("rate", answerId, "2");

        CliRun listed = ok("library", "--format", "json");
        JsonNode library = STRICT_JSON.readTree(listed.out());
        assertThat(library).as(listed.out()).singleElement().satisfies(paper -> {
            assertThat(paper.has("ratings")).as(listed.out()).isTrue();
            JsonNode ratings = paper.get("ratings");
            assertThat(ratings.get("summary").get("count").asLong()).isEqualTo(2);
            assertThat(ratings.get("summary").get("mean").asDouble()).isEqualTo(4.0);
            assertThat(ratings.get("summary").get("distribution").get("5").asLong()).isEqualTo(1);
            assertThat(ratings.get("answer").get("count").asLong()).isEqualTo(1);
            assertThat(ratings.has("chat")).isFalse();
        });
        CliRun table = ok("library");
        assertThat(table.outLines().get(0).split("\\s+")).containsExactly("ID", "SOURCE", "UPDATED", "RATINGS", "TITLE");
        assertThat(table.outLines().get(1)).contains("3 x 3.33");
    }

    @Test
    void listAndStatsFilterAndGroupTheRatingsOfSummariesAnswersAndChats() throws Exception {
        String summary = outputIds(CliRun.of("summarize", pdf.toString())).get(0);
        String answer = outputIds(CliRun.of("ask", pdf.toString(), "What do zephyr lanterns measure?")).get(0);
        CliRun chat = CliRun.withInput("What do zephyr lanterns measure?\n", "chat", pdf.toString());
        String reply = outputIds(chat).get(0);
        String session = chat.outLines().get(0).substring("Session: ".length());

        ok("rate", summary, "5");
        ok("rate", answer, "2");
        ok("rate", answer, "4");
        ok("rate", reply, "3", "--tag", "vague");
        ok("rate", session, "4");

        CliRun stats = ok("feedback", "stats");
        assertThat(stats.outLines()).as(stats.toString()).hasSize(6);
        assertThat(stats.outLines().get(0).split("\\s+")).containsExactly("TARGET", "COUNT", "MEAN", "1", "2", "3", "4",
                "5");
        assertThat(stats.outLines().get(1).split("\\s+")).containsExactly("answer", "2", "3.00", "0", "1", "0", "1", "0");
        assertThat(stats.outLines().get(2).split("\\s+")).containsExactly("chat", "1", "4.00", "0", "0", "0", "1", "0");
        assertThat(stats.outLines().get(3).split("\\s+"))
                .containsExactly("chat-reply", "1", "3.00", "0", "0", "1", "0", "0");
        assertThat(stats.outLines().get(4).split("\\s+")).containsExactly("summary", "1", "5.00", "0", "0", "0", "0", "1");
        assertThat(stats.outLines().get(5)).isEqualTo("5 ratings");

        JsonNode byOutput = STRICT_JSON.readTree(ok("feedback", "stats", "--by", "output", "--format", "json").out());
        assertThat(byOutput).extracting(a -> a.get("key").asText())
                .containsExactlyInAnyOrder(summary, answer, reply, session);
        JsonNode byPaper = STRICT_JSON.readTree(ok("feedback", "stats", "--by", "paper", "--format", "json").out());
        assertThat(byPaper).singleElement().satisfies(a -> {
            assertThat(a.get("count").asLong()).isEqualTo(5);
            assertThat(a.get("mean").asDouble()).isEqualTo(3.6);
            assertThat(a.get("distribution").get("4").asLong()).isEqualTo(2);
        });
        String paper = byPaper.get(0).get("key").asText();

        assertThat(STRICT_JSON.readTree(ok("feedback", "list", "--target", "answer", "-f", "json").out()))
                .hasSize(2).allSatisfy(r -> assertThat(r.get("target").asText()).isEqualTo("ANSWER"));
        assertThat(STRICT_JSON.readTree(ok("feedback", "list", "--target", "chat-reply", "-f", "json").out()))
                .singleElement().satisfies(r -> assertThat(r.get("tags").get(0).asText()).isEqualTo("vague"));
        assertThat(ok("feedback", "list", "--limit", "2").outLines()).last().isEqualTo("2 ratings");
        assertThat(ok("feedback", "list", "--paper", paper).outLines()).last().isEqualTo("5 ratings");
        assertThat(ok("feedback", "list", "--paper", "arxiv:1706.03762").outLines()).last().isEqualTo("0 ratings");
        assertThat(ok("feedback", "stats", "--paper", "arxiv:1706.03762").outLines()).last().isEqualTo("0 ratings");
    }

    @Test
    void anUnknownOutputIdIsNotFoundInOneLine() {
        CliRun run = CliRun.of("rate", "no-such-output", "4");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).as(run.toString()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("papyri: No output 'no-such-output'")
                .contains("summarize, ask or chat")
                .doesNotContain("Exception"));
    }

    @Test
    void ratingsOutOfRangeOverLimitsOrReusingAKeyAreUsageErrors() {
        String id = outputIds(CliRun.of("summarize", pdf.toString())).get(0);
        ok("rate", id, "5", "--key", "mine");

        CliRun tooHigh = CliRun.of("rate", id, "6");
        CliRun notANumber = CliRun.of("rate", id, "great");
        CliRun longComment = CliRun.of("rate", id, "3", "--comment", "c".repeat(4001));
        CliRun badKey = CliRun.of("rate", id, "3", "--key", "has space");
        CliRun conflict = CliRun.of("rate", id, "1", "--key", "mine");
        CliRun badTarget = CliRun.of("feedback", "list", "--target", "essay");
        CliRun badGroup = CliRun.of("feedback", "stats", "--by", "colour");

        for (CliRun run : List.of(tooHigh, notANumber, longComment, badKey, conflict, badTarget, badGroup)) {
            assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.errLines()).as(run.toString()).singleElement().asString().startsWith("papyri: ");
        }
        assertThat(tooHigh.err()).contains("RATING must be from 1 to 5, was 6");
        assertThat(longComment.err()).contains("at most 4000");
        assertThat(badKey.err()).contains("without spaces");
        assertThat(conflict.err()).contains("'mine' already holds a different rating", "Leave out --key");
        assertThat(badTarget.err()).contains("summary, answer, chat or chat-reply");
        assertThat(badGroup.err()).contains("output, paper, target, provider or variant");
        assertThat(ok("feedback", "list").outLines()).last().isEqualTo("1 rating");
    }

    @Test
    void withoutRaterTheIdIsMadeUpOnceAndKeptInTheStoreUnlessTheSettingNamesOne() throws Exception {
        String id = outputIds(CliRun.of("summarize", pdf.toString())).get(0);

        CliRun first = ok("rate", id, "4");
        CliRun second = ok("rate", id, "3");
        properties.set("papyri.rater", "bob");
        CliRun named = ok("rate", id, "2");

        String kept = Files.readString(store.resolve(RaterId.FILE)).strip();
        assertThat(kept).startsWith("rater-");
        assertThat(first.outLines()).contains("Rater: " + kept);
        assertThat(second.outLines()).contains("Rater: " + kept);
        assertThat(named.outLines()).contains("Rater: bob");
        assertThat(first.outLines()).filteredOn(line -> line.startsWith("Key: ")).singleElement().asString()
                .hasSize("Key: ".length() + 36);
        assertThat(ok("feedback", "list").outLines()).last().isEqualTo("3 ratings");
    }
}
