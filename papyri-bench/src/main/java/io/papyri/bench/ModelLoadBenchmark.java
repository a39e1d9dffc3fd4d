package io.papyri.bench;

import io.papyri.local.embed.EmbeddingModelSpec;
import io.papyri.local.embed.SentenceEmbedder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * How long loading the built-in embedding model takes: the first load in a fresh JVM (engine and
 * native libraries included) is the {@code cold} figure of each fork's first iteration; later
 * iterations reload the model alone.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
@Fork(value = 3, jvmArgs = {"-Xmx1g", "-Dai.djl.offline=true"})
public class ModelLoadBenchmark {

    /** @return the embedding dimension, computed after the load so the model is really ready */
    @Benchmark
    public int load() {
        try (SentenceEmbedder embedder = SentenceEmbedder.load(EmbeddingModelSpec.DEFAULT)) {
            return embedder.dimension();
        }
    }
}
