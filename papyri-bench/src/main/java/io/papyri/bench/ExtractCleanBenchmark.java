package io.papyri.bench;

import io.papyri.api.ExtractedDocument;
import io.papyri.api.PaperId;
import io.papyri.api.PdfDocument;
import io.papyri.core.Papyri;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Extract + clean throughput in pages per second: the whole text-layer corpus per operation
 * ({@code corpus}), and one 15-page paper ({@code attention}). The {@code pages} counter is the
 * figure to read: JMH reports it as pages/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Dai.djl.offline=true"})
@State(Scope.Benchmark)
public class ExtractCleanBenchmark {

    /** Which documents one operation reads. */
    @Param({"corpus", "attention"})
    public String documents;

    private Papyri papyri;
    private List<PdfDocument> pdfs;

    /** Pages read, reported by JMH as a rate. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class PageCount {
        /** Pages read so far in this iteration. */
        public long pages;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            pages = 0;
        }
    }

    /**
     * Loads the PDFs into memory, so the benchmark measures extraction and cleaning, not disk reads.
     *
     * @throws IOException when a corpus file cannot be read
     */
    @Setup(Level.Trial)
    public void load() throws IOException {
        papyri = Papyri.builder().withoutLogging().build();
        pdfs = new ArrayList<>();
        for (Corpus.Entry entry : Corpus.textLayerPapers()) {
            if (documents.equals("attention") && !entry.pdf().getFileName().toString().equals("1706.03762.pdf")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(entry.pdf());
            String name = entry.pdf().getFileName().toString().replaceAll("\\.pdf$", "");
            pdfs.add(new PdfDocument(new PaperId("bench", name), bytes, entry.pdf().toString()));
        }
    }

    /** Releases the providers. */
    @TearDown(Level.Trial)
    public void close() {
        papyri.close();
    }

    /**
     * Extracts and cleans every document of the set.
     *
     * @param count where pages are counted
     * @param sink  keeps the results alive
     */
    @Benchmark
    public void extractAndClean(PageCount count, Blackhole sink) {
        for (PdfDocument pdf : pdfs) {
            ExtractedDocument extracted = papyri.extract(pdf);
            sink.consume(papyri.clean(extracted));
            count.pages += extracted.pageCount();
        }
    }
}
