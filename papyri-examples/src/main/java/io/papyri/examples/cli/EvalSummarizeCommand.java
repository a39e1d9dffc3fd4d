package io.papyri.examples.cli;

import io.papyri.api.FeedbackTarget;
import io.papyri.api.InvalidDocumentException;
import io.papyri.api.Paper;
import io.papyri.api.PaperNotFoundException;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.core.Papyri;
import io.papyri.core.eval.CorpusEntry;
import io.papyri.core.eval.DatasetPapers;
import io.papyri.core.eval.LeadComparison;
import io.papyri.core.eval.SummarizationExample;
import io.papyri.core.eval.SummarizationReport;
import io.papyri.core.experiment.Experiment;
import io.papyri.core.experiment.Variant;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/**
 * {@code papyri eval summarize}: summarizes every paper of a dataset or a PDF corpus, writes the
 * summaries as JSONL and prints ROUGE next to a lead baseline of the same length; with
 * {@code --experiment}, does so for every variant of a summary experiment and prints them side by side.
 */
@Command(name = "summarize",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = {
                "Summarize every paper of a summarization dataset (JSONL: scitldr, arxiv-pubmed-sum, clscisumm) or"
                        + " of a PDF corpus (a folder with manifest.json and pdfs/), write one JSON line"
                        + " {\"paper_id\", \"summary\"} per paper, and print ROUGE-1/2/L F1 x100 next to a lead"
                        + " baseline given the same number of words.",
                "The summarizer reads only the input text: a dataset's source text (never its abstract or"
                        + " references), or a PDF's body with the abstract taken out; the corpus summaries are"
                        + " scored against the manifest's abstract. PDFs that cannot be read are skipped and listed."})
final class EvalSummarizeCommand implements Callable<Integer> {

    /** Under this mean reference length (words), a dataset is summarized as a TLDR by default. */
    private static final int TLDR_MAX_WORDS = 50;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Input input;

    @Option(names = "--predictions", paramLabel = "OUT.jsonl", required = true,
            description = "Where to write the summaries, one JSON object per line (replaced if it exists).")
    private Path predictions;

    @Option(names = "--style", paramLabel = "STYLE", converter = StyleName.class,
            description = "tldr or abstract. Default: tldr when the dataset's references average under "
                    + TLDR_MAX_WORDS + " words, else abstract; abstract for a corpus.")
    private SummaryStyle style;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Summarizers summarizers;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N papers.")
    private Integer limit;

    /** Where the papers come from: exactly one of the two. */
    static final class Input {
        @Option(names = "--dataset", paramLabel = "FILE.jsonl", required = true,
                description = "A summarization dataset in the shared eval format.")
        Path dataset;

        @Option(names = "--corpus", paramLabel = "DIR", required = true,
                description = "A folder with manifest.json and pdfs/, like the shared test corpus.")
        Path corpus;
    }

    /** Which summarizers run: one provider, or every variant of an experiment; at most one of the two. */
    static final class Summarizers {
        @Option(names = "--provider", paramLabel = "NAME",
                description = "The summarizer provider. Default: the configured one (papyri.summarizer, else local).")
        String provider;

        @Option(names = "--experiment", paramLabel = "NAME",
                description = "Run every variant of this summary experiment (see 'papyri experiments list') on the"
                        + " same papers and print them side by side, each variant against the control (the first);"
                        + " the summaries go to <stem>.<variant>.jsonl next to --predictions.")
        String experiment;
    }

    @Override
    public Integer call() {
        String provider = summarizers == null ? null : summarizers.provider;
        EvalCommand.checkOptions(spec, limit, provider);
        if (style == SummaryStyle.SECTIONS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--style sections has no gold summaries to compare with; use tldr or abstract.");
        }
        Experiment experiment = null;
        if (summarizers != null && summarizers.experiment != null) {
            experiment = ExperimentOption.find(spec, summarizers.experiment, FeedbackTarget.SUMMARY);
        }
        long start = System.nanoTime();
        // the input is read before any model is loaded, so a bad file fails fast
        List<SummarizationExample> examples = input.dataset == null ? List.of()
                : EvalInputs.first(EvalInputs.summarization(input.dataset), limit);
        List<CorpusEntry> entries = input.corpus == null ? List.of()
                : EvalInputs.first(EvalInputs.corpus(input.corpus), limit);
        if (experiment == null) {
            // nobody rates evaluation outputs: keep them out of the feedback store
            Papyri.Builder builder = Papyri.builder().recordOutputs(false);
            if (provider != null) {
                builder.summarizer(provider.strip());
            }
            report(summarize(builder, predictions, examples, entries), start);
        } else {
            List<Run> runs = new ArrayList<>();
            for (Variant variant : experiment.variants()) {
                Papyri.Builder builder = ExperimentOption.builder(experiment, variant).summarizer(variant.provider());
                Run run = summarize(builder, PredictionsFile.forVariant(predictions, variant.name()), examples, entries);
                run.variant = variant.name();
                runs.add(run);
            }
            compare(experiment, runs, start);
        }
        return ExitCodes.OK;
    }

