package io.papyri.core.eval;

/** The ROUGE variants computed by {@link RougeScorer}, named as in {@code rouge-score}. */
public enum RougeType {
    /** Unigram overlap ({@code rouge1}). */
    ROUGE_1,
    /** Bigram overlap ({@code rouge2}). */
    ROUGE_2,
    /** Longest common subsequence over the whole token sequences ({@code rougeL}). */
    ROUGE_L,
    /** Summary-level LCS over newline-separated sentences ({@code rougeLsum}). */
    ROUGE_LSUM
}
