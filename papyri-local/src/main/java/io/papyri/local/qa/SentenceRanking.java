package io.papyri.local.qa;

import io.papyri.local.index.IndexedSentence;
import io.papyri.local.index.PaperIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences of one paper scored against one question: BM25 and embedding similarity of each
 * sentence and of its passage weighed by the {@link AnswererSettings}, plus the prior of the
 * passage's {@link SectionRole}, a bonus when the section heading names what the question asks
 * about, for questions after a quantity a bonus for sentences with a number in them, and a penalty
 * for signposts ("This section describes ...") that announce content without giving it.
 *
 * <p>The abstract is left out when the paper has a body: the body paragraph that says the same
 * thing in detail is the better citation.
 */
final class SentenceRanking {

    /** Added times the share of a heading's words that the question uses ("What data ..." and "Data"). */
    private static final double HEADING_MATCH = 0.1;
    /** Added to sentences with a digit when the question asks how many or how much. */
    private static final double NUMBER_BONUS = 0.2;
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Taken from sentences that announce what a section holds instead of saying it. */
    private static final double SIGNPOST_PENALTY = 0.3;
    private static final Pattern SIGNPOST = Pattern.compile(
            "^(?:in )?this (?:sub)?section\\b|^in (?:sub)?sections? \\d|(?:rest|remainder) of (?:this|the) paper"
                    + "|organi[sz]ed as follows", Pattern.CASE_INSENSITIVE);

    private final Question question;
    private final PaperTerms terms;
    private final double[] scores;
    private final double[] passageScores;
    private final int[] passageBest;

    private SentenceRanking(PaperIndex index, Question question, PaperTerms terms, double[] scores) {
        this.question = question;
        this.terms = terms;
        this.scores = scores;
        int passages = index.passages().size();
        this.passageScores = new double[passages];
        this.passageBest = new int[passages];
        Arrays.fill(passageScores, Double.NEGATIVE_INFINITY);
        Arrays.fill(passageBest, -1);
        for (IndexedSentence sentence : index.sentences()) {
            int p = sentence.passage();
            if (scores[sentence.index()] > passageScores[p]) {
                passageScores[p] = scores[sentence.index()];
                passageBest[p] = sentence.index();
            }
        }
    }

    /**
     * Scores every sentence of a paper.
     *
     * @param index    the paper's passage index
     * @param question the question
     * @param settings the weights
     * @return the ranking
     */
    static SentenceRanking of(PaperIndex index, Question question, AnswererSettings settings) {
        PaperTerms terms = PaperTerms.of(index);
        float[] vector = index.embedQuery(question.text());
        double[] cosines = index.sentenceSimilarities(vector);
        double[] sentenceBm25 = scaled(index.sentenceBm25(question.searchText()));
        double[] passageBm25 = scaled(index.passageBm25(question.searchText()));
        int passages = index.passages().size();
        double[] passagePart = new double[passages];
        boolean hasBody = index.sentences().stream().anyMatch(s -> terms.role(s.passage()) != SectionRole.ABSTRACT);
        for (int p = 0; p < passages; p++) {
            if (hasBody && terms.role(p) == SectionRole.ABSTRACT) {
                passagePart[p] = Double.NEGATIVE_INFINITY;
                continue;
            }
            passagePart[p] = settings.passageLexical() * passageBm25[p]
                    + settings.passageDense() * PaperIndex.dot(vector, index.passageVector(p))
                    + terms.role(p).prior() + HEADING_MATCH * headingMatch(terms.headingStems(p), question);
        }
        double[] scores = new double[cosines.length];
        for (IndexedSentence sentence : index.sentences()) {
            int s = sentence.index();
            scores[s] = settings.sentenceLexical() * sentenceBm25[s] + settings.sentenceDense() * cosines[s]
                    + passagePart[sentence.passage()];
            if (question.form() == QuestionForm.QUANTITY && DIGIT.matcher(sentence.text()).find()) {
                scores[s] += NUMBER_BONUS;
            }
            if (SIGNPOST.matcher(sentence.text()).find()) {
                scores[s] -= SIGNPOST_PENALTY;
            }
        }
        return new SentenceRanking(index, question, terms, scores);
    }

    private static double headingMatch(Set<String> heading, Question question) {
        if (heading.isEmpty()) {
            return 0;
        }
        return (double) heading.stream().filter(question.stems()::contains).count() / heading.size();
    }

    /** Divides by the largest score, so the best match scores 1 and none scores 0. */
    private static double[] scaled(double[] raw) {
        double max = 0;
        for (double v : raw) {
            max = Math.max(max, v);
        }
        if (max > 0) {
            for (int i = 0; i < raw.length; i++) {
                raw[i] /= max;
            }
        }
        return raw;
    }

    /** @return whether the paper has any sentence to rank */
    boolean isEmpty() {
        return Arrays.stream(scores).noneMatch(Double::isFinite);
    }

    /** @return the index of the best sentence; the ranking must not be empty */
    int best() {
        int best = 0;
        for (int s = 1; s < scores.length; s++) {
            if (scores[s] > scores[best]) {
                best = s;
            }
        }
        return best;
    }

    /**
     * A sentence's score.
     *
     * @param sentence the sentence's index
     * @return its score
     */
    double score(int sentence) {
        return scores[sentence];
    }

    /**
     * How much of what the question is about a sentence mentions: the share of the question's focus
     * stems found in it, each stem weighed by its rarity in the paper.
     *
     * @param sentence the sentence's index
     * @return from 0 to 1; 1 when the question has no focus words (nothing to miss)
     */
    double coverage(int sentence) {
        if (question.focusStems().isEmpty()) {
            return 1;
        }
        Set<String> present = terms.sentenceStems(sentence);
        double total = 0;
        double found = 0;
        for (String stem : question.focusStems()) {
            double weight = terms.rarity(stem);
            total += weight;
            if (present.contains(stem)) {
                found += weight;
            }
        }
        return found / total;
    }

    /**
     * How much of what the question is about the paper says in one place: the best
     * {@link #coverage} of any of its sentences, the abstract's included.
     *
     * @return from 0 to 1
     */
    double support() {
        double best = 0;
        for (int s = 0; s < scores.length && best < 1; s++) {
            best = Math.max(best, coverage(s));
        }
        return best;
    }

    /**
     * A passage's score: the score of its best sentence.
     *
     * @param passage the passage's index
     * @return the score, negative infinity for a passage left out or without sentences
     */
    double passageScore(int passage) {
        return passageScores[passage];
    }

    /**
     * The passages to cite: the best sentence's passage, then others scoring at least {@code share}
     * of it, up to {@code limit}.
     *
     * @param limit the most passages
     * @param share the least share of the best score a further passage needs
     * @return passage indexes, best first
     */
    List<Integer> passages(int limit, double share) {
        List<Integer> order = PaperIndex.top(passageScores, limit);
        List<Integer> chosen = new ArrayList<>();
        double best = order.isEmpty() ? 0 : passageScores[order.get(0)];
        double least = best - (1 - share) * Math.abs(best);
        for (int p : order) {
            if (passageBest[p] < 0 || !Double.isFinite(passageScores[p])) {
                break;
            }
            if (chosen.isEmpty() || passageScores[p] >= least) {
                chosen.add(p);
            }
        }
        return chosen;
    }
}