    /** Summarizes every paper with a Papyri built by {@code builder}, writing the summaries to {@code file}. */
    private Run summarize(Papyri.Builder builder, Path file, List<SummarizationExample> examples,
                          List<CorpusEntry> entries) {
        Run run = new Run();
        run.predictions = file;
        try (Papyri papyri = builder.build(); PredictionsFile out = new PredictionsFile(file)) {
            run.provider = papyri.providers().get("summarizer");
            if (input.dataset != null) {
                dataset(papyri, out, run, examples);
            } else {
                corpus(papyri, out, run, entries);
            }
        }
        return run;
    }

    private void dataset(Papyri papyri, PredictionsFile out, Run run, List<SummarizationExample> examples) {
        run.source = input.dataset.getFileName() + " (" + EvalCommand.count(examples.size(), "paper") + ")";
        run.style = style != null ? style : defaultStyle(examples);
        for (SummarizationExample example : examples) {
            Summary summary = papyri.summarize(DatasetPapers.fromSummarization(example), run.style);
            run.add(out, example, summary);
            EvalCommand.progress(spec, run.papers.size(), examples.size(), "papers summarized");
        }
    }

    private void corpus(Papyri papyri, PredictionsFile out, Run run, List<CorpusEntry> entries) {
        run.source = input.corpus.getFileName() + " (" + EvalCommand.count(entries.size(), "PDF") + ")";
        run.style = style != null ? style : SummaryStyle.ABSTRACT;
        int seen = 0;
        for (CorpusEntry entry : entries) {
            seen++;
            EvalCommand.progress(spec, seen - 1, entries.size(), "PDFs done");
            if (!entry.hasAbstract()) {
                run.skipped.add(entry.file() + ": the manifest gives no abstract to score against");
                continue;
            }
            Paper read;
            try {
                read = papyri.read(entry.pdf(input.corpus));
            } catch (InvalidDocumentException | PaperNotFoundException e) {
                run.skipped.add(entry.file() + ": " + ErrorReport.describe(e));
                continue;
            }
            Paper body = DatasetPapers.withoutAbstract(read, entry.abstractText());
            if (body.paragraphs().allMatch(paragraph -> paragraph.text().isBlank())) {
                run.skipped.add(entry.file() + ": no body text besides the abstract");
                continue;
            }
            Summary summary = papyri.summarize(body, run.style);
            run.add(out, DatasetPapers.toExample(entry.file(), body, List.of(entry.abstractText())), summary);
        }
    }

