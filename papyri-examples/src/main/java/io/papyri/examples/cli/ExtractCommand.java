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
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code papyri extract FILE.pdf}: reads a PDF into a structured paper and prints it. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = {
                "Read a PDF into a structured paper and print it: title, authors, abstract, sections"
                        + " with their paragraphs and pages, figure and table captions, references.",
                "Runs offline with the installed extractor (pdfbox) and cleaner (local)."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.pdf", description = "The PDF file to read.")
    private Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            converter = FormatName.class, completionCandidates = FormatName.class,
            description = "Output format: json (one object on standard output), markdown or text."
                    + " Default: ${DEFAULT-VALUE}.")
    private PaperFormat format;

    @Override
    public Integer call() {
        Paper paper;
        try (Papyri papyri = Papyri.builder().build()) {
            paper = papyri.read(file);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.renderer().render(paper));
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
