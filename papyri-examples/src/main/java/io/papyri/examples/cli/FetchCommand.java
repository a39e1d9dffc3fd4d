package io.papyri.examples.cli;

import io.papyri.api.PaperId;
import io.papyri.api.PdfDocument;
import io.papyri.core.Papyri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code papyri fetch PAPER...}: downloads papers' PDFs into the store. */
@Command(name = "fetch",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = {"Download papers' PDFs and keep them in the store; papers already kept are not downloaded again.",
                "PAPER is an arXiv id (1706.03762, math/0405482v1, arxiv:1810.04805) or scheme:id."})
final class FetchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PAPER", description = "The papers to fetch.")
    private List<String> papers;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Papyri papyri = Papyri.builder().build()) {
            for (String paper : papers) {
                PaperId id = Papyri.paperId(paper);
                PdfDocument pdf = papyri.pdf(id);
                out.printf("%s\t%d bytes\tsha256:%s%n", id, pdf.size(), pdf.sha256());
                out.flush();
            }
        }
        return ExitCodes.OK;
    }
}
