package io.papyri.local.embed;

import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.spi.ProviderContext;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which sentence-embedding model to load and how to use it.
 *
 * @param model         a directory holding {@code model.onnx} and {@code tokenizer.json}, or an
 *                      {@code .onnx} file with {@code tokenizer.json} beside it; empty for the
 *                      MiniLM-L6-v2 model on the class path
 * @param pooling       how token vectors become one vector
 * @param maxTokens     the longest input in word pieces; longer text is truncated
 * @param queryPrefix   put before a query (e5 wants {@code "query: "}, bge an instruction)
 * @param passagePrefix put before an indexed sentence (e5 wants {@code "passage: "})
 * @param batchSize     sentences run through the model at once
 */
public record EmbeddingModelSpec(Optional<Path> model, Pooling pooling, int maxTokens, String queryPrefix,
                                 String passagePrefix, int batchSize) {

    /** Setting: the model's path; unset for the built-in MiniLM-L6-v2. */
    public static final String MODEL = "papyri.embedding.model";
    /** Setting: {@code mean} (default) or {@code cls}. */
    public static final String POOLING = "papyri.embedding.pooling";
    /** Setting: the longest input in word pieces (default 256). */
    public static final String MAX_TOKENS = "papyri.embedding.max-tokens";
    /** Setting: text put before each query (default none). */
    public static final String QUERY_PREFIX = "papyri.embedding.query-prefix";
    /** Setting: text put before each indexed sentence (default none). */
    public static final String PASSAGE_PREFIX = "papyri.embedding.passage-prefix";
    /** Setting: sentences per model run (default 32). */
    public static final String BATCH_SIZE = "papyri.embedding.batch-size";

    /** The built-in model: quantized MiniLM-L6-v2, mean pooled, 256 word pieces. */
    public static final EmbeddingModelSpec DEFAULT =
            new EmbeddingModelSpec(Optional.empty(), Pooling.MEAN, 256, "", "", 32);

    /** Checks the values. */
    public EmbeddingModelSpec {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(pooling, "pooling");
        Objects.requireNonNull(queryPrefix, "queryPrefix");
        Objects.requireNonNull(passagePrefix, "passagePrefix");
        if (maxTokens < 8 || maxTokens > 8192) {
            throw new IllegalArgumentException("max tokens must be within [8, 8192], was " + maxTokens);
        }
        if (batchSize < 1 || batchSize > 1024) {
            throw new IllegalArgumentException("batch size must be within [1, 1024], was " + batchSize);
        }
    }

    /**
     * Reads the {@code papyri.embedding.*} settings.
     *
     * @param context the provider context
     * @return the spec, {@link #DEFAULT} where a setting is absent
     * @throws ProviderConfigurationException when a setting is invalid
     */
    public static EmbeddingModelSpec from(ProviderContext context) {
        try {
            return new EmbeddingModelSpec(
                    context.setting(MODEL).filter(s -> !s.isBlank()).map(s -> Path.of(s.strip())),
                    Pooling.parse(context.setting(POOLING, "mean")),
                    (int) context.longSetting(MAX_TOKENS, DEFAULT.maxTokens()),
                    context.setting(QUERY_PREFIX, ""),
                    context.setting(PASSAGE_PREFIX, ""),
                    (int) context.longSetting(BATCH_SIZE, DEFAULT.batchSize()));
        } catch (IllegalArgumentException e) {
            throw new ProviderConfigurationException("Invalid embedding settings: " + e.getMessage()
                    + " Check the papyri.embedding.* settings.", e);
        }
    }

    /** @return a key that tells models and their settings apart, for sharing one loaded model */
    public String key() {
        return model.map(Path::toString).orElse("builtin") + "|" + pooling + "|" + maxTokens + "|" + queryPrefix
                + "|" + passagePrefix;
    }
}
