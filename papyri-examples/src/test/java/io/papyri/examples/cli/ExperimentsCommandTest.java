package io.papyri.examples.cli;

import io.papyri.api.FeedbackTarget;
import io.papyri.api.PaperId;
import io.papyri.api.Provenance;
import io.papyri.api.Rating;
import io.papyri.core.Papyri;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code papyri experiments create|list|assign|report} against a temporary store directory. */
class ExperimentsCommandTest {

    @TempDir
    Path dir;

    private final SystemProperties properties = new SystemProperties();
    private Path store;

    @BeforeEach
    void setUp() throws Exception {
        store = Files.createDirectories(dir.resolve("store"));
        properties.set("papyri.store.dir", store.toString());
    }

    @AfterEach
    void tearDown() {
        properties.restore();
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).isEmpty();
        return run;
    }

    private static void createLengthExperiment() {
        ok("experiments", "create", "summary-length", "--target", "summary",
                "--variant", "short=local", "--variant", "long=local:3");
    }

    @Test
    void createdExperimentsAreListedAndKeptAsFiles() {
        assertThat(ok("experiments", "list").outLines()).containsExactly("0 experiments");

        createLengthExperiment();
        ok("experiments", "create", "answers", "--target", "chat-reply", "--variant", "a=local",
                "--variant", "b=bedrock:0.5");

        assertThat(store.resolve("experiments/summary-length.json")).isRegularFile();
        CliRun list = ok("experiments", "list");
        assertThat(list.outLines()).containsExactly(
                "answers  chat-reply  a=local:1, b=bedrock:0.5",
                "summary-length  summary  short=local:1, long=local:3",
                "2 experiments");
    }

    @Test
    void createRejectsBadDefinitions() {
        createLengthExperiment();
        CliRun again = CliRun.of("experiments", "create", "summary-length", "--target", "summary",
                "--variant", "a=local", "--variant", "b=local");
        assertThat(again.code()).as(again.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("already exists");

        CliRun one = CliRun.of("experiments", "create", "solo", "--target", "answer", "--variant", "a=local");
        assertThat(one.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(one.err()).contains("at least two variants");

        CliRun badWeight = CliRun.of("experiments", "create", "w", "--target", "answer",
                "--variant", "a=local:x", "--variant", "b=local");
        assertThat(badWeight.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badWeight.err()).contains("weight 'x' is not a number");

        CliRun badTarget = CliRun.of("experiments", "create", "t", "--target", "poem",
                "--variant", "a=local", "--variant", "b=local");
        assertThat(badTarget.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(store.resolve("experiments/solo.json")).doesNotExist();
    }

    @Test
    void theSameUnitGetsTheSameVariantInEveryRun() {
        createLengthExperiment();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            String unit = "user-" + i;
            String first = ok("experiments", "assign", "summary-length", unit).out().strip();
            String second = ok("experiments", "assign", "summary-length", unit).out().strip();
            assertThat(second).as(unit).isEqualTo(first);
            assertThat(first).isIn("short", "long");
            seen.add(first);
        }
        assertThat(seen).as("both variants are assigned to some of 40 users").containsExactlyInAnyOrder("short", "long");
    }

    @Test
    void anUnknownExperimentExitsNotFound() {
        for (String[] args : List.of(new String[] {"experiments", "assign", "nope", "u1"},
                new String[] {"experiments", "report", "nope"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.NOT_FOUND).isEqualTo(4);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).singleElement().asString()
                    .startsWith("papyri: Unknown experiment 'nope'").contains("papyri experiments list");
        }
    }

    @Test
    void reportsTheRatingsGivenToEachVariant() {
        createLengthExperiment();
        // simulated ratings: "short" gets 3,4,5 repeated (mean 4), "long" 1,2,3 (mean 2);
        // an answer rated under "short" and a rating without variant must not count
        try (Papyri papyri = Papyri.builder().build()) {
            for (int i = 0; i < 12; i++) {
                papyri.rate(rating("s" + i, FeedbackTarget.SUMMARY, "short", 3 + i % 3));
                papyri.rate(rating("l" + i, FeedbackTarget.SUMMARY, "long", 1 + i % 3));
            }
            papyri.rate(rating("other-target", FeedbackTarget.ANSWER, "short", 1));
            papyri.rate(rating("no-variant", FeedbackTarget.SUMMARY, "", 1));
        }

        CliRun report = ok("experiments", "report", "summary-length", "--exposures", "short=24");

        String text = report.out();
        assertThat(text).contains("Experiment summary-length (control: short; Welch's t-test");
        assertThat(report.outLines()).anySatisfy(line -> assertThat(line.split("\\s+"))
                .startsWith("short", "24", "12", "50.0%", "4.000"));
        assertThat(report.outLines()).anySatisfy(line -> assertThat(line.split("\\s+"))
                .startsWith("long", "12", "12", "100.0%", "2.000"));
        assertThat(report.outLines()).anySatisfy(line -> assertThat(line).startsWith("long - short")
                .contains("-2.000"));
        assertThat(text).contains("too few ratings to decide")
                .contains("note: no --exposures for long; exposures default to the number of ratings");
    }

    @Test
    void reportRejectsExposuresOfUnknownOrTooFewShowings() {
        createLengthExperiment();
        CliRun unknown = CliRun.of("experiments", "report", "summary-length", "--exposures", "medium=3");
        assertThat(unknown.code()).as(unknown.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("has no variant 'medium'");

        try (Papyri papyri = Papyri.builder().build()) {
            papyri.rate(rating("a", FeedbackTarget.SUMMARY, "long", 4));
            papyri.rate(rating("b", FeedbackTarget.SUMMARY, "long", 5));
        }
        CliRun tooFew = CliRun.of("experiments", "report", "summary-length", "--exposures", "long=1");
        assertThat(tooFew.code()).as(tooFew.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooFew.err()).contains("every rating needs an exposure");
    }

    private static Rating rating(String key, FeedbackTarget target, String variant, int score) {
        return new Rating(key, "out-" + key, target, PaperId.parse("arxiv:1706.03762"),
                new Provenance("local", "lead-3", "cfg"), variant, "rater-" + key, score, "", List.of(),
                Instant.parse("2026-01-02T03:04:05Z"));
    }
}
