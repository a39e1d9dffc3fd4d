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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code papyri summarize}, {@code ask} and {@code chat} end to end on a generated PDF, with the
 * real extractor, cleaner and store and the test fixture providers (fixture-lead, fixture-overlap,
 * fixture-chat) chosen by system property, as a user would with {@code PAPYRI_JAVA_OPTS}.
 */
class PaperCommandsTest {

    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern SESSION_LINE = Pattern.compile("Session: ([A-Za-z0-9-]+)");
    private static final String INTRODUCTION_CITATION = "[" + GeneratedPaper.INTRODUCTION + ", p. 1]";
    private static final String METHOD_CITATION = "[" + GeneratedPaper.METHOD + ", p. 2]";

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

    @Test
    void summarizePrintsEachSentenceWithItsSectionAndPage() {
        CliRun run = CliRun.of("summarize", pdf.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).isEmpty();
        assertThat(run.outLines()).as(run.toString()).containsExactly(
                "Papers are written for people. " + INTRODUCTION_CITATION,
                GeneratedPaper.METHOD_SENTENCE + " " + METHOD_CITATION,
                "Output id: fixture-summary");
    }

    @Test
    void summarizeAsJsonPrintsTheSummaryRecord() throws Exception {
        CliRun run = CliRun.of("summarize", pdf.toString(), "--style", "TLDR", "--format", "json");

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode summary = STRICT_JSON.readTree(run.out());
        assertThat(summary.get("paper_id").asText()).startsWith("sha256:");
        assertThat(summary.get("style").asText()).isEqualTo("TLDR");
        assertThat(summary.get("provenance").get("provider").asText()).isEqualTo(LeadSentenceSummarizerProvider.NAME);
        assertThat(summary.get("sentences")).singleElement().satisfies(sentence -> {
            assertThat(sentence.get("text").asText()).isEqualTo(GeneratedPaper.METHOD_SENTENCE);
            assertThat(sentence.get("source").get("section").asText()).isEqualTo(GeneratedPaper.METHOD);
            assertThat(sentence.get("source").get("page").asInt()).isEqualTo(2);
        });
    }

