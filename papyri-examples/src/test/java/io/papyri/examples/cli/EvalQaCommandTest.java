package io.papyri.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.papyri.api.FeedbackTarget;
import io.papyri.core.eval.QasperDataset;
import io.papyri.core.eval.QasperPaper;
import io.papyri.core.experiment.Experiment;
import io.papyri.core.experiment.ExperimentCatalog;
import io.papyri.core.experiment.Variant;
import io.papyri.local.qa.AnswererSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@code papyri eval qa} on a tiny QASPER file written by the test, and on the shared dev file
 * when present, with the {@code fixture-overlap} answerer picked by {@code --provider}; experiments
 * compare variants of the local answerer.
 */
class EvalQaCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A paragraph whose whitespace the answerer's passages collapse. */
    private static final String SPACED = " Zephyr  lanterns measure   the distance between lines. ";
    /** A paragraph the answerer cuts into pieces of at most 30 words; the second piece names wombats. */
    private static final String LONG = "We collected a corpus of field notes from rangers across three national"
            + " parks over two summers. Each note describes animal behaviour near the trails and was labelled by two"
            + " annotators. The resulting dataset is about wombats burrowing at night near the river banks.";

    @TempDir
    Path dir;

    private final SystemProperties properties = new SystemProperties();

    private Path store;

    @BeforeEach
    void store() throws IOException {
        store = Files.createDirectories(dir.resolve("store"));
        properties.set("papyri.store.dir", store.toString());
    }

    @AfterEach
    void restore() {
        properties.restore();
    }

    @Test
    void predictionsCarryExactEvidenceParagraphsAndTheScoresArePrinted() throws Exception {
        Path dataset = write("qasper-tiny.jsonl", record("p1", "q") + "\n");
        Path predictions = dir.resolve("qa/predictions.jsonl");

        CliRun run = CliRun.of("eval", "qa", "--dataset", dataset.toString(), "--predictions", predictions.toString(),
                "--provider", OverlapAnswererProvider.NAME);

        assertThat(run.code()).as(run.toString()).isZero();
        List<JsonNode> lines = jsonLines(predictions);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(prediction("q1", "Zephyr lanterns measure the distance between lines.", SPACED));
        assertThat(lines.get(1)).isEqualTo(prediction("q2", "Yes", LONG));
        // the fixture says "The paper does not say." and cites a passage; the evaluator needs this
        assertThat(lines.get(2)).isEqualTo(prediction("q3", "Unanswerable"));

        // q1: answer F1 2/3 (3 of 6 predicted tokens), q2 and q3: 1; evidence exact for all three
        assertThat(run.out()).as(run.toString())
                .contains("Answers to 3 questions about 1 paper of qasper-tiny.jsonl by answerer fixture-overlap")
                .containsPattern("Answer-F1 +88\\.89\n")
                .containsPattern("extractive +66\\.67 +\\(1 question\\)")
                .containsPattern("yes_no +100\\.00 +\\(1 question\\)")
                .containsPattern("unanswerable +100\\.00 +\\(1 question\\)")
                .containsPattern("Evidence-F1 +100\\.00\n")
                .contains("Questions: 3. Elapsed: ")
                .contains("Predictions: " + predictions)
                .doesNotContain("abstractive");
    }

    @Test
    void limitCountsPapers() throws Exception {
        Path dataset = write("two.jsonl", record("p1", "a") + "\n" + record("p2", "b") + "\n");
        Path predictions = dir.resolve("predictions.jsonl");

        CliRun run = CliRun.of("eval", "qa", "--dataset", dataset.toString(), "--predictions", predictions.toString(),
                "--provider", OverlapAnswererProvider.NAME, "--limit", "1");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(jsonLines(predictions)).extracting(line -> line.get("question_id").asText())
                .containsExactly("a1", "a2", "a3");
        assertThat(run.out()).contains("Questions: 3.");
    }

    @Test
    void badInputIsReportedWithFileAndLine() throws Exception {
        Path broken = write("broken.jsonl", record("p1", "q") + "\n" + "[1, 2]\n");
        Path duplicate = write("duplicate.jsonl", record("p1", "q") + "\n" + record("p2", "q") + "\n");
        Path predictions = dir.resolve("predictions.jsonl");

        CliRun notAnObject = CliRun.of("eval", "qa", "--dataset", broken.toString(), "--predictions",
                predictions.toString(), "--provider", OverlapAnswererProvider.NAME);
        CliRun twice = CliRun.of("eval", "qa", "--dataset", duplicate.toString(), "--predictions",
                predictions.toString(), "--provider", OverlapAnswererProvider.NAME);
        CliRun missing = CliRun.of("eval", "qa", "--dataset", dir.resolve("absent.jsonl").toString(), "--predictions",
                predictions.toString());

        assertThat(notAnObject.code()).as(notAnObject.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(notAnObject.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("papyri: " + broken + ":2: expected a JSON object per line"));
        assertThat(twice.code()).as(twice.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(twice.err()).contains("question id q1 appears twice");
        assertThat(missing.code()).as(missing.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(missing.err()).contains("absent.jsonl", "does not exist");
        assertThat(predictions).doesNotExist();
    }

    @Test
    void sharedDevFileEvidenceIsAlwaysADatasetParagraph() throws Exception {
        String shared = System.getProperty("papyri.shared.dir");
        Path file = shared == null ? null : Path.of(shared, "eval", "qasper-dev.jsonl");
        assumeTrue(file != null && Files.isRegularFile(file),
                "the shared QASPER dev file is not at " + file + "; set papyri.shared.dir to the folder holding eval/");
        Path predictions = dir.resolve("predictions.jsonl");

        CliRun run = CliRun.of("eval", "qa", "--dataset", file.toString(), "--predictions", predictions.toString(),
                "--provider", OverlapAnswererProvider.NAME, "--limit", "3");

        assertThat(run.code()).as(run.toString()).isZero();
        List<QasperPaper> papers = QasperDataset.read(file).subList(0, 3);
        Set<String> paragraphs = new HashSet<>();
        for (QasperPaper paper : papers) {
            paper.sections().forEach(section -> paragraphs.addAll(section.paragraphs()));
            paragraphs.add(paper.abstractText());
        }
        List<JsonNode> lines = jsonLines(predictions);
        assertThat(lines).hasSize(QasperDataset.gold(papers).size());
        assertThat(lines).allSatisfy(line -> line.withArray("predicted_evidence")
                .forEach(evidence -> assertThat(paragraphs).contains(evidence.asText())));
        assertThat(run.out()).contains("Questions: " + lines.size() + ".").containsPattern("Answer-F1 +\\d+\\.\\d\\d");
    }

    @Test
    void anExperimentComparesTheVariantsAnswerF1SideBySide() throws Exception {
        new ExperimentCatalog(store).create(new Experiment("qa-support", FeedbackTarget.ANSWER, List.of(
                new Variant("strict", "local", Map.of(), 1),
                new Variant("lenient", "local", Map.of(AnswererSettings.MIN_SUPPORT, "0"), 1))));
        Path dataset = write("qasper-tiny.jsonl", record("p1", "q") + "\n" + record("p2", "r") + "\n");
        Path predictions = dir.resolve("qa/predictions.jsonl");

        CliRun run = CliRun.of("eval", "qa", "--dataset", dataset.toString(), "--predictions", predictions.toString(),
                "--experiment", "qa-support");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(jsonLines(dir.resolve("qa/predictions.strict.jsonl"))).hasSize(6);
        assertThat(jsonLines(dir.resolve("qa/predictions.lenient.jsonl"))).hasSize(6);
        assertThat(predictions).doesNotExist();
        assertThat(run.out()).as(run.toString())
                .contains("Answers to 6 questions about 2 papers of qasper-tiny.jsonl by the variants of experiment"
                        + " qa-support")
                .contains("Variants: strict (control): answerer local; lenient: answerer local, "
                        + AnswererSettings.MIN_SUPPORT + "=0")
                .containsPattern("metric +\\| +strict \\| +lenient \\| +lenient - strict\n")
                .containsPattern("Answer-F1 +\\| +\\d+\\.\\d\\d \\| +\\d+\\.\\d\\d \\| +[+-]\\d+\\.\\d\\d\n")
                .containsPattern("Evidence-F1 +\\| +\\d+\\.\\d\\d \\| +\\d+\\.\\d\\d \\| +[+-]\\d+\\.\\d\\d\n")
                .contains("Questions: 6. Elapsed: ")
                .contains("Predictions of strict: " + dir.resolve("qa/predictions.strict.jsonl"))
                .contains("Predictions of lenient: " + dir.resolve("qa/predictions.lenient.jsonl"));
    }

    @Test
    void experimentOptionsAreChecked() throws Exception {
        new ExperimentCatalog(store).create(new Experiment("sum-words", FeedbackTarget.SUMMARY, List.of(
                new Variant("a", "local", Map.of(), 1), new Variant("b", "local", Map.of(), 1))));
        String dataset = write("qasper-tiny.jsonl", record("p1", "q") + "\n").toString();
        String predictions = dir.resolve("predictions.jsonl").toString();

        CliRun both = CliRun.of("eval", "qa", "--dataset", dataset, "--predictions", predictions,
                "--provider", OverlapAnswererProvider.NAME, "--experiment", "sum-words");
        CliRun unknown = CliRun.of("eval", "qa", "--dataset", dataset, "--predictions", predictions,
                "--experiment", "nope");
        CliRun wrongTarget = CliRun.of("eval", "qa", "--dataset", dataset, "--predictions", predictions,
                "--experiment", "sum-words");

        assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("--provider", "--experiment", "mutually exclusive");
        assertThat(unknown.code()).as(unknown.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).contains("Unknown experiment 'nope'", "papyri experiments create", "papyri experiments list");
        assertThat(wrongTarget.code()).as(wrongTarget.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrongTarget.err()).contains("needs an experiment with target answer");
        assertThat(dir.resolve("predictions.a.jsonl")).doesNotExist();
    }

    /** A paper with three questions ids {@code <prefix>1..3}: extractive, yes/no, unanswerable. */
    private static String record(String paperId, String prefix) throws IOException {
        ObjectNode paper = JSON.createObjectNode().put("paper_id", paperId).put("title", "Reading in the Wild")
                .put("abstract", "We study reading by machine.");
        ArrayNode sections = paper.putArray("sections");
        section(sections, "Introduction", SPACED, "Quokkas annotate each paragraph with its page.");
        section(sections, "Method ::: Data", LONG);
        section(sections, "Empty parent");
        ArrayNode questions = paper.putArray("questions");
        question(questions, prefix + "1", "What do zephyr lanterns measure? ",
                answer("extractive", "the distance between lines", SPACED));
        question(questions, prefix + "2", "Is the dataset about wombats burrowing?",
                answer("yes_no", "Yes", LONG), answer("yes_no", "No"));
        question(questions, prefix + "3", "Xylophone?", answer("unanswerable", "Unanswerable"));
        return JSON.writeValueAsString(paper);
    }

    private static void section(ArrayNode sections, String heading, String... paragraphs) {
        ArrayNode texts = sections.addObject().put("heading", heading).putArray("paragraphs");
        for (String paragraph : paragraphs) {
            texts.add(paragraph);
        }
    }

    private static void question(ArrayNode questions, String id, String text, ObjectNode... answers) {
        ArrayNode list = questions.addObject().put("question_id", id).put("question", text).putArray("answers");
        for (ObjectNode answer : answers) {
            list.add(answer);
        }
    }

    private static ObjectNode answer(String type, String text, String... evidence) {
        ObjectNode answer = JSON.createObjectNode().put("type", type).put("text", text);
        ArrayNode list = answer.putArray("evidence");
        for (String paragraph : evidence) {
            list.add(paragraph);
        }
        return answer;
    }

    private static JsonNode prediction(String id, String answer, String... evidence) {
        ObjectNode line = JSON.createObjectNode().put("question_id", id).put("predicted_answer", answer);
        ArrayNode list = line.putArray("predicted_evidence");
        for (String paragraph : evidence) {
            list.add(paragraph);
        }
        return line;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }
}
