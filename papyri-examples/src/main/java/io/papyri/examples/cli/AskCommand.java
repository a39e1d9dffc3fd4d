package io.papyri.examples.cli;

import io.papyri.api.Answer;
import io.papyri.api.Evidence;
import io.papyri.api.Paper;
import io.papyri.core.Papyri;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code papyri ask PAPER QUESTION}: answers a question about a paper with the passages that support it. */
@Command(name = "ask",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = {
                "Answer a question about a paper, with the passages that support the answer and where they are.",
                "PAPER is a PDF file or a paper id. The answerer is picked by papyri.answerer (default local)."})
final class AskCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAPER", description = "A PDF file or a paper id.")
    private String paper;

    @Parameters(index = "1", paramLabel = "QUESTION", description = "The question, quoted.")
    private String question;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = OutputFormat.Name.class, completionCandidates = OutputFormat.Name.class,
            description = "text, or json (the Answer record). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Mixin
    private ExperimentServing experiment;

    @Override
    public Integer call() {
        if (question.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The QUESTION is empty; ask something"
                    + " about the paper, in quotes.");
        }
        Answer answer;
        try (Papyri papyri = Papyri.builder().build()) {
            Paper read = papyri.open(paper);
            String asked = question.strip();
            answer = experiment.assign(papyri).map(a -> a.answer(read, asked))
                    .orElseGet(() -> papyri.answer(read, asked));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.JSON ? JsonOutput.pretty(answer) : text(answer));
        out.flush();
        return ExitCodes.OK;
    }

    /** The answer, its kind and confidence, each evidence passage with its citation and score, then the output id. */
    static String text(Answer answer) {
        StringBuilder text = new StringBuilder();
        text.append("Answer: ").append(answer.text().strip()).append('\n');
        text.append(String.format(Locale.ROOT, "Kind: %s, confidence %.2f%n",
                answer.kind().name().toLowerCase(Locale.ROOT), answer.confidence()));
        if (answer.evidence().isEmpty()) {
            text.append("Evidence: none\n");
            text.append("Output id: ").append(answer.outputId()).append('\n');
            return text.toString();
        }
        text.append("Evidence:\n");
        int number = 1;
        for (Evidence evidence : answer.evidence()) {
            text.append(String.format(Locale.ROOT, "  %d. %s (score %.2f)%n     %s%n", number++,
                    Citations.of(evidence.passage()), evidence.score(), evidence.passage().text().strip()));
        }
        text.append("Output id: ").append(answer.outputId()).append('\n');
        return text.toString();
    }
}
