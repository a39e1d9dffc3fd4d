package io.papyri.local.embed;

import io.papyri.api.ProviderConfigurationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SentenceEmbedderTest {

    private static SentenceEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = SentenceEmbedder.load(EmbeddingModelSpec.DEFAULT);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void vectorsHaveUnitLengthAndTheModelsDimension() {
        float[][] vectors = embedder.embedPassages(List.of("The encoder maps tokens to vectors.", "Short."));
        assertThat(embedder.dimension()).isEqualTo(384);
        for (float[] vector : vectors) {
            assertThat(vector).hasSize(384);
            assertThat(dot(vector, vector)).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void relatedSentencesAreCloserThanUnrelatedOnes() {
        float[] question = embedder.embedQuery("Which dataset is used for training?");
        float[][] candidates = embedder.embedPassages(List.of(
                "We train our models on the WMT 2014 English-German dataset of 4.5 million sentence pairs.",
                "The weather in the mountains was cold and windy all week."));
        assertThat(dot(question, candidates[0])).isGreaterThan(dot(question, candidates[1]) + 0.2);
    }

    @Test
    void aSentenceGetsNearlyTheSameVectorAloneAndInAPaddedBatch() {
        String sentence = "Attention weighs every position of the input.";
        float[] alone = embedder.embedPassages(List.of(sentence))[0];
        float[] batched = embedder.embedPassages(List.of("A much longer sentence that forces padding onto the"
                + " shorter one when both run through the model in the same batch of inputs.", sentence))[1];
        // the quantized model scales activations per batch, so batch mates move a vector slightly
        assertThat(dot(alone, batched)).isCloseTo(1.0, within(0.02));
    }

    @Test
    void aModelGivenByPathMatchesTheBuiltInOne(@TempDir Path dir) throws IOException {
        copy(SentenceEmbedder.BUILTIN_MODEL, dir.resolve("model.onnx"));
        copy(SentenceEmbedder.BUILTIN_TOKENIZER, dir.resolve("tokenizer.json"));
        EmbeddingModelSpec spec = new EmbeddingModelSpec(Optional.of(dir), Pooling.MEAN, 256, "", "", 8);
        try (SentenceEmbedder fromPath = SentenceEmbedder.load(spec)) {
            String text = "Retrieval fuses lexical and dense scores.";
            assertThat(dot(fromPath.embedPassages(List.of(text))[0], embedder.embedPassages(List.of(text))[0]))
                    .isCloseTo(1.0, within(1e-5));
            // same weights, so the same id apart from the name
            assertThat(fromPath.id().substring(fromPath.id().indexOf('-')))
                    .endsWith(embedder.id().substring(embedder.id().indexOf("-", "all-minilm-l6-v2-q".length())));
        }
    }

    @Test
    void aMissingModelFailsWithWhatToSet(@TempDir Path dir) {
        EmbeddingModelSpec spec = new EmbeddingModelSpec(Optional.of(dir.resolve("nowhere")), Pooling.MEAN, 256, "", "", 8);
        assertThatThrownBy(() -> SentenceEmbedder.load(spec))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("papyri.embedding.model");
    }

    @Test
    void aDirectoryWithoutTokenizerFailsWithWhatIsMissing(@TempDir Path dir) throws IOException {
        copy(SentenceEmbedder.BUILTIN_MODEL, dir.resolve("model.onnx"));
        EmbeddingModelSpec spec = new EmbeddingModelSpec(Optional.of(dir), Pooling.MEAN, 256, "", "", 8);
        assertThatThrownBy(() -> SentenceEmbedder.load(spec))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("tokenizer.json");
    }

    @Test
    void aFileThatIsNotAModelFailsClearly(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("model.onnx"), "not a model");
        copy(SentenceEmbedder.BUILTIN_TOKENIZER, dir.resolve("tokenizer.json"));
        EmbeddingModelSpec spec = new EmbeddingModelSpec(Optional.of(dir), Pooling.MEAN, 256, "", "", 8);
        assertThatThrownBy(() -> SentenceEmbedder.load(spec))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("Could not load the sentence-embedding model");
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = SentenceEmbedder.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
