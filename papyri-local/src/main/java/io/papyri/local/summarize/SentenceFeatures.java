package io.papyri.local.summarize;

import io.papyri.local.index.IndexedSentence;
import io.papyri.local.index.PaperIndex;
import io.papyri.local.summarize.internal.PaperOutline;
import io.papyri.local.summarize.internal.SentenceShape;
import io.papyri.local.summarize.internal.TermVectors;

import java.util.List;

/**
 * The signals of importance of every sentence of one paper, computed once and then weighed by
 * {@link SalienceWeights}. Only candidates (prose sentences outside back matter, or every sentence
 * when a paper has none) are scored; the others score negative infinity.
 */
final class SentenceFeatures {

    private final PaperIndex index;
    private final PaperOutline outline;
    private final boolean[] candidate;
    private final SentenceShape[] shapes;
    private final double[] centroid;
    private final double[] terms;
    private final double[] title;
    private final double[] lead;
    private final boolean[] partStart;
    private final boolean[] firstClaim;
    private final int candidates;

    private SentenceFeatures(PaperIndex index, PaperOutline outline, boolean[] candidate, SentenceShape[] shapes,
                             double[] centroid, double[] terms, double[] title, double[] lead, boolean[] partStart,
                             boolean[] firstClaim, int candidates) {
        this.index = index;
        this.outline = outline;
        this.candidate = candidate;
        this.shapes = shapes;
        this.centroid = centroid;
        this.terms = terms;
        this.title = title;
        this.lead = lead;
        this.partStart = partStart;
        this.firstClaim = firstClaim;
        this.candidates = candidates;
    }

    /**
     * Computes the signals.
     *
     * @param index       the paper's index
     * @param outline     its outline
     * @param titleVector the title's embedding, or null when the paper has no title
     * @return the signals
     */
    static SentenceFeatures of(PaperIndex index, PaperOutline outline, float[] titleVector) {
        List<IndexedSentence> sentences = index.sentences();
        int n = sentences.size();
        // lower-cased corpora (arXiv/PubMed releases) start most sentences in lower case; that is no fragment there
        long lowerStarts = sentences.stream().filter(s -> Character.isLowerCase(s.text().charAt(0))).count();
        boolean lowercase = n > 0 && lowerStarts * 2 > n;
        SentenceShape[] shapes = new SentenceShape[n];
        boolean[] candidate = new boolean[n];
        boolean[] summarized = new boolean[n];
        int count = 0;
        for (IndexedSentence s : sentences) {
            shapes[s.index()] = SentenceShape.of(s.text(), lowercase);
            summarized[s.index()] = outline.roleOf(s.passage()).summarized();
            candidate[s.index()] = summarized[s.index()] && shapes[s.index()].prose() && !shapes[s.index()].roadmap();
            count += candidate[s.index()] ? 1 : 0;
        }
        if (count == 0) {
            // a paper of formulas or fragments still gets a summary: fall back to any body sentence
            boolean anyBody = false;
            for (int i = 0; i < n; i++) {
                anyBody |= summarized[i];
            }
            for (int i = 0; i < n; i++) {
                candidate[i] = summarized[i] || !anyBody;
                count += candidate[i] ? 1 : 0;
            }
        }
        double[] centroid = new double[n];
        float[] mean = meanVector(index, candidate);
        for (int i = 0; i < n; i++) {
            centroid[i] = PaperIndex.dot(index.vector(i), mean);
        }
        TermVectors termVectors = TermVectors.of(sentences.stream().map(IndexedSentence::text).toList());
        double[] termCentroid = termVectors.centroid(candidate);
        double[] terms = new double[n];
        for (int i = 0; i < n; i++) {
            terms[i] = termVectors.cosine(i, termCentroid);
        }
        double[] title = new double[n];
        if (titleVector != null) {
            for (int i = 0; i < n; i++) {
                title[i] = PaperIndex.dot(index.vector(i), titleVector);
            }
        }
        double[] lead = new double[n];
        boolean[] partStart = new boolean[n];
        boolean[] firstClaim = new boolean[n];
        boolean claimed = false;
        int rank = 0;
        int previousPart = -1;
        int sincePartStart = 0;
        for (IndexedSentence s : sentences) {
            int part = outline.partOf(s.passage());
            sincePartStart = part == previousPart ? sincePartStart + 1 : 0;
            claimed &= part == previousPart;
            previousPart = part;
            if (!claimed && candidate[s.index()] && shapes[s.index()].contributionCues() > 0) {
                firstClaim[s.index()] = true;
                claimed = true;
            }
            if (candidate[s.index()]) {
                lead[s.index()] = count == 1 ? 1 : 1 - (double) rank / (count - 1);
                rank++;
            }
            partStart[s.index()] = sincePartStart < 2;
        }
        return new SentenceFeatures(index, outline, candidate, shapes, standardize(centroid, candidate),
                standardize(terms, candidate), titleVector == null ? title : standardize(title, candidate), lead,
                partStart, firstClaim, count);
    }

