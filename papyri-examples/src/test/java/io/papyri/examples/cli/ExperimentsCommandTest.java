package io.papyri.examples.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    void variantsAreServedRecordedAndReportedFromExposuresAndTheirUsersRatings() throws Exception {
        Path pdf = GeneratedPaper.write(dir.resolve("generated.pdf"));
        properties.set("papyri.summarizer", LeadSentenceSummarizerProvider.NAME);
        ok("experiments", "create", "lead-length", "--target", "summary",
                "--variant", "all=" + LeadSentenceSummarizerProvider.NAME,
                "--variant", "one=" + LeadSentenceSummarizerProvider.NAME,
                "--set", "one:" + LeadSentenceSummarizerProvider.MAX_SENTENCES + "=1");
        assertThat(ok("experiments", "list").outLines().get(0))
                .isEqualTo("lead-length  summary  all=fixture-lead:1, one=fixture-lead:1 {"
                        + LeadSentenceSummarizerProvider.MAX_SENTENCES + "=1}");

        // simulated users: those served "all" rate it 4 or 5, those served "one" 2 or 3; every third
        // user does not rate, and user-0 rates twice (only the later rating counts)
        Map<String, Integer> exposed = new HashMap<>();
        Map<String, Integer> rated = new HashMap<>();
        Map<String, Integer> sum = new HashMap<>();
        for (int i = 0; i < 24; i++) {
            String unit = "user-" + i;
            CliRun served = CliRun.of("summarize", pdf.toString(), "--experiment", "lead-length", "--unit", unit);
            assertThat(served.code()).as(served.toString()).isZero();
            String variant = served.errLines().get(0).replaceAll(".*variant (\\w+) .*", "$1");
            assertThat(served.errLines()).containsExactly("papyri: experiment lead-length, variant " + variant
                    + " (" + LeadSentenceSummarizerProvider.NAME + ") for " + unit);
            assertThat(ok("experiments", "assign", "lead-length", unit).out().strip()).isEqualTo(variant);
            String outputId = served.outLines().get(served.outLines().size() - 1).substring("Output id: ".length());
            assertThat(outputId).isEqualTo(variant.equals("one") ? "fixture-summary-1" : "fixture-summary");
            if (variant.equals("one")) {
                assertThat(served.outLines()).as("one sentence and the output id").hasSize(2);
            } else {
                assertThat(served.outLines()).as("a sentence per section").hasSizeGreaterThan(2);
            }
            exposed.merge(variant, 1, Integer::sum);
            if (i % 3 == 2) {
                continue;
            }
            int score = (variant.equals("all") ? 4 : 2) + i % 2;
            if (i == 0) {
                ok("rate", outputId, "1", "--rater", unit, "--key", "first-" + unit);
            }
            CliRun rate = ok("rate", outputId, String.valueOf(score), "--rater", unit, "--key", "k-" + unit);
            assertThat(rate.outLines()).contains("Variant: lead-length/" + variant);
            rated.merge(variant, 1, Integer::sum);
            sum.merge(variant, score, Integer::sum);
        }
        // a rating by someone never shown the output carries no variant and does not count
        CliRun stranger = ok("rate", "fixture-summary", "1", "--rater", "stranger");
        assertThat(stranger.out()).doesNotContain("Variant:");
        assertThat(exposed).as("both variants served to some of 24 users").containsOnlyKeys("all", "one");

        CliRun report = ok("experiments", "report", "lead-length");

        assertThat(report.out()).contains("Experiment lead-length (control: all; Welch's t-test");
        for (String variant : List.of("all", "one")) {
            String mean = String.format(Locale.ROOT, "%.3f", (double) sum.get(variant) / rated.get(variant));
            assertThat(report.outLines()).as(report.toString()).anySatisfy(line -> assertThat(line.split("\\s+"))
                    .startsWith(variant, String.valueOf(exposed.get(variant)), String.valueOf(rated.get(variant)))
                    .contains(mean));
        }
        assertThat(report.outLines()).anySatisfy(line -> assertThat(line).startsWith("one - all"));
        assertThat(report.out()).contains("too few ratings to decide");
    }

    @Test
    void chatRepliesAreServedAsVariantsAndTheirRatingsCarryThem() throws Exception {
        Path pdf = GeneratedPaper.write(dir.resolve("generated.pdf"));
        properties.set("papyri.chat", OverlapChatAgentProvider.NAME);
        ok("experiments", "create", "replies", "--target", "chat-reply",
                "--variant", "a=" + OverlapChatAgentProvider.NAME, "--variant", "b=" + OverlapChatAgentProvider.NAME);

        CliRun chat = CliRun.withInput("What do zephyr lanterns measure?\n", "chat", pdf.toString(),
                "--experiment", "replies", "--unit", "reader-7");

        assertThat(chat.code()).as(chat.toString()).isZero();
        String variant = ok("experiments", "assign", "replies", "reader-7").out().strip();
        assertThat(chat.errLines()).containsExactly("papyri: experiment replies, variant " + variant + " ("
                + OverlapChatAgentProvider.NAME + ") for reader-7");
        String reply = chat.outLines().stream().filter(l -> l.startsWith("Output id: ")).findFirst().orElseThrow()
                .substring("Output id: ".length());
        assertThat(ok("rate", reply, "4", "--rater", "reader-7").outLines()).contains("Variant: replies/" + variant);
        assertThat(ok("experiments", "report", "replies").outLines()).anySatisfy(line ->
                assertThat(line.split("\\s+")).startsWith(variant, "1", "1", "100.0%", "4.000"));
    }

    @Test
    void servingAnUnknownExperimentExitsNotFoundAndStoresNothing() throws Exception {
        Path pdf = GeneratedPaper.write(dir.resolve("generated.pdf"));
        properties.set("papyri.summarizer", LeadSentenceSummarizerProvider.NAME);
        CliRun run = CliRun.of("summarize", pdf.toString(), "--experiment", "nope");
        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.errLines()).singleElement().asString().startsWith("papyri: Unknown experiment 'nope'");
        assertThat(run.out()).isEmpty();

        CliRun badName = CliRun.of("summarize", pdf.toString(), "--experiment", "Not A Name");
        assertThat(badName.code()).as(badName.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(badName.err()).contains("must match [a-z0-9]");
    }

    @Test
    void createRejectsSettingsForNoVariant() {
        CliRun run = CliRun.of("experiments", "create", "x", "--target", "summary", "--variant", "a=local",
                "--variant", "b=local", "--set", "c:papyri.summarize.abstract-words=100");
        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no --variant named 'c'");
        CliRun malformed = CliRun.of("experiments", "create", "x", "--target", "summary", "--variant", "a=local",
                "--variant", "b=local", "--set", "b=papyri.summarize.abstract-words");
        assertThat(malformed.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(malformed.err()).contains("use VARIANT:KEY=VALUE");
        assertThat(store.resolve("experiments/x.json")).doesNotExist();
    }
}
