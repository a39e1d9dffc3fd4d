package io.papyri.examples.cli;

import io.papyri.api.Paper;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.core.Papyri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code papyri summarize PAPER}: summarizes a paper, every sentence with the passage it came from. */
@Command(name = "summarize",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = {
                "Summarize a paper. Each sentence is printed with where to check it: [Section, p. 3].",
                "PAPER is a PDF file or a paper id (1706.03762, arxiv:1810.04805v2); it is read once and kept"
                        + " in the store. The summarizer is picked by papyri.summarizer (default local)."})
final class SummarizeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAPER", description = "A PDF file or a paper id.")
    private String paper;

    @Option(names = {"-s", "--style"}, paramLabel = "STYLE", defaultValue = "abstract",
            converter = StyleName.class, completionCandidates = StyleName.class,
            description = "tldr (one sentence), abstract (about 150 to 250 words) or sections (key points of"
                    + " each section). Default: ${DEFAULT-VALUE}.")
    private SummaryStyle style;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = OutputFormat.Name.class, completionCandidates = OutputFormat.Name.class,
            description = "text, or json (the Summary record). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Mixin
    private ExperimentServing experiment;

    @Override
    public Integer call() {
        Summary summary;
        try (Papyri papyri = Papyri.builder().build()) {
            Paper read = papyri.open(paper);
            summary = experiment.assign(papyri).map(a -> a.summarize(read, style))
                    .orElseGet(() -> papyri.summarize(read, style));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.JSON ? JsonOutput.pretty(summary) : text(summary));
        out.flush();
        return ExitCodes.OK;
    }

    /** One line per sentence, each followed by its citation, then the output id to rate it by. */
    static String text(Summary summary) {
        StringBuilder text = new StringBuilder();
        for (Summary.Sentence sentence : summary.sentences()) {
            text.append(sentence.text().strip()).append(' ').append(Citations.of(sentence.source())).append('\n');
        }
        if (summary.sentences().isEmpty()) {
            text.append("(the summarizer wrote no sentences)\n");
        }
        text.append("Output id: ").append(summary.outputId()).append('\n');
        return text.toString();
    }
}
