package io.papyri.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.papyri.api.FeedbackTarget;
import io.papyri.core.experiment.Experiment;
import io.papyri.core.experiment.ExperimentCatalog;
import io.papyri.core.experiment.Variant;
import io.papyri.local.summarize.SummarizerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@code papyri eval summarize} on tiny datasets and corpora written by the test, and on the
 * shared data when present, with the {@code fixture-lead} summarizer picked by {@code --provider};
 * experiments compare variants of the local summarizer.
 */
class EvalSummarizeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROW = Pattern.compile("(.+?)\\s*\\| R1 +([0-9.]+) \\| R2 +([0-9.]+) \\| RL +([0-9.]+) \\| n=(\\d+)");

    /** Paper A: the fixture's TLDR (the last section's first sentence) is the gold; the lead shares no word. */
    private static final String PAPER_A = "{\"paper_id\": \"ACL:A00-1\", \"title\": \"Quokkas\","
            + " \"source_text_sections\": [{\"heading\": \"1 Intro\", \"paragraphs\": [\"Alpha beta gamma delta. More words here.\"]},"
            + " {\"heading\": \"5 Conclusion\", \"paragraphs\": [\"We show that quokkas read papers. Then more.\"]}],"
            + " \"abstract\": \"SECRET abstract words\", \"references\": [\"We show that quokkas read papers.\"]}";
    /** Paper B: flat source text; summary and lead are the same first sentence, the second reference. */
    private static final String PAPER_B = "{\"paper_id\": \"SJ1Xmf-Rb\", \"title\": null,"
            + " \"source_text\": \"Lead sentence is here. Wombats dig burrows at night.\","
            + " \"abstract\": \"SECRET\", \"references\": [\"unrelated gold text\", \"Lead sentence is here.\"]}";

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
    void writesOnePredictionPerPaperAndPrintsRougeNextToTheLeadBaseline() throws Exception {
        Path dataset = write("tiny.jsonl", PAPER_A + "\n\n" + PAPER_B + "\n");
        Path predictions = dir.resolve("out/predictions.jsonl");

        CliRun run = CliRun.of("eval", "summarize", "--dataset", dataset.toString(), "--predictions",
                predictions.toString(), "--provider", LeadSentenceSummarizerProvider.NAME);

        assertThat(run.code()).as(run.toString()).isZero();
        List<JsonNode> lines = jsonLines(predictions);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("paper_id").asText()).isEqualTo("ACL:A00-1");
        assertThat(lines.get(0).get("summary").asText()).isEqualTo("We show that quokkas read papers.");
        assertThat(lines.get(1).get("paper_id").asText()).isEqualTo("SJ1Xmf-Rb");
        assertThat(lines.get(1).get("summary").asText()).isEqualTo("Lead sentence is here.");
        assertThat(Files.readString(predictions)).doesNotContain("SECRET");

        assertThat(run.out()).as(run.toString())
                .contains("tiny.jsonl (2 papers) by summarizer fixture-lead, style tldr")
                .contains("the one with the best ROUGE-1")
                .contains("Porter stemming")
                .contains("Papers: 2 summarized, 0 skipped. Elapsed: ")
                .contains("Mean summary length: 5.0 words")
                .contains("Predictions: " + predictions);
        List<double[]> rows = rows(run);
        assertThat(rows).hasSize(2);
        // summaries equal a reference of each paper; the lead gets paper A wrong and paper B right
        assertThat(rows.get(0)).containsExactly(100.0, 100.0, 100.0, 2);
        assertThat(rows.get(1)).containsExactly(50.0, 50.0, 50.0, 2);
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("summarizer fixture-lead"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("lead, same word budget"));
    }

    @Test
    void limitAndStyleAreHonoured() throws Exception {
        Path dataset = write("tiny.jsonl", PAPER_A + "\n" + PAPER_B + "\n");
        Path predictions = dir.resolve("predictions.jsonl");

        CliRun run = CliRun.of("eval", "summarize", "--dataset", dataset.toString(), "--predictions",
                predictions.toString(), "--provider", LeadSentenceSummarizerProvider.NAME, "--style", "abstract",
                "--limit", "1");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(jsonLines(predictions)).singleElement().satisfies(line -> assertThat(line.get("summary").asText())
                .isEqualTo("Alpha beta gamma delta. We show that quokkas read papers."));
        assertThat(run.out()).contains("(1 paper)", "style abstract", "n=1");
    }

    @Test
    void aBrokenLineFailsWithFileLineAndItsOwnExitCode() throws Exception {
        Path dataset = write("broken.jsonl", PAPER_A + "\n{\"paper_id\": \"x\", \n");
        Path predictions = dir.resolve("predictions.jsonl");

        CliRun run = CliRun.of("eval", "summarize", "--dataset", dataset.toString(), "--predictions",
                predictions.toString(), "--provider", LeadSentenceSummarizerProvider.NAME);

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).as(run.toString()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("papyri: " + dataset + ":2: not valid JSON")
                .doesNotContain("Exception"));
        assertThat(predictions).doesNotExist();
    }

    @Test
    void aRecordWithoutReferencesNamesItsLine() throws Exception {
        Path dataset = write("noref.jsonl", PAPER_A + "\n" + PAPER_B + "\n"
                + PAPER_B.replace("[\"unrelated gold text\", \"Lead sentence is here.\"]", "[]") + "\n");

        CliRun run = CliRun.of("eval", "summarize", "--dataset", dataset.toString(), "--predictions",
                dir.resolve("p.jsonl").toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(":3: paper SJ1Xmf-Rb has no \"references\"");
    }

    @Test
    void missingInputsAndUnknownProvidersAreReportedInOneLine() throws Exception {
        Path predictions = dir.resolve("predictions.jsonl");
        CliRun missing = CliRun.of("eval", "summarize", "--dataset", dir.resolve("nope.jsonl").toString(),
                "--predictions", predictions.toString());
        CliRun noCorpus = CliRun.of("eval", "summarize", "--corpus", dir.resolve("nowhere").toString(),
                "--predictions", predictions.toString());
        CliRun provider = CliRun.of("eval", "summarize", "--dataset", write("tiny.jsonl", PAPER_A).toString(),
                "--predictions", predictions.toString(), "--provider", "no-such-summarizer");

        assertThat(missing.code()).as(missing.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(missing.errLines()).singleElement().satisfies(line -> assertThat(line)
                .contains("Dataset file", "nope.jsonl", "does not exist"));
        assertThat(noCorpus.code()).as(noCorpus.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(noCorpus.err()).contains("Corpus folder", "manifest.json");
        assertThat(provider.code()).as(provider.toString()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(provider.errLines()).singleElement().satisfies(line -> assertThat(line)
                .contains("no-such-summarizer", LeadSentenceSummarizerProvider.NAME));
        assertThat(predictions).doesNotExist();
    }

    @Test
    void wrongOptionCombinationsAreUsageErrors() throws Exception {
        String dataset = write("tiny.jsonl", PAPER_A).toString();
        String out = dir.resolve("p.jsonl").toString();

        assertThat(CliRun.of("eval", "summarize", "--predictions", out).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("eval", "summarize", "--dataset", dataset, "--corpus", dir.toString(), "--predictions", out)
                .err()).contains("mutually exclusive");
        assertThat(CliRun.of("eval", "summarize", "--dataset", dataset).err()).contains("--predictions");
        CliRun sections = CliRun.of("eval", "summarize", "--dataset", dataset, "--predictions", out, "--style", "sections");
        assertThat(sections.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(sections.err()).contains("use tldr or abstract");
        CliRun limit = CliRun.of("eval", "summarize", "--dataset", dataset, "--predictions", out, "--limit", "0");
        assertThat(limit.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(limit.err()).contains("--limit must be at least 1");
        CliRun eval = CliRun.of("eval");
        assertThat(eval.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(eval.err()).contains("summarize", "qa");
    }

    @Test
    void aCorpusIsSummarizedWithoutItsAbstractAndUnreadablePdfsAreSkipped() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path pdfs = Files.createDirectories(corpus.resolve("pdfs"));
        GeneratedPaper.write(pdfs.resolve("generated.pdf"));
        Files.writeString(pdfs.resolve("download.pdf"), "<!DOCTYPE html><html><body>Sign in</body></html>");
        String abstractText = GeneratedPaper.ABSTRACT_SENTENCE + " It keeps the page of every paragraph and leaves"
                + " out running heads, footnotes and page numbers, so that the body reads in order.";
        Files.writeString(corpus.resolve("manifest.json"), "[" + JSON.writeValueAsString(
                JSON.createObjectNode().put("file", "generated.pdf").put("abstract", abstractText))
                + ", {\"file\": \"download.pdf\", \"abstract\": \"Something.\"},"
                + " {\"file\": \"letter.pdf\", \"abstract\": null}]");
        Path predictions = dir.resolve("corpus-predictions.jsonl");

        CliRun run = CliRun.of("eval", "summarize", "--corpus", corpus.toString(), "--predictions",
                predictions.toString(), "--provider", LeadSentenceSummarizerProvider.NAME);

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(jsonLines(predictions)).singleElement().satisfies(line -> {
            assertThat(line.get("paper_id").asText()).isEqualTo("generated.pdf");
            assertThat(line.get("summary").asText())
                    .isEqualTo("Papers are written for people. " + GeneratedPaper.METHOD_SENTENCE)
                    .doesNotContain(GeneratedPaper.ABSTRACT_SENTENCE);
        });
        assertThat(run.out()).as(run.toString())
                .contains("corpus (3 PDFs)", "style abstract", "Papers: 1 summarized, 2 skipped.", "n=1");
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith("  skipped download.pdf: ").containsIgnoringCase("not a PDF"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith("  skipped letter.pdf: ").contains("no abstract"));
    }

    @Test
    void sharedDatasetsRunEndToEnd() throws Exception {
        Path eval = shared("eval");
        for (String name : List.of("scitldr-dev.jsonl", "clscisumm-dev.jsonl", "arxiv-pubmed-sum-dev.jsonl")) {
            Path predictions = dir.resolve(name);

            CliRun run = CliRun.of("eval", "summarize", "--dataset", eval.resolve(name).toString(), "--predictions",
                    predictions.toString(), "--provider", LeadSentenceSummarizerProvider.NAME, "--limit", "3");

            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(jsonLines(predictions)).hasSize(3)
                    .allSatisfy(line -> assertThat(line.get("summary").asText()).isNotBlank());
            assertThat(rows(run)).hasSize(2).allSatisfy(row -> assertThat(row[0]).isBetween(1.0, 100.0));
            assertThat(run.out()).contains(name.startsWith("scitldr") ? "style tldr" : "style abstract");
        }
    }

    @Test
    void theSharedCorpusSkipsTheScannedPaper() throws Exception {
        Path source = shared("corpus");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path pdfs = Files.createDirectories(corpus.resolve("pdfs"));
        List<String> files = List.of("2005.07143.pdf", "probabilistic-counting-algorithms.pdf");
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(source.resolve("manifest.json").toFile())) {
            if (files.contains(entry.get("file").asText())) {
                entries.add(entry);
                Files.copy(source.resolve("pdfs").resolve(entry.get("file").asText()), pdfs.resolve(entry.get("file").asText()));
            }
        }
        Files.writeString(corpus.resolve("manifest.json"), JSON.writeValueAsString(entries));
        Path predictions = dir.resolve("predictions.jsonl");

        CliRun run = CliRun.of("eval", "summarize", "--corpus", corpus.toString(), "--predictions",
                predictions.toString(), "--provider", LeadSentenceSummarizerProvider.NAME);

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(jsonLines(predictions)).singleElement().satisfies(line ->
                assertThat(line.get("paper_id").asText()).isEqualTo("2005.07143.pdf"));
        assertThat(run.out()).as(run.toString()).contains("Papers: 1 summarized, 1 skipped.");
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith("  skipped probabilistic-counting-algorithms.pdf: "));
        assertThat(rows(run)).hasSize(2).allSatisfy(row -> assertThat(row[0]).isBetween(1.0, 100.0));
    }

    @Test
    void anExperimentRunsEveryVariantAndPrintsThemSideBySide() throws Exception {
        new ExperimentCatalog(store).create(new Experiment("sum-words", FeedbackTarget.SUMMARY, List.of(
                new Variant("a", "local", Map.of(), 1),
                new Variant("b", "local", Map.of(SummarizerSettings.ABSTRACT_WORDS, "40"), 1))));
        Path dataset = write("long.jsonl", longPaper("long-1", "otters") + "\n" + longPaper("long-2", "herons") + "\n");
        Path predictions = dir.resolve("out/out.jsonl");

        CliRun run = CliRun.of("eval", "summarize", "--dataset", dataset.toString(), "--predictions",
                predictions.toString(), "--experiment", "sum-words", "--style", "abstract");

        assertThat(run.code()).as(run.toString()).isZero();
        Path a = dir.resolve("out/out.a.jsonl");
        Path b = dir.resolve("out/out.b.jsonl");
        List<JsonNode> linesA = jsonLines(a);
        List<JsonNode> linesB = jsonLines(b);
        assertThat(linesA).extracting(line -> line.get("paper_id").asText()).containsExactly("long-1", "long-2");
        assertThat(linesB).extracting(line -> line.get("paper_id").asText()).containsExactly("long-1", "long-2");
        for (int i = 0; i < 2; i++) {
            // b aims at 40 words, a at the default 170
            assertThat(words(linesB.get(i))).as(run.toString()).isLessThan(words(linesA.get(i)));
        }
        assertThat(predictions).doesNotExist();
        assertThat(run.out()).as(run.toString())
                .contains("long.jsonl (2 papers) by the variants of experiment sum-words, style abstract")
                .contains("Variants: a (control): summarizer local; b: summarizer local, "
                        + SummarizerSettings.ABSTRACT_WORDS + "=40")
                .contains("Papers: a 2 summarized, 0 skipped; b 2 summarized, 0 skipped.")
                .contains("Predictions of a: " + a)
                .contains("Predictions of b: " + b);
        List<String> header = cells(run, "metric");
        assertThat(header).containsExactly("metric", "a", "b", "lead a", "lead b", "b - a");
        List<String> rouge1 = cells(run, "ROUGE-1");
        assertThat(rouge1).hasSize(6);
        assertThat(Double.parseDouble(rouge1.get(5)))
                .isCloseTo(Double.parseDouble(rouge1.get(2)) - Double.parseDouble(rouge1.get(1)), within(0.011));
        List<String> words = cells(run, "mean words");
        assertThat(Double.parseDouble(words.get(5))).isNegative();
        assertThat(cells(run, "papers")).containsExactly("papers", "2", "2", "2", "2", "+0");
    }

    @Test
    void experimentAndProviderAreMutuallyExclusive() throws Exception {
        CliRun run = CliRun.of("eval", "summarize", "--dataset", write("tiny.jsonl", PAPER_A).toString(),
                "--predictions", dir.resolve("p.jsonl").toString(), "--provider", "local", "--experiment", "x");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--provider", "--experiment", "mutually exclusive");
    }

    @Test
    void anUnknownExperimentIsNotFound() throws Exception {
        Path predictions = dir.resolve("p.jsonl");
        CliRun run = CliRun.of("eval", "summarize", "--dataset", write("tiny.jsonl", PAPER_A).toString(),
                "--predictions", predictions.toString(), "--experiment", "nope");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("papyri: Unknown experiment 'nope'")
                .contains("papyri experiments create", "papyri experiments list"));
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("p.a.jsonl")).doesNotExist();
    }

    @Test
    void anExperimentOnAnotherTargetIsAUsageError() throws Exception {
        new ExperimentCatalog(store).create(new Experiment("qa-support", FeedbackTarget.ANSWER, List.of(
                new Variant("a", "local", Map.of(), 1), new Variant("b", "local", Map.of(), 1))));

        CliRun run = CliRun.of("eval", "summarize", "--dataset", write("tiny.jsonl", PAPER_A).toString(),
                "--predictions", dir.resolve("p.jsonl").toString(), "--experiment", "qa-support");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("qa-support compares answer outputs", "needs an experiment with target summary");
    }

    /** A paper long enough for abstracts of 40 and 170 words: five sections of eight sentences each. */
    private static String longPaper(String id, String animal) throws IOException {
        ObjectNode paper = JSON.createObjectNode().put("paper_id", id).put("title", "Field notes on " + animal);
        ArrayNode sections = paper.putArray("source_text_sections");
        String[] headings = {"1 Introduction", "2 Related work", "3 Method", "4 Results", "5 Conclusion"};
        for (int section = 0; section < headings.length; section++) {
            StringBuilder paragraph = new StringBuilder();
            for (int sentence = 0; sentence < 8; sentence++) {
                paragraph.append("In study ").append(section * 8 + sentence).append(" the ").append(animal)
                        .append(" near site ").append(sentence).append(" were observed while rangers counted")
                        .append(" nests, measured distances and recorded the weather for later analysis. ");
            }
            sections.addObject().put("heading", headings[section]).putArray("paragraphs").add(paragraph.toString().strip());
        }
        paper.put("abstract", "SECRET");
        paper.putArray("references").add("We observed " + animal + " and counted their nests near each site.");
        return JSON.writeValueAsString(paper);
    }

    private static int words(JsonNode prediction) {
        return prediction.get("summary").asText().strip().split("\\s+").length;
    }

    /** The cells of the side-by-side table row whose label starts the line. */
    private static List<String> cells(CliRun run, String label) {
        return run.outLines().stream().filter(line -> line.startsWith(label + " ") && line.contains(" | "))
                .findFirst().map(line -> List.of(line.split("\\s*\\|\\s*")).stream().map(String::strip).toList())
                .orElseThrow(() -> new AssertionError("no row " + label + " in\n" + run));
    }

    private static Path shared(String folder) {
        String shared = System.getProperty("papyri.shared.dir");
        Path path = shared == null ? null : Path.of(shared, folder);
        assumeTrue(path != null && Files.isDirectory(path),
                "the shared " + folder + " folder is not at " + path + "; set papyri.shared.dir to the folder holding it");
        return path;
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

    /** The table rows: R1, R2, RL and n of the summarizer, then of the lead baseline. */
    private static List<double[]> rows(CliRun run) {
        List<double[]> rows = new ArrayList<>();
        for (String line : run.outLines()) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.add(new double[] {Double.parseDouble(row.group(2)), Double.parseDouble(row.group(3)),
                        Double.parseDouble(row.group(4)), Integer.parseInt(row.group(5))});
            }
        }
        return rows;
    }
}
