package io.papyri.local.index;

import io.papyri.api.Evidence;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.PaperRecord;
import io.papyri.api.Paragraph;
import io.papyri.api.Section;
import io.papyri.api.spi.PaperStore;
import io.papyri.local.embed.EmbeddingModelSpec;
import io.papyri.local.embed.SentenceEmbedder;
import io.papyri.local.nlp.OpenNlpSentenceSplitter;
import io.papyri.local.store.LocalPaperStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PassageIndexerTest {

    private static final PaperId ID = PaperId.parse("arxiv:1706.03762");
    private static SentenceEmbedder embedder;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        embedder = SentenceEmbedder.load(EmbeddingModelSpec.DEFAULT);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    static Paper paper(String extra) {
        return new Paper(ID, "Attention Is All You Need", List.of("A. Vaswani"),
                "We propose the Transformer, a model based solely on attention.  It needs no recurrence.",
                List.of(new Section("1 Introduction", 1, 1, List.of(
                                new Paragraph("Recurrent networks process tokens one at a time. This limits parallelism.", 1),
                                new Paragraph("  ", 1))),
                        new Section("5 Training", 1, 7, List.of(
                                new Paragraph("We trained on the WMT 2014 English-German dataset of about 4.5 million"
                                        + " sentence pairs. Sentences were encoded with byte-pair encoding.", 7),
                                new Paragraph("We used the Adam optimizer with beta2 = 0.98. " + extra, 8)))),
                List.of(), List.of(), Map.of());
    }

    private PassageIndexer indexer(PaperStore store) {
        return new PassageIndexer(embedder, new OpenNlpSentenceSplitter(), () -> Optional.ofNullable(store), 4);
    }

    @Test
    void passagesAreTheParagraphsVerbatimWithSentencesAndVectors() {
        PaperIndex index = indexer(null).index(paper(""));
        assertThat(index.passages()).extracting(p -> p.section() + "|" + p.page()).containsExactly(
                "Abstract|1", "1 Introduction|1", "5 Training|7", "5 Training|8");
        assertThat(index.passages().get(0).text())
                .isEqualTo("We propose the Transformer, a model based solely on attention.  It needs no recurrence.");
        assertThat(index.sentencesOf(2)).extracting(IndexedSentence::text).containsExactly(
                "We trained on the WMT 2014 English-German dataset of about 4.5 million sentence pairs.",
                "Sentences were encoded with byte-pair encoding.");
        assertThat(index.sentences()).allSatisfy(s -> {
            assertThat(index.passages().get(s.passage()).text()).contains(s.text());
            assertThat(PaperIndex.dot(index.vector(s.index()), index.vector(s.index()))).isBetween(0.999, 1.001);
        });
    }

    @Test
    void searchFusesWordsAndMeaning() {
        PaperIndex index = indexer(null).index(paper(""));
        // lexical: shares "dataset"; dense: "corpus" and "translation" are close to the training sentence
        List<Evidence> hits = index.search("Which corpus was the translation model trained on?", 2);
        assertThat(hits.get(0).passage().section()).isEqualTo("5 Training");
        assertThat(hits.get(0).passage().text()).startsWith("We trained on the WMT 2014");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        double[] lexical = index.passageBm25("optimizer");
        assertThat(lexical[3]).isPositive();
        assertThat(lexical[0]).isZero();
    }

    @Test
    void fusionRanksAnItemFirstInBothListsFirst() {
        double[] fused = PaperIndex.fuse(new double[]{0, 2.0, 1.0}, new double[]{0.1, 0.9, 0.5});
        assertThat(PaperIndex.top(fused, 3)).containsExactly(1, 2, 0);
        assertThat(fused[0]).isEqualTo(1.0 / (PaperIndex.FUSION_K + 3)); // no lexical match: dense rank only
    }

    @Test
    void vectorsAreKeptWithAStoredPaperAndReusedByTheNextIndexer() {
        CountingStore store = new CountingStore(new LocalPaperStore(dir, Clock.systemUTC()));
        store.put(ID, "paper.json", "{}".getBytes(StandardCharsets.UTF_8));
        PaperIndex first = indexer(store).index(paper(""));
        assertThat(store.vectorPuts).hasSize(1);
        assertThat(store.vectorPuts.get(0)).startsWith("index/").endsWith(".vectors");

        PaperIndex again = indexer(store).index(paper(""));
        assertThat(store.vectorPuts).as("read from the store, not embedded again").hasSize(1);
        assertThat(again.vector(3)).containsExactly(first.vector(3));
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());

        PaperIndex changed = indexer(store).index(paper("Dropout was 0.1."));
        assertThat(changed.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(store.vectorPuts).as("a changed paper is embedded again").hasSize(2);
    }

    @Test
    void aDamagedStoredIndexIsRebuiltNotFatal() {
        CountingStore store = new CountingStore(new LocalPaperStore(dir, Clock.systemUTC()));
        store.put(ID, "paper.json", "{}".getBytes(StandardCharsets.UTF_8));
        indexer(store).index(paper(""));
        String artifact = store.vectorPuts.get(0);
        store.put(ID, artifact, "garbage".getBytes(StandardCharsets.UTF_8));

        PaperIndex rebuilt = indexer(store).index(paper(""));
        assertThat(rebuilt.sentences()).isNotEmpty();
        assertThat(store.vectorPuts).filteredOn(artifact::equals).hasSize(3); // first, garbage, rebuilt
    }

    @Test
    void aPaperNotInTheStoreLeavesNoTrace() {
        CountingStore store = new CountingStore(new LocalPaperStore(dir, Clock.systemUTC()));
        indexer(store).index(paper(""));
        assertThat(store.vectorPuts).isEmpty();
        assertThat(store.records()).isEmpty();
    }

    @Test
    void theSamePaperIsIndexedOnceInMemory() {
        PassageIndexer indexer = indexer(null);
        assertThat(indexer.index(paper(""))).isSameAs(indexer.index(paper("")));
    }

    /** Counts vector writes; everything else goes to the real store. */
    private static final class CountingStore implements PaperStore {
        private final PaperStore delegate;
        final List<String> vectorPuts = new ArrayList<>();

        CountingStore(PaperStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public void put(PaperId id, String artifact, byte[] content) {
            if (artifact.startsWith(PassageIndexer.ARTIFACT_FOLDER)) {
                vectorPuts.add(artifact);
            }
            delegate.put(id, artifact, content);
        }

        @Override
        public Optional<byte[]> get(PaperId id, String artifact) {
            return delegate.get(id, artifact);
        }

        @Override
        public void putRecord(PaperRecord record) {
            delegate.putRecord(record);
        }

        @Override
        public Optional<PaperRecord> record(PaperId id) {
            return delegate.record(id);
        }

        @Override
        public List<PaperRecord> records() {
            return delegate.records();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
