package io.papyri.examples.cli;

import io.papyri.api.Paper;
import io.papyri.core.Papyri;
import io.papyri.core.render.PaperFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code papyri extract PAPER}: reads a paper (a PDF file or an id) into a structured paper and prints it. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = {
                "Read a paper into a structured paper and print it: title, authors, abstract, sections"
                        + " with their paragraphs and pages, figure and table captions, references.",
                "PAPER is a PDF file, an arXiv id (1706.03762, math/0405482, arxiv:1810.04805v2) or scheme:id."
                        + " A paper is fetched and read once, then kept in the store and read back from there."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAPER", description = "A PDF file or a paper id.")
    private String paper;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            converter = FormatName.class, completionCandidates = FormatName.class,
            description = "Output format: json (one object on standard output), markdown or text."
                    + " Default: ${DEFAULT-VALUE}.")
    private PaperFormat format;

    @Override
    public Integer call() {
        Paper read;
        try (Papyri papyri = Papyri.builder().build()) {
            read = papyri.open(paper);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.renderer().render(read));
        out.flush();
        return ExitCodes.OK;
    }

    /** Converts {@code --format} values and lists them for completion. */
    static final class FormatName implements CommandLine.ITypeConverter<PaperFormat>, Iterable<String> {

        @Override
        public PaperFormat convert(String value) {
            try {
                return PaperFormat.fromName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(PaperFormat.values()).map(PaperFormat::id).iterator();
        }
    }
}
