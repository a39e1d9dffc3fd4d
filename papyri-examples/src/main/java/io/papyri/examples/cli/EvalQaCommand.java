package io.papyri.examples.cli;

import io.papyri.api.Answer;
import io.papyri.api.FeedbackTarget;
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
import io.papyri.core.experiment.Experiment;
import io.papyri.core.experiment.Variant;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/**
 * {@code papyri eval qa}: answers every question of a QASPER file, writes the predictions in the
 * official evaluator's format and prints Answer-F1 (overall and by answer type) and Evidence-F1; with
 * {@code --experiment}, does so for every variant of an answer experiment and prints them side by side.
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

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Answerers answerers;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N papers (with all their questions).")
    private Integer limit;

    /** Which answerers run: one provider, or every variant of an experiment; at most one of the two. */
    static final class Answerers {
        @Option(names = "--provider", paramLabel = "NAME",
                description = "The answerer provider. Default: the configured one (papyri.answerer, else local).")
        String provider;

        @Option(names = "--experiment", paramLabel = "NAME",
                description = "Run every variant of this answer experiment (see 'papyri experiments list') on the"
                        + " same questions and print them side by side, each variant against the control (the"
                        + " first); the predictions go to <stem>.<variant>.jsonl next to --predictions.")
        String experiment;
    }

    @Override
    public Integer call() {
        String provider = answerers == null ? null : answerers.provider;
        EvalCommand.checkOptions(spec, limit, provider);
        Experiment experiment = null;
        if (answerers != null && answerers.experiment != null) {
            experiment = ExperimentOption.find(spec, answerers.experiment, FeedbackTarget.ANSWER);
        }
        long start = System.nanoTime();
        List<QasperPaper> papers = EvalInputs.first(EvalInputs.qasper(dataset), limit);
        Map<String, List<QasperGoldAnswer>> gold;
        try {
            gold = QasperDataset.gold(papers);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(dataset + ": " + e.getMessage() + ". Fix or replace the file.", e);
        }
        if (experiment == null) {
            // nobody rates evaluation outputs: keep them out of the feedback store
            Papyri.Builder builder = Papyri.builder().recordOutputs(false);
            if (provider != null) {
                builder.answerer(provider.strip());
            }
            Run run = answer(builder, predictions, papers, gold);
            report(papers.size(), run.answerer, gold, run.predicted, start);
        } else {
            Map<Variant, Run> runs = new LinkedHashMap<>();
            for (Variant variant : experiment.variants()) {
                Papyri.Builder builder = ExperimentOption.builder(experiment, variant).answerer(variant.provider());
                runs.put(variant, answer(builder, PredictionsFile.forVariant(predictions, variant.name()), papers, gold));
            }
            compare(experiment, papers.size(), gold, runs, start);
        }
        return ExitCodes.OK;
    }

    /** Answers every question with a Papyri built by {@code builder}, writing the predictions to {@code file}. */
    private Run answer(Papyri.Builder builder, Path file, List<QasperPaper> papers,
                       Map<String, List<QasperGoldAnswer>> gold) {
        Map<String, QasperPrediction> predicted = new LinkedHashMap<>();
        try (Papyri papyri = builder.build(); PredictionsFile out = new PredictionsFile(file)) {
            String answerer = papyri.providers().get("answerer");
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
            return new Run(answerer, file, predicted);
        }
    }

    /** Prints the variants side by side: one row per metric, the control first, then each variant's difference. */
    private void compare(Experiment experiment, int paperCount, Map<String, List<QasperGoldAnswer>> gold,
                         Map<Variant, Run> runs, long start) {
        QasperEvaluator evaluator = new QasperEvaluator();
        Map<Variant, QasperReport> reports = new LinkedHashMap<>();
        runs.forEach((variant, run) -> reports.put(variant, evaluator.evaluate(gold, run.predicted)));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Answers to %s about %s of %s by the variants of experiment %s%n",
                EvalCommand.count(gold.size(), "question"), EvalCommand.count(paperCount, "paper"),
                dataset.getFileName(), experiment.name());
        out.println(ExperimentOption.describe(experiment, "answerer"));
        out.println("QASPER metrics x100, official evaluator rules (max over annotators; a question's type is that"
                + " of its best-matching annotator answer):");
        Variant control = ExperimentOption.control(experiment);
        List<String> headers = new ArrayList<>();
        experiment.variants().forEach(variant -> headers.add(variant.name()));
        experiment.variants().stream().filter(variant -> variant != control)
                .forEach(variant -> headers.add(ExperimentOption.differenceHeader(variant, experiment)));
        ExperimentOption.Table table = new ExperimentOption.Table("metric", headers);
        table.row("Answer-F1", cells(experiment, reports, QasperReport::answerF1));
        for (QasperAnswerType type : QasperAnswerType.values()) {
            if (reports.values().stream().anyMatch(report -> report.answerF1ByType().containsKey(type))) {
                table.row("  " + type.name().toLowerCase(Locale.ROOT), cells(experiment, reports,
                        report -> report.answerF1ByType().getOrDefault(type, Double.NaN)));
            }
        }
        table.row("Evidence-F1", cells(experiment, reports, QasperReport::evidenceF1));
        table.print(out);
        out.printf("Questions: %d. Elapsed: %s.%n", gold.size(), EvalCommand.elapsed(start));
        runs.forEach((variant, run) -> out.println("Predictions of " + variant.name() + ": " + run.file));
        out.flush();
    }

    /** One metric's cells x100: per variant its figure, then per non-control variant its difference to the control. */
    private static List<String> cells(Experiment experiment, Map<Variant, QasperReport> reports,
                                      ToDoubleFunction<QasperReport> metric) {
        Variant control = ExperimentOption.control(experiment);
        double controlValue = 100 * metric.applyAsDouble(reports.get(control));
        List<String> cells = new ArrayList<>();
        reports.values().forEach(report -> cells.add(ExperimentOption.figure(100 * metric.applyAsDouble(report))));
        reports.forEach((variant, report) -> {
            if (variant != control) {
                cells.add(ExperimentOption.difference(100 * metric.applyAsDouble(report) - controlValue));
            }
        });
        return cells;
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

    /** What one answerer produced: its name, where its predictions went and the predictions by question id. */
    private record Run(String answerer, Path file, Map<String, QasperPrediction> predicted) {
    }
}
