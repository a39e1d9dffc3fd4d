package io.papyri.local.index;

import io.papyri.core.ContentDigest;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Passage;
import io.papyri.api.PapyriException;
import io.papyri.api.spi.PaperStore;
import io.papyri.api.spi.ProviderContext;
import io.papyri.core.index.PassageChunker;
import io.papyri.core.index.SentenceSplitter;
import io.papyri.local.embed.EmbeddingModelSpec;
import io.papyri.local.embed.SentenceEmbedder;
import io.papyri.local.index.internal.VectorFile;
import io.papyri.local.nlp.OpenNlpSentenceSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Makes the {@link PaperIndex} of a paper, or finds it again.
 *
 * <p>Each non-blank paragraph becomes a passage (the abstract first), each passage is split into
 * sentences with the OpenNLP model, and each sentence is embedded. When the paper is in the
 * store, the vectors are kept there as {@code index/<model-id>.vectors} beside the paper's other
 * artifacts, stamped with the model and a fingerprint of the sentences: reopening the paper
 * reads them instead of running the model, and a changed paper or model is embedded afresh.
 * Recently used indexes are also kept in memory, so many questions about one paper cost one index.
 *
 * <p>One indexer is shared by the local summarizer, question answerer and chat agent of a
 * {@code Papyri} instance ({@link #shared}); it is thread-safe.
 */
public final class PassageIndexer implements AutoCloseable {

    /** Setting: how many paper indexes to keep in memory (default 16). */
    public static final String CACHE_SIZE = "papyri.index.cache-size";
    /** The folder, among a paper's artifacts, that holds its stored vectors. */
    public static final String ARTIFACT_FOLDER = "index/";

    private static final Logger LOG = LoggerFactory.getLogger(PassageIndexer.class);

    private final SentenceEmbedder embedder;
    private final SentenceSplitter splitter;
    private final Supplier<Optional<PaperStore>> store;
    private final PassageChunker chunker = new PassageChunker();
    private final Map<Paper, PaperIndex> recent;
    private final Object[] paperLocks = Stream.generate(Object::new).limit(32).toArray();

    /**
     * Creates an indexer.
     *
     * @param embedder  embeds sentences; closed with this indexer
     * @param splitter  finds sentences in a paragraph
     * @param store     where vectors are kept, looked up on each use
     * @param cacheSize how many indexes to keep in memory, at least 1
     */
    public PassageIndexer(SentenceEmbedder embedder, SentenceSplitter splitter, Supplier<Optional<PaperStore>> store,
                          int cacheSize) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.store = Objects.requireNonNull(store, "store");
        if (cacheSize < 1) {
            throw new IllegalArgumentException("the index cache must hold at least 1 paper, was " + cacheSize);
        }
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Paper, PaperIndex> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /**
     * The indexer shared by the local providers of one {@code Papyri} instance, made on first use
     * with the {@code papyri.embedding.*} settings.
     *
     * @param context the provider context
     * @return the shared indexer
     */
    public static PassageIndexer shared(ProviderContext context) {
        EmbeddingModelSpec spec = EmbeddingModelSpec.from(context);
        int cacheSize = (int) Math.max(1, Math.min(1024, context.longSetting(CACHE_SIZE, 16)));
        return context.shared("papyri.local.passage-indexer|" + spec.key(), PassageIndexer.class,
                () -> new PassageIndexer(SentenceEmbedder.load(spec), new OpenNlpSentenceSplitter(), context::store,
                        cacheSize));
    }

    /** @return the model that embeds sentences and queries */
    public SentenceEmbedder embedder() {
        return embedder;
    }

    /**
     * The index of a paper: from memory, from the store, or made now.
     *
     * @param paper the paper
     * @return its index
     */
    public PaperIndex index(Paper paper) {
        Objects.requireNonNull(paper, "paper");
        synchronized (recent) {
            PaperIndex known = recent.get(paper);
            if (known != null) {
                return known;
            }
        }
        synchronized (paperLocks[Math.floorMod(paper.id().hashCode(), paperLocks.length)]) {
            synchronized (recent) {
                PaperIndex known = recent.get(paper);
                if (known != null) {
                    return known;
                }
            }
            PaperIndex made = build(paper);
            synchronized (recent) {
                recent.put(paper, made);
            }
            return made;
        }
    }

    private PaperIndex build(Paper paper) {
        List<Passage> passages = chunker.paragraphs(paper);
        List<IndexedSentence> sentences = new ArrayList<>();
        for (Passage passage : passages) {
            for (String sentence : splitter.split(passage.text())) {
                if (!sentence.isBlank()) {
                    sentences.add(new IndexedSentence(sentences.size(), passage.index(), sentence.strip()));
                }
            }
        }
        String fingerprint = fingerprint(sentences);
        String artifact = ARTIFACT_FOLDER + embedder.id() + ".vectors";
        Optional<PaperStore> keeper = storeKeeping(paper.id());
        float[][] vectors = keeper.flatMap(s -> stored(s, paper.id(), artifact, fingerprint)).orElse(null);
        if (vectors == null) {
            vectors = embedder.embedPassages(sentences.stream().map(IndexedSentence::text).toList());
            float[][] made = vectors;
            keeper.ifPresent(s -> keep(s, paper.id(), artifact, VectorFile.write(embedder.id(), fingerprint, made)));
        }
        return new PaperIndex(paper, passages, sentences, vectors, embedder, fingerprint);
    }

    /** The store, if the paper is in it: a paper read from a file alone leaves no trace behind. */
    private Optional<PaperStore> storeKeeping(PaperId id) {
        try {
            return store.get().filter(s -> s.record(id).isPresent());
        } catch (PapyriException e) {
            LOG.warn("Cannot reach the store to look for the index of {} ({}); indexing in memory", id, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<float[][]> stored(PaperStore store, PaperId id, String artifact, String fingerprint) {
        try {
            return store.get(id, artifact).flatMap(bytes -> VectorFile.read(bytes, embedder.id(), fingerprint));
        } catch (PapyriException e) {
            LOG.warn("Could not read the stored index of {} ({}); embedding it again", id, e.getMessage());
            return Optional.empty();
        }
    }

    private static void keep(PaperStore store, PaperId id, String artifact, byte[] bytes) {
        try {
            store.put(id, artifact, bytes);
        } catch (PapyriException e) {
            // the index is derived data: answering goes on, the next open embeds again
            LOG.warn("Could not keep the index of {} in the store ({})", id, e.getMessage());
        }
    }

    private String fingerprint(List<IndexedSentence> sentences) {
        List<String> parts = new ArrayList<>(List.of(embedder.id()));
        for (IndexedSentence sentence : sentences) {
            parts.add(sentence.passage() + "\t" + sentence.text());
        }
        return ContentDigest.of(parts).substring(0, 32);
    }

    @Override
    public void close() {
        synchronized (recent) {
            recent.clear();
        }
        embedder.close();
    }
}
