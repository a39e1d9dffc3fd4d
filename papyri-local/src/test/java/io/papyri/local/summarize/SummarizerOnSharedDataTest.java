package io.papyri.local.summarize;

import io.papyri.api.Paper;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.core.Papyri;
import io.papyri.core.eval.DatasetPapers;
import io.papyri.core.eval.LeadComparison;
import io.papyri.core.eval.SummarizationDataset;
import io.papyri.core.eval.SummarizationExample;
import io.papyri.core.eval.SummarizationReport;
import io.papyri.local.embed.EmbeddingModelSpec;
import io.papyri.local.embed.SentenceEmbedder;
import io.papyri.local.index.PaperIndex;
import io.papyri.local.index.PassageIndexer;
import io.papyri.local.nlp.OpenNlpSentenceSplitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The summarizer on real papers from the shared folder ({@code -Dpapyri.shared.dir}, set by Maven
 * to {@code ../shared}): a PDF read end to end, and SciTLDR, where the TLDR must clearly beat the
 * lead baseline given the same length. Skipped with a message when the folder is absent.
 */
class SummarizerOnSharedDataTest {

    private static SentenceEmbedder embedder;
    private static PassageIndexer indexer;
    private static ExtractiveSummarizer summarizer;

    @BeforeAll
    static void load() {
        embedder = SentenceEmbedder.load(EmbeddingModelSpec.DEFAULT);
        indexer = new PassageIndexer(embedder, new OpenNlpSentenceSplitter(), Optional::empty, 4);
        summarizer = new ExtractiveSummarizer(indexer, SummarizerSettings.DEFAULT);
    }

    @AfterAll
    static void close() {
        indexer.close();
    }

    private static Path shared(String relative) {
        String dir = System.getProperty("papyri.shared.dir");
        assumeTrue(dir != null && !dir.isBlank(), "Skipping: system property papyri.shared.dir is not set"
                + " (Maven sets it to ../shared; point it at the folder holding corpus/ and eval/).");
        Path path = Path.of(dir, relative);
        assumeTrue(Files.exists(path), "Skipping: " + path + " does not exist; check papyri.shared.dir.");
        return path;
    }

    @Test
    void summarizesARealPaperInEveryStyle() {
        Path pdf = shared("corpus/pdfs/1706.03762.pdf");
        Paper paper;
        try (Papyri papyri = Papyri.builder().withoutLogging().build()) {
            paper = papyri.read(pdf);
        }
        PaperIndex index = indexer.index(paper);

        long start = System.nanoTime();
        Summary tldr = summarizer.summarize(paper, SummaryStyle.TLDR);
        Summary abstractSummary = summarizer.summarize(paper, SummaryStyle.ABSTRACT);
        Summary sections = summarizer.summarize(paper, SummaryStyle.SECTIONS);
        System.out.printf(Locale.ROOT, "three summaries of %s (%d sentences) after indexing: %.0f ms%n", pdf.getFileName(),
                index.sentences().size(), (System.nanoTime() - start) / 1e6);

        assertThat(tldr.sentences()).hasSize(1);
        assertThat(tldr.sentences().get(0).source().section()).as("the paper has an abstract").isEqualTo("Abstract");
        int words = abstractSummary.sentences().stream().mapToInt(s -> s.text().split("\\s+").length).sum();
        assertThat(words).isBetween(150, 250);
        ExtractiveSummarizerTest.assertSentencesComeFromTheirPassagesInReadingOrder(abstractSummary);
        ExtractiveSummarizerTest.assertSentencesComeFromTheirPassagesInReadingOrder(sections);
        assertThat(sections.sentences()).extracting(s -> s.source().section().toLowerCase(Locale.ROOT))
                .noneMatch(section -> section.contains("references") || section.contains("acknowledg"));
        assertThat(sections.sentences().size()).isGreaterThanOrEqualTo(5);
        assertThat(abstractSummary.text().toLowerCase(Locale.ROOT)).contains("transformer");
    }

    @Test
    void tldrBeatsTheLeadBaselineOnSciTldr() throws IOException {
        List<SummarizationExample> examples = SummarizationDataset.read(shared("eval/scitldr-dev.jsonl"));
        LeadComparison comparison = new LeadComparison();
        List<LeadComparison.PaperComparison> results = new ArrayList<>();
        for (SummarizationExample example : examples) {
            Summary tldr = summarizer.summarize(DatasetPapers.fromSummarization(example), SummaryStyle.TLDR);
            assertThat(tldr.sentences()).hasSize(1);
            results.add(comparison.compare(example, List.of(tldr.text())));
        }
        SummarizationReport ours = LeadComparison.summaryReport(results);
        SummarizationReport lead = LeadComparison.leadReport(results);
        System.out.printf(Locale.ROOT, "SciTLDR dev (%d papers) TLDR R1/R2/RL %.2f/%.2f/%.2f, lead at equal length"
                        + " %.2f/%.2f/%.2f%n", results.size(), ours.rouge1(), ours.rouge2(), ours.rougeL(),
                lead.rouge1(), lead.rouge2(), lead.rougeL());
        assertThat(ours.rouge1()).isGreaterThan(lead.rouge1() + 5);
    }
}