    /** @return the index the signals were computed from */
    PaperIndex index() {
        return index;
    }

    /** @return the paper's outline */
    PaperOutline outline() {
        return outline;
    }

    /** @return how many sentences may be chosen */
    int candidates() {
        return candidates;
    }

    /**
     * Whether a sentence may be chosen.
     *
     * @param sentence its index
     * @return true for a candidate
     */
    boolean candidate(int sentence) {
        return candidate[sentence];
    }

    /**
     * A sentence's length in words.
     *
     * @param sentence its index
     * @return whitespace-separated words
     */
    int words(int sentence) {
        return shapes[sentence].words();
    }

    /**
     * The weighed importance of every sentence.
     *
     * @param w the weights
     * @return one score per sentence, negative infinity for non-candidates
     */
    double[] scores(SalienceWeights w) {
        double[] scores = new double[candidate.length];
        for (IndexedSentence s : index.sentences()) {
            int i = s.index();
            if (!candidate[i]) {
                scores[i] = Double.NEGATIVE_INFINITY;
                continue;
            }
            SentenceShape shape = shapes[i];
            double score = w.centroid() * centroid[i] + w.terms() * terms[i] + w.title() * title[i]
                    + w.lead() * lead[i] + (partStart[i] ? w.partStart() : 0)
                    + w.contribution() * Math.min(2, shape.contributionCues())
                    + (firstClaim[i] ? w.firstClaim() : 0)
                    - w.context() * shape.contextCues()
                    - w.citation() * Math.min(3, shape.citations())
                    - w.lengthPenalty() * Math.abs(shape.words() - w.idealWords()) / 10;
            score += switch (outline.roleOf(s.passage())) {
                case INTRODUCTION -> w.introduction();
                case CONCLUSION -> w.conclusion();
                case RELATED_WORK -> -w.relatedWork();
                case ABSTRACT -> w.abstractPart();
                default -> 0;
            };
            scores[i] = score;
        }
        return scores;
    }

    private static float[] meanVector(PaperIndex index, boolean[] members) {
        float[] sum = null;
        for (int i = 0; i < members.length; i++) {
            if (members[i]) {
                float[] v = index.vector(i);
                if (sum == null) {
                    sum = new float[v.length];
                }
                for (int d = 0; d < v.length; d++) {
                    sum[d] += v[d];
                }
            }
        }
        if (sum == null) {
            return new float[0];
        }
        double norm = 0;
        for (float v : sum) {
            norm += v * v;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < sum.length; d++) {
                sum[d] *= scale;
            }
        }
        return sum;
    }

    /** Rescales values to mean 0 and deviation 1 over the members; constant values become 0. */
    private static double[] standardize(double[] values, boolean[] members) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (members[i]) {
                sum += values[i];
                n++;
            }
        }
        double[] out = new double[values.length];
        if (n == 0) {
            return out;
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < values.length; i++) {
            if (members[i]) {
                squares += (values[i] - mean) * (values[i] - mean);
            }
        }
        double deviation = Math.sqrt(squares / n);
        for (int i = 0; i < values.length; i++) {
            out[i] = deviation < 1e-9 ? 0 : (values[i] - mean) / deviation;
        }
        return out;
    }
}
