package io.papyri.core.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the shared summarization dev files and prints lead-baseline ROUGE (ranges only, no exact figures). */
class SharedSummarizationDataTest {

    private final LeadBaseline lead = new LeadBaseline();

    private static Path evalDir() {
        String shared = System.getProperty("papyri.shared.dir");
        Assumptions.assumeTrue(shared != null,
                "system property papyri.shared.dir is not set (surefire sets it to ../shared); skipping shared eval data");
        Path dir = Path.of(shared, "eval");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no shared eval data at " + dir + "; skipping");
        return dir;
    }

    private SummarizationReport run(Path file, String label, Function<SummarizationExample, String> system)
            throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(file), "missing " + file + "; skipping");
        List<SummarizationExample> examples = SummarizationDataset.read(file);
        assertThat(examples).isNotEmpty();
        assertThat(examples).allSatisfy(e -> {
            assertThat(e.sourceText()).isNotBlank();
            assertThat(e.references()).isNotEmpty();
        });
        SummarizationReport report = SummarizationReport.scoreExamples(
                examples.stream().map(system).toList(), examples);
        System.out.println("[lead baseline] " + report.toTableLine(label));
        return report;
    }

    @Test
    void leadBaselineOnSharedDevFiles() throws IOException {
        Path dir = evalDir();

        SummarizationReport scitldrLead1 = run(dir.resolve("scitldr-dev.jsonl"), "scitldr lead-1",
                e -> lead.firstSentences(e, 1));
        run(dir.resolve("scitldr-dev.jsonl"), "scitldr lead-ref-len", lead::summarizeToReferenceLength);
        SummarizationReport arxivPubmed = run(dir.resolve("arxiv-pubmed-sum-dev.jsonl"), "arxiv-pubmed lead",
                lead::summarizeToReferenceLength);
        SummarizationReport clscisumm = run(dir.resolve("clscisumm-dev.jsonl"), "clscisumm lead",
                lead::summarizeToReferenceLength);

        for (SummarizationReport report : List.of(scitldrLead1, arxivPubmed, clscisumm)) {
            assertThat(report.rouge1()).isBetween(10.0, 60.0);
        }
    }
}
