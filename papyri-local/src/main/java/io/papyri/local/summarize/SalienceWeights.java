package io.papyri.local.summarize;

/**
 * How much each sign of importance counts when sentences are scored for a summary. The centrality,
 * term and title signals are standardized within each paper (mean 0, deviation 1), so their weights
 * compare; the others are counts or 0/1 flags.
 *
 * @param centroid       similarity of the sentence's embedding to the mean embedding of the paper
 * @param terms          TF-IDF cosine of the sentence to the paper's term centroid
 * @param title          similarity of the sentence's embedding to the title's
 * @param lead           bonus scaled by how early the sentence comes (1 for the first, 0 for the last)
 * @param partStart      bonus for the first sentences of a top-level section
 * @param contribution   bonus per phrase announcing the paper's contribution ("we propose"), at most two
 * @param firstClaim     bonus for the first sentence of a top-level section that announces a contribution
 * @param context        penalty per sign that the sentence leans on its surroundings
 * @param citation       penalty per citation marker, at most three
 * @param introduction   bonus for sentences of the introduction
 * @param conclusion     bonus for sentences of the conclusion or discussion
 * @param relatedWork    penalty for sentences of related work or background
 * @param abstractPart   bonus for sentences of the paper's own abstract
 * @param idealWords     the sentence length that costs nothing
 * @param lengthPenalty  penalty per 10 words away from {@code idealWords}
 * @param redundancy     how much similarity to already chosen sentences costs (maximal marginal relevance)
 */
public record SalienceWeights(double centroid, double terms, double title, double lead, double partStart,
                              double contribution, double firstClaim, double context, double citation, double introduction,
                              double conclusion, double relatedWork, double abstractPart, double idealWords,
                              double lengthPenalty, double redundancy) {

    /** The weights the local summarizer uses for multi-sentence summaries, chosen on the development sets. */
    public static final SalienceWeights ABSTRACT = new SalienceWeights(
            1.0, 0.5, 0.3, 0.5, 0.2, 0.5, 0, 0.3, 0.15, 0.6, 0.5, 0.5, 1.0, 25, 0.2, 3.0);

    /** The weights for one-sentence summaries, chosen on the development sets. */
    public static final SalienceWeights TLDR = new SalienceWeights(
            0.5, 0.5, 1.0, 0.3, 0.2, 0.8, 1.0, 0.3, 0.15, 0.6, 0.5, 0.5, 1.0, 25, 0.3, 0);
}
