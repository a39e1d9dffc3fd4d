package io.papyri.local.index;

import io.papyri.api.Evidence;
import io.papyri.api.Paper;
import io.papyri.api.Passage;
import io.papyri.local.embed.SentenceEmbedder;
import io.papyri.local.index.internal.LexicalIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The passage index of one paper: its paragraphs as passages, their sentences with unit-length
 * embeddings, and BM25 over both passages and sentences.
 *
 * <p>{@link #search} fuses the lexical and the dense ranking of passages with reciprocal rank
 * fusion, so neither score scale dominates. The raw scores are public too, for rankers that
 * weigh them their own way. Immutable and thread-safe; made by {@link PassageIndexer}.
 */
public final class PaperIndex {

    /** Reciprocal-rank-fusion constant (Cormack et al. 2009): damps the weight of the very first ranks. */
    static final int FUSION_K = 60;

    private final Paper paper;
    private final List<Passage> passages;
    private final List<IndexedSentence> sentences;
    private final List<List<IndexedSentence>> sentencesByPassage;
    private final float[][] vectors;
    private final float[][] passageVectors;
    private final SentenceEmbedder embedder;
    private final LexicalIndex passageLexicon;
    private final LexicalIndex sentenceLexicon;
    private final String fingerprint;

    PaperIndex(Paper paper, List<Passage> passages, List<IndexedSentence> sentences, float[][] vectors,
               SentenceEmbedder embedder, String fingerprint) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.passages = List.copyOf(passages);
        this.sentences = List.copyOf(sentences);
        if (vectors.length != sentences.size()) {
            throw new IllegalArgumentException(vectors.length + " vectors for " + sentences.size() + " sentences");
        }
        this.vectors = vectors;
        this.embedder = embedder;
        this.fingerprint = fingerprint;
        List<List<IndexedSentence>> grouped = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            grouped.add(new ArrayList<>());
        }
        for (IndexedSentence sentence : sentences) {
            grouped.get(sentence.passage()).add(sentence);
        }
        this.sentencesByPassage = grouped.stream().map(List::copyOf).toList();
        this.passageVectors = new float[passages.size()][];
        for (int p = 0; p < passages.size(); p++) {
            passageVectors[p] = mean(sentencesByPassage.get(p));
        }
        this.passageLexicon = LexicalIndex.of(passages.stream().map(Passage::text).toList());
        this.sentenceLexicon = LexicalIndex.of(sentences.stream().map(IndexedSentence::text).toList());
    }

    /** @return the paper this index was made from */
    public Paper paper() {
        return paper;
    }

    /** @return the passages, one per non-blank paragraph (the abstract first), in reading order */
    public List<Passage> passages() {
        return passages;
    }

    /** @return all sentences, in reading order */
    public List<IndexedSentence> sentences() {
        return sentences;
    }

    /**
     * The sentences of one passage.
     *
     * @param passage the passage's index
     * @return its sentences in order
     */
    public List<IndexedSentence> sentencesOf(int passage) {
        return sentencesByPassage.get(passage);
    }

    /**
     * A sentence's embedding. Do not modify the returned array.
     *
     * @param sentence the sentence's index
     * @return its unit vector
     */
    public float[] vector(int sentence) {
        return vectors[sentence];
    }

    /**
     * A passage's embedding: the normalized mean of its sentences' vectors. Do not modify the returned array.
     *
     * @param passage the passage's index
     * @return its unit vector (all zeros for a passage without sentences)
     */
    public float[] passageVector(int passage) {
        return passageVectors[passage];
    }

    /** @return the model that made the vectors; use it for queries so the vectors are comparable */
    public SentenceEmbedder embedder() {
        return embedder;
    }

    /** @return identifies the model and the exact sentences the vectors were made from */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Embeds a query with the index's model.
     *
     * @param query the query
     * @return its unit vector
     */
    public float[] embedQuery(String query) {
        return embedder.embedQuery(query);
    }

    /**
     * BM25 scores of the passages.
     *
     * @param query the query in plain words
     * @return one score per passage, 0 where no query term occurs
     */
    public double[] passageBm25(String query) {
        return passageLexicon.scores(query);
    }

    /**
     * BM25 scores of the sentences (each sentence a document).
     *
     * @param query the query in plain words
     * @return one score per sentence, 0 where no query term occurs
     */
    public double[] sentenceBm25(String query) {
        return sentenceLexicon.scores(query);
    }

    /**
     * Cosine similarities of the sentences to a query vector.
     *
     * @param query a unit vector from {@link #embedQuery}
     * @return one similarity per sentence
     */
    public double[] sentenceSimilarities(float[] query) {
        double[] similarities = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            similarities[i] = dot(query, vectors[i]);
        }
        return similarities;
    }

    /**
     * Dense scores of the passages: the best similarity of any of their sentences to a query vector.
     *
     * @param query a unit vector from {@link #embedQuery}
     * @return one score per passage, -1 for a passage without sentences
     */
    public double[] passageSimilarities(float[] query) {
        double[] bySentence = sentenceSimilarities(query);
        double[] scores = new double[passages.size()];
        Arrays.fill(scores, -1);
        for (IndexedSentence sentence : sentences) {
            scores[sentence.passage()] = Math.max(scores[sentence.passage()], bySentence[sentence.index()]);
        }
        return scores;
    }

    /**
     * Finds the passages that best match a query: BM25 and dense rankings fused by reciprocal rank.
     *
     * @param query the query in plain words
     * @param limit the most passages to return
     * @return the best passages, best first, each with its fused score
     */
    public List<Evidence> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        double[] fused = fuse(passageBm25(query), passageSimilarities(embedQuery(query)));
        return top(fused, limit).stream().map(p -> new Evidence(passages.get(p), fused[p])).toList();
    }

    /**
     * Fuses rankings by reciprocal rank: each item gets the sum over rankings of 1 / (k + rank).
     * An item with score 0 in a lexical ranking (no shared term) gets nothing from it.
     *
     * @param lexical lexical scores, 0 meaning no match
     * @param dense   dense scores
     * @return the fused scores
     */
    static double[] fuse(double[] lexical, double[] dense) {
        double[] fused = new double[lexical.length];
        int[] lexicalOrder = order(lexical);
        for (int rank = 0; rank < lexicalOrder.length && lexical[lexicalOrder[rank]] > 0; rank++) {
            fused[lexicalOrder[rank]] += 1.0 / (FUSION_K + rank + 1);
        }
        int[] denseOrder = order(dense);
        for (int rank = 0; rank < denseOrder.length; rank++) {
            fused[denseOrder[rank]] += 1.0 / (FUSION_K + rank + 1);
        }
        return fused;
    }

    /**
     * The positions of the highest scores.
     *
     * @param scores the scores
     * @param limit  how many
     * @return the positions, highest score first, ties in reading order
     */
    public static List<Integer> top(double[] scores, int limit) {
        int[] order = order(scores);
        List<Integer> best = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, order.length); i++) {
            best.add(order[i]);
        }
        return best;
    }

    private static int[] order(double[] scores) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    private float[] mean(List<IndexedSentence> members) {
        int dimension = vectors.length == 0 ? 0 : vectors[0].length;
        float[] sum = new float[dimension];
        for (IndexedSentence sentence : members) {
            float[] vector = vectors[sentence.index()];
            for (int d = 0; d < dimension; d++) {
                sum[d] += vector[d];
            }
        }
        double norm = 0;
        for (float v : sum) {
            norm += v * v;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < dimension; d++) {
                sum[d] *= scale;
            }
        }
        return sum;
    }

    /**
     * The dot product of two vectors; their cosine when both have unit length.
     *
     * @param a a vector
     * @param b a vector of the same length
     * @return the dot product
     */
    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Override
    public String toString() {
        return "PaperIndex[" + paper.id() + ", " + passages.size() + " passages, " + sentences.size() + " sentences]";
    }
}
