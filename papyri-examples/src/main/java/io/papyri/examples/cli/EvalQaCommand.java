package io.papyri.examples.cli;

import io.papyri.api.Answer;
import io.papyri.api.Paper;
import io.papyri.core.Papyri;
import io.papyri.core.eval.DatasetPapers;
import io.papyri.core.eval.QasperAnswerType;
import io.papyri.core.eval.QasperDataset;
import io.papyri.core.eval.QasperEvaluator;
import io.papyri.core.eval.QasperEvidenceMap;
import io.papyri.core.eval.QasperGoldAnswer;
import io.papyri.core.eval.QasperPaper;
import io.papyri.core.eval.QasperPrediction;
import io.papyri.core.eval.QasperQuestion;
import io.papyri.core.eval.QasperReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code papyri eval qa}: answers every question of a QASPER file, writes the predictions in the
 * official evaluator's format and prints Answer-F1 (overall and by answer type) and Evidence-F1.
 */
@Command(name = "qa",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = {
                "Answer every question of a QASPER file (the shared eval format), write one JSON line"
                        + " {\"question_id\", \"predicted_answer\", \"predicted_evidence\"} per question, and print"
                        + " Answer-F1 (overall and by answer type) and Evidence-F1 x100, scored like the official"
                        + " QASPER evaluator.",
                "Each paper is given to the answerer as its title, abstract and sections; cited passages are"
                        + " mapped back to the exact dataset paragraphs. An unanswerable answer is predicted as"
                        + " \"Unanswerable\" with no evidence."})
final class EvalQaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "FILE.jsonl", required = true,
            description = "A QASPER file in the shared eval format, such as qasper-dev.jsonl.")
    private Path dataset;

    @Option(names = "--predictions", paramLabel = "OUT.jsonl", required = true,
            description = "Where to write the predictions, one JSON object per line (replaced if it exists).")
    private Path predictions;

    @Option(names = "--provider", paramLabel = "NAME",
            description = "The answerer provider. Default: the configured one (papyri.answerer, else local).")
    private String provider;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N papers (with all their questions).")
    private Integer limit;

    @Override
    public Integer call() {
        EvalCommand.checkOptions(spec, limit, provider);
        long start = System.nanoTime();
        List<QasperPaper> papers = EvalInputs.first(EvalInputs.qasper(dataset), limit);
        Map<String, List<QasperGoldAnswer>> gold;
        try {
            gold = QasperDataset.gold(papers);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(dataset + ": " + e.getMessage() + ". Fix or replace the file.", e);
        }
        // nobody rates evaluation outputs: keep them out of the feedback store
        Papyri.Builder builder = Papyri.builder().recordOutputs(false);
        if (provider != null) {
            builder.answerer(provider.strip());
        }
        Map<String, QasperPrediction> predicted = new LinkedHashMap<>();
        String answerer;
        try (Papyri papyri = builder.build(); PredictionsFile out = new PredictionsFile(predictions)) {
            answerer = papyri.providers().get("answerer");
            for (QasperPaper record : papers) {
                Paper paper = DatasetPapers.fromQasper(record);
                QasperEvidenceMap evidence = new QasperEvidenceMap(record);
                for (QasperQuestion question : record.questions()) {
                    Answer answer = papyri.answer(paper, question.question().strip());
                    QasperPrediction prediction = evidence.prediction(answer);
                    predicted.put(question.questionId(), prediction);
                    var line = JsonOutput.object()
                            .put("question_id", question.questionId())
                            .put("predicted_answer", prediction.answer());
                    prediction.evidence().forEach(line.putArray("predicted_evidence")::add);
                    out.write(line);
                    EvalCommand.progress(spec, predicted.size(), gold.size(), "questions answered");
                }
            }
        }
        report(papers.size(), answerer, gold, predicted, start);
        return ExitCodes.OK;
    }

    private void report(int paperCount, String answerer, Map<String, List<QasperGoldAnswer>> gold,
                        Map<String, QasperPrediction> predicted, long start) {
        QasperEvaluator evaluator = new QasperEvaluator();
        QasperReport report = evaluator.evaluate(gold, predicted);
        Map<QasperAnswerType, Integer> counts = new EnumMap<>(QasperAnswerType.class);
        predicted.forEach((id, prediction) -> counts.merge(
                evaluator.scoreQuestion(prediction, gold.get(id)).answerType(), 1, Integer::sum));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Answers to %s about %s of %s by answerer %s%n", EvalCommand.count(report.questions(), "question"),
                EvalCommand.count(paperCount, "paper"), dataset.getFileName(), answerer);
        out.println("QASPER metrics x100, official evaluator rules (max over annotators; a question's type is that"
                + " of its best-matching annotator answer):");
        out.printf(Locale.ROOT, "  %-14s %6.2f%n", "Answer-F1", 100 * report.answerF1());
        for (QasperAnswerType type : QasperAnswerType.values()) {
            if (report.answerF1ByType().containsKey(type)) {
                out.printf(Locale.ROOT, "    %-12s %6.2f  (%s)%n", type.name().toLowerCase(Locale.ROOT),
                        100 * report.answerF1ByType().get(type), EvalCommand.count(counts.getOrDefault(type, 0), "question"));
            }
        }
        out.printf(Locale.ROOT, "  %-14s %6.2f%n", "Evidence-F1", 100 * report.evidenceF1());
        out.printf("Questions: %d. Elapsed: %s.%n", report.questions(), EvalCommand.elapsed(start));
        out.println("Predictions: " + predictions);
        out.flush();
    }
}
