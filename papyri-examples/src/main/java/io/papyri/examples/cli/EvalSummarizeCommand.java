package io.papyri.examples.cli;

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
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code papyri eval summarize}: summarizes every paper of a dataset or a PDF corpus, writes the
 * summaries as JSONL and prints ROUGE next to a lead baseline of the same length.
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

    @Option(names = "--provider", paramLabel = "NAME",
            description = "The summarizer provider. Default: the configured one (papyri.summarizer, else local).")
    private String provider;

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

    @Override
    public Integer call() {
        EvalCommand.checkOptions(spec, limit, provider);
        if (style == SummaryStyle.SECTIONS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--style sections has no gold summaries to compare with; use tldr or abstract.");
        }
        long start = System.nanoTime();
        // the input is read before any model is loaded, so a bad file fails fast
        List<SummarizationExample> examples = input.dataset == null ? List.of()
                : EvalInputs.first(EvalInputs.summarization(input.dataset), limit);
        List<CorpusEntry> entries = input.corpus == null ? List.of()
                : EvalInputs.first(EvalInputs.corpus(input.corpus), limit);
        // nobody rates evaluation outputs: keep them out of the feedback store
        Papyri.Builder builder = Papyri.builder().recordOutputs(false);
        if (provider != null) {
            builder.summarizer(provider.strip());
        }
        Run run = new Run();
        try (Papyri papyri = builder.build(); PredictionsFile out = new PredictionsFile(predictions)) {
            run.provider = papyri.providers().get("summarizer");
            if (input.dataset != null) {
                dataset(papyri, out, run, examples);
            } else {
                corpus(papyri, out, run, entries);
            }
        }
        report(run, start);
        return ExitCodes.OK;
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

        void add(PredictionsFile out, SummarizationExample example, Summary summary) {
            out.write(JsonOutput.object().put("paper_id", example.paperId()).put("summary", summary.text()));
            papers.add(comparison.compare(example,
                    summary.sentences().stream().map(Summary.Sentence::text).toList()));
        }
    }
}
