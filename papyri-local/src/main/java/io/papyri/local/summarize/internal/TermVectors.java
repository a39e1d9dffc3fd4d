package io.papyri.local.summarize.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of the sentences of one paper, each sentence a document: English analysis (lower
 * case, stop words out, Porter stems), numbers and one-letter terms left out, log-scaled term
 * frequency times smoothed inverse sentence frequency, unit length.
 */
public final class TermVectors {

    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private final int[][] terms;
    private final double[][] weights;
    private final int vocabulary;

    private TermVectors(int[][] terms, double[][] weights, int vocabulary) {
        this.terms = terms;
        this.weights = weights;
        this.vocabulary = vocabulary;
    }

    /**
     * Builds the vectors.
     *
     * @param sentences the sentences of one paper
     * @return their vectors, in the same order
     */
    public static TermVectors of(List<String> sentences) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] terms = new int[sentences.size()][];
        int[][] counts = new int[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String term : analyze(sentences.get(s))) {
                tf.merge(ids.computeIfAbsent(term, t -> ids.size()), 1, Integer::sum);
            }
            terms[s] = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            counts[s] = Arrays.stream(terms[s]).map(tf::get).toArray();
        }
        int[] sentenceFrequency = new int[ids.size()];
        for (int[] row : terms) {
            for (int t : row) {
                sentenceFrequency[t]++;
            }
        }
        double[][] weights = new double[sentences.size()][];
        double n = sentences.size();
        for (int s = 0; s < sentences.size(); s++) {
            weights[s] = new double[terms[s].length];
            double norm = 0;
            for (int k = 0; k < terms[s].length; k++) {
                double w = (1 + Math.log(counts[s][k])) * Math.log((1 + n) / (1 + sentenceFrequency[terms[s][k]]));
                weights[s][k] = w;
                norm += w * w;
            }
            if (norm > 0) {
                double scale = 1 / Math.sqrt(norm);
                for (int k = 0; k < weights[s].length; k++) {
                    weights[s][k] *= scale;
                }
            }
        }
        return new TermVectors(terms, weights, ids.size());
    }

    /**
     * The normalized sum of some sentences' vectors, as a dense array over the vocabulary.
     *
     * @param members which sentences count
     * @return the unit centroid, all zeros when the members share no terms
     */
    public double[] centroid(boolean[] members) {
        double[] sum = new double[vocabulary];
        for (int s = 0; s < terms.length; s++) {
            if (members[s]) {
                for (int k = 0; k < terms[s].length; k++) {
                    sum[terms[s][k]] += weights[s][k];
                }
            }
        }
        double norm = Math.sqrt(Arrays.stream(sum).map(v -> v * v).sum());
        if (norm > 0) {
            for (int t = 0; t < sum.length; t++) {
                sum[t] /= norm;
            }
        }
        return sum;
    }

    /**
     * The cosine of a sentence to a dense unit vector over the vocabulary.
     *
     * @param sentence the sentence index
     * @param dense    a vector from {@link #centroid}
     * @return the cosine
     */
    public double cosine(int sentence, double[] dense) {
        double sum = 0;
        for (int k = 0; k < terms[sentence].length; k++) {
            sum += weights[sentence][k] * dense[terms[sentence][k]];
        }
        return sum;
    }

    /**
     * The cosine of two sentences.
     *
     * @param a a sentence index
     * @param b another
     * @return their cosine, 0 when they share no terms
     */
    public double cosine(int a, int b) {
        int[] ta = terms[a];
        int[] tb = terms[b];
        double sum = 0;
        for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
            if (ta[i] == tb[j]) {
                sum += weights[a][i++] * weights[b][j++];
            } else if (ta[i] < tb[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /**
     * The analyzed terms of a text.
     *
     * @param text any text
     * @return its stemmed content terms, in order, repeats kept
     */
    public static List<String> analyze(String text) {
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            List<String> out = new ArrayList<>();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (t.length() > 1 && t.chars().noneMatch(Character::isDigit)) {
                    out.add(t);
                }
            }
            stream.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing text in memory failed", e);
        }
    }
}
