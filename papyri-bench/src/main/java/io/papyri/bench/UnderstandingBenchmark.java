package io.papyri.bench;

import io.papyri.api.Answer;
import io.papyri.api.Paper;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.core.Papyri;
import io.papyri.local.embed.EmbeddingModelSpec;
import io.papyri.local.embed.SentenceEmbedder;
import io.papyri.local.index.PaperIndex;
import io.papyri.local.index.PassageIndexer;
import io.papyri.local.nlp.OpenNlpSentenceSplitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Understanding one paper that is already extracted: indexing it (sentence splitting, embedding
 * every sentence, BM25), summarizing it once indexed, and answering a question once indexed.
 * Sample mode, so JMH prints the median ({@code p0.50}) beside the mean. {@code embed} reports
 * all sentences of the paper, which gives the embedder's sentences per second.
 *
 * <p>The papers are the corpus' two 15-page papers: {@code 1706.03762} (one column, many tables)
 * and {@code 1703.00983} (two columns, so about twice the text).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Dai.djl.offline=true"})
@State(Scope.Benchmark)
public class UnderstandingBenchmark {

    /** Questions asked in turn, of the kinds readers ask. */
    static final List<String> QUESTIONS = List.of(
            "What dataset is used for training?",
            "How many layers does the model have?",
            "Which optimizer is used?",
            "Does the model outperform the baseline?",
            "What are the main results?",
            "What is the learning rate?",
            "What metric is used for evaluation?",
            "What are the limitations of the approach?");

    /** The paper's file name in the corpus, without {@code .pdf}. */
    @Param({"1706.03762", "1703.00983"})
    public String paperName;

    private Path storeDirectory;
    private Papyri papyri;
    private SentenceEmbedder embedder;
    private Paper paper;
    private List<String> sentences;
    private int question;

    /**
     * Extracts and cleans the paper, loads the model and indexes the paper once, so the
     * summary and answer benchmarks measure only their own work.
     *
     * @throws IOException when the temporary store cannot be made
     */
    @Setup(Level.Trial)
    public void prepare() throws IOException {
        storeDirectory = Files.createTempDirectory("papyri-bench-store");
        papyri = Papyri.builder().withoutLogging().recordOutputs(false)
                .setting("papyri.store.dir", storeDirectory.toString()).build();
        Path pdf = Corpus.directory().resolve("pdfs").resolve(paperName + ".pdf");
        paper = papyri.read(pdf);
        embedder = SentenceEmbedder.load(EmbeddingModelSpec.DEFAULT);
        PaperIndex index = new PassageIndexer(embedder, new OpenNlpSentenceSplitter(), Optional::empty, 1).index(paper);
        sentences = index.sentences().stream().map(s -> s.text()).toList();
        System.out.println("# " + paperName + ": " + index.passages().size() + " passages, " + sentences.size()
                + " sentences");
        papyri.summarize(paper, SummaryStyle.ABSTRACT); // the facade's providers index the paper once here
    }

    /**
     * Frees the model, the providers and the temporary store.
     *
     * @throws IOException when the temporary store cannot be removed
     */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        embedder.close();
        papyri.close();
        try (var files = Files.walk(storeDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Indexes the paper from scratch: a new indexer, so nothing is cached; the model stays loaded.
     *
     * @return the index
     */
    @Benchmark
    public PaperIndex index() {
        return new PassageIndexer(embedder, new OpenNlpSentenceSplitter(), Optional::empty, 1).index(paper);
    }

    /**
     * Embeds all sentences of the paper; the sentence count printed at setup over this time is the
     * embedder's rate.
     *
     * @return the vectors
     */
    @Benchmark
    public float[][] embed() {
        return embedder.embedPassages(sentences);
    }

    /** @return an abstract-length summary of the indexed paper */
    @Benchmark
    public Summary summarizeAbstract() {
        return papyri.summarize(paper, SummaryStyle.ABSTRACT);
    }

    /** @return a one-sentence summary of the indexed paper */
    @Benchmark
    public Summary summarizeTldr() {
        return papyri.summarize(paper, SummaryStyle.TLDR);
    }

    /** @return the answer to the next question in turn */
    @Benchmark
    public Answer answer() {
        question = (question + 1) % QUESTIONS.size();
        return papyri.answer(paper, QUESTIONS.get(question));
    }
}