    private void report(Run run, long start) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Summaries of %s by summarizer %s, style %s%n", run.source, run.provider, StyleName.of(run.style));
        out.println("ROUGE F1 x100: rouge-score tokenization, Porter stemming; with several references, each"
                + " paper is scored against the one with the best ROUGE-1.");
        if (run.papers.isEmpty()) {
            out.println("No paper was summarized.");
        } else {
            out.println(LeadComparison.summaryReport(run.papers).toTableLine("summarizer " + run.provider));
            out.println(LeadComparison.leadReport(run.papers).toTableLine("lead, same word budget"));
            double words = run.papers.stream().mapToInt(LeadComparison.PaperComparison::words).average().orElse(0);
            out.printf(Locale.ROOT, "Mean summary length: %.1f words%n", words);
        }
        out.printf("Papers: %d summarized, %d skipped. Elapsed: %s.%n", run.papers.size(), run.skipped.size(),
                EvalCommand.elapsed(start));
        for (String skipped : run.skipped) {
            out.println("  skipped " + skipped);
        }
        out.println("Predictions: " + predictions);
        out.flush();
    }

    /** Prints the variants side by side: one row per metric, the control first, then the lead baselines and differences. */
    private void compare(Experiment experiment, List<Run> runs, long start) {
        PrintWriter out = spec.commandLine().getOut();
        Run control = runs.get(0);
        out.printf("Summaries of %s by the variants of experiment %s, style %s%n", control.source, experiment.name(),
                StyleName.of(control.style));
        out.println(ExperimentOption.describe(experiment, "summarizer"));
        out.println("ROUGE F1 x100: rouge-score tokenization, Porter stemming; with several references, each"
                + " paper is scored against the one with the best ROUGE-1. Each variant's lead baseline gets the"
                + " word budget of that variant's summaries.");
        if (runs.stream().allMatch(run -> run.papers.isEmpty())) {
            out.println("No paper was summarized.");
        } else {
            List<String> headers = new ArrayList<>();
            runs.forEach(run -> headers.add(run.variant));
            runs.forEach(run -> headers.add("lead " + run.variant));
            runs.subList(1, runs.size()).forEach(run ->
                    headers.add(ExperimentOption.differenceHeader(experiment.variant(run.variant), experiment)));
            ExperimentOption.Table table = new ExperimentOption.Table("metric", headers);
            table.row("ROUGE-1", cells(runs, SummarizationReport::rouge1));
            table.row("ROUGE-2", cells(runs, SummarizationReport::rouge2));
            table.row("ROUGE-L", cells(runs, SummarizationReport::rougeL));
            List<String> words = new ArrayList<>();
            runs.forEach(run -> words.add(ExperimentOption.figure(run.meanWords(false))));
            runs.forEach(run -> words.add(ExperimentOption.figure(run.meanWords(true))));
            runs.subList(1, runs.size()).forEach(run ->
                    words.add(ExperimentOption.difference(run.meanWords(false) - control.meanWords(false))));
            table.row("mean words", words);
            List<String> papers = new ArrayList<>();
            runs.forEach(run -> papers.add(Integer.toString(run.papers.size())));
            runs.forEach(run -> papers.add(Integer.toString(run.papers.size())));
            runs.subList(1, runs.size()).forEach(run ->
                    papers.add(String.format(Locale.ROOT, "%+d", run.papers.size() - control.papers.size())));
            table.row("papers", papers);
            table.print(out);
        }
        List<String> counts = new ArrayList<>();
        Map<String, List<String>> skippedBy = new LinkedHashMap<>();
        for (Run run : runs) {
            counts.add(run.variant + " " + run.papers.size() + " summarized, " + run.skipped.size() + " skipped");
            run.skipped.forEach(skipped -> skippedBy.computeIfAbsent(skipped, key -> new ArrayList<>()).add(run.variant));
        }
        out.printf("Papers: %s. Elapsed: %s.%n", String.join("; ", counts), EvalCommand.elapsed(start));
        skippedBy.forEach((skipped, variants) -> out.println("  skipped " + skipped
                + (variants.size() == runs.size() ? "" : " (by " + String.join(", ", variants) + ")")));
        for (Run run : runs) {
            out.println("Predictions of " + run.variant + ": " + run.predictions);
        }
        out.flush();
    }

    /**
     * One metric's cells: per variant its figure, then per variant its lead baseline's, then per
     * non-control variant its difference to the control.
     */
    private static List<String> cells(List<Run> runs, ToDoubleFunction<SummarizationReport> metric) {
        List<String> cells = new ArrayList<>();
        runs.forEach(run -> cells.add(ExperimentOption.figure(run.score(metric, false))));
        runs.forEach(run -> cells.add(ExperimentOption.figure(run.score(metric, true))));
        double control = runs.get(0).score(metric, false);
        runs.subList(1, runs.size()).forEach(run ->
                cells.add(ExperimentOption.difference(run.score(metric, false) - control)));
        return cells;
    }

    private static SummaryStyle defaultStyle(List<SummarizationExample> examples) {
        double words = examples.stream().mapToDouble(SummarizationExample::meanReferenceWords).average().orElse(0);
        return words < TLDR_MAX_WORDS ? SummaryStyle.TLDR : SummaryStyle.ABSTRACT;
    }

    /** What one run collected: per-paper scores, skipped papers and what to call the run. */
    private static final class Run {
        private final LeadComparison comparison = new LeadComparison();
        private final List<LeadComparison.PaperComparison> papers = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private String provider = "";
        private String source = "";
        private SummaryStyle style = SummaryStyle.ABSTRACT;
        private String variant = "";
        private Path predictions;

        /** A mean ROUGE figure of the summaries or of the lead baselines, {@code NaN} without papers. */
        double score(ToDoubleFunction<SummarizationReport> metric, boolean lead) {
            if (papers.isEmpty()) {
                return Double.NaN;
            }
            return metric.applyAsDouble(lead ? LeadComparison.leadReport(papers) : LeadComparison.summaryReport(papers));
        }

        /** The mean length of the summaries or of the lead baselines in words, {@code NaN} without papers. */
        double meanWords(boolean lead) {
            return papers.stream()
                    .mapToInt(paper -> lead ? wordCount(paper.lead()) : paper.words())
                    .average().orElse(Double.NaN);
        }

        private static int wordCount(String text) {
            String stripped = text.strip();
            return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
        }

        void add(PredictionsFile out, SummarizationExample example, Summary summary) {
            out.write(JsonOutput.object().put("paper_id", example.paperId()).put("summary", summary.text()));
            papers.add(comparison.compare(example,
                    summary.sentences().stream().map(Summary.Sentence::text).toList()));
        }
    }
}