    @Test
    void askPrintsAnswerKindConfidenceAndEvidenceWithSectionAndPage() {
        CliRun run = CliRun.of("ask", pdf.toString(), "What do zephyr lanterns measure?");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.outLines()).as(run.toString()).startsWith(
                "Answer: " + GeneratedPaper.METHOD_SENTENCE,
                "Kind: extractive, confidence 0.75",
                "Evidence:",
                "  1. " + METHOD_CITATION + " (score 0.75)");
        assertThat(run.outLines().get(4)).startsWith("     " + GeneratedPaper.METHOD_SENTENCE);
        assertThat(run.outLines()).last().isEqualTo("Output id: fixture-answer");
    }

    @Test
    void askAsJsonPrintsTheAnswerRecord() throws Exception {
        CliRun run = CliRun.of("ask", pdf.toString(), "Do marmalade quokkas annotate paragraphs?", "-f", "json");

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode answer = STRICT_JSON.readTree(run.out());
        assertThat(answer.get("text").asText()).isEqualTo("Yes");
        assertThat(answer.get("kind").asText()).isEqualTo("YES_NO");
        assertThat(answer.get("confidence").asDouble()).isEqualTo(0.75);
        assertThat(answer.get("question").asText()).isEqualTo("Do marmalade quokkas annotate paragraphs?");
        assertThat(answer.get("evidence")).singleElement().satisfies(evidence -> {
            assertThat(evidence.get("passage").get("section").asText()).isEqualTo(GeneratedPaper.INTRODUCTION);
            assertThat(evidence.get("passage").get("page").asInt()).isEqualTo(1);
            assertThat(evidence.get("passage").get("text").asText()).contains(GeneratedPaper.BODY_SENTENCE);
        });
    }

    @Test
    void chatAnswersEachLineUntilQuitAndResumesBySessionId() throws Exception {
        CliRun first = CliRun.withInput("What do zephyr lanterns measure?\n\n   \n"
                + "Which quokkas annotate paragraphs?\nquit\nWhat comes after quit?\n", "chat", pdf.toString());

        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.err()).as(first.toString()).isEmpty();
        List<String> lines = first.outLines();
        Matcher session = SESSION_LINE.matcher(lines.get(0));
        assertThat(session.matches()).as(first.toString()).isTrue();
        String id = session.group(1);
        assertThat(lines.subList(1, lines.size())).as(first.toString()).containsExactly(
                "> What do zephyr lanterns measure?",
                "Turn 1: " + GeneratedPaper.METHOD_SENTENCE,
                // the fixture cites pieces of at most 30 words, cut at sentence ends
                "  1. " + METHOD_CITATION + " " + GeneratedPaper.METHOD_SENTENCE,
                "Output id: reply-1",
                "",
                "> Which quokkas annotate paragraphs?",
                "Turn 2: Papers are written for people.",
                "  1. " + INTRODUCTION_CITATION + " Papers are written for people. " + GeneratedPaper.BODY_SENTENCE,
                "Output id: reply-2",
                "");
        try (Stream<Path> files = Files.walk(store)) {
            assertThat(files.map(Path::toString)).anySatisfy(file -> assertThat(file).endsWith(id + ".json"));
        }

        CliRun resumed = CliRun.withInput("What do zephyr lanterns measure?\n", "chat", pdf.toString(), "--session", id);

        assertThat(resumed.code()).as(resumed.toString()).isZero();
        assertThat(resumed.outLines()).as(resumed.toString()).startsWith(
                "Session: " + id,
                "Resumed after 4 earlier messages.",
                "> What do zephyr lanterns measure?",
                "Turn 3: " + GeneratedPaper.METHOD_SENTENCE);
    }

    @Test
    void chatEndsAtEndOfInputAndSaysExitToo() {
        CliRun run = CliRun.withInput("What do zephyr lanterns measure?\nEXIT\n", "chat", pdf.toString());
        CliRun empty = CliRun.withInput("", "chat", pdf.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("Turn ")).hasSize(1);
        assertThat(empty.code()).as(empty.toString()).isZero();
        assertThat(empty.outLines()).as(empty.toString()).singleElement()
                .satisfies(line -> assertThat(line).matches(SESSION_LINE));
    }

    @Test
    void anUnknownSessionIsNotFoundInOneLine() {
        CliRun run = CliRun.withInput("Hello?\n", "chat", pdf.toString(), "--session", "no-such-session");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).as(run.toString()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("papyri: No chat session 'no-such-session' about sha256:")
                .contains("without --session")
                .doesNotContain("Exception"));
    }

    @Test
    void aMalformedSessionIdIsAUsageError() {
        CliRun run = CliRun.withInput("", "chat", pdf.toString(), "--session", "../../etc");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).as(run.toString()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("papyri: --session: Invalid chat session id"));
    }

    @Test
    void badStyleOrFormatAndEmptyQuestionsAreUsageErrors() {
        CliRun style = CliRun.of("summarize", pdf.toString(), "--style", "haiku");
        CliRun format = CliRun.of("ask", pdf.toString(), "Why?", "--format", "xml");
        CliRun blank = CliRun.of("ask", pdf.toString(), "  ");

        assertThat(style.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(style.err()).contains("'haiku'", "tldr, abstract or sections");
        assertThat(format.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("'xml'", "text or json");
        assertThat(blank.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(blank.err()).contains("QUESTION is empty");
    }

    @Test
    void aProviderThatIsNotInstalledIsAConfigurationError() {
        properties.set("papyri.summarizer", "no-such-summarizer");

        CliRun run = CliRun.of("summarize", pdf.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
                .contains("no-such-summarizer").contains(LeadSentenceSummarizerProvider.NAME));
    }

    @Test
    void helpListsTheNewCommands() {
        CliRun run = CliRun.of("--help");
        CliRun eval = CliRun.of("eval", "summarize", "--help");

        assertThat(run.out()).contains("summarize", "ask", "chat", "eval", "rate", "feedback");
        assertThat(eval.code()).isZero();
        assertThat(eval.out()).contains("--dataset", "--corpus", "--predictions", "--limit", "Exit codes:",
                "7   malformed input file");
    }
}
