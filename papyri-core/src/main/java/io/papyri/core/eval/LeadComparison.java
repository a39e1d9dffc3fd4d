package io.papyri.core.eval;

import java.util.List;
import java.util.Objects;

/**
 * Scores a system summary and the lead baseline given the same length budget against the same gold
 * summaries, so that a summarizer is compared with "the first sentences" at equal length.
 *
 * <p>For each paper the budget is the summary's word count (whitespace-separated words); the lead
 * baseline is the paper's first input sentences within that budget
 * ({@link LeadBaseline#summarizeWithinWords}). With several gold summaries, each text is scored
 * against the single reference with the best ROUGE-1 F1, as SciTLDR's "multi-max" does. Summary
 * sentences are joined one per line.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LeadComparison {

    private final RougeScorer scorer;
    private final LeadBaseline lead;

    /** Creates a comparison with a stemming scorer and the rule-based lead baseline. */
    public LeadComparison() {
        this(new RougeScorer(), new LeadBaseline());
    }

    /**
     * Creates a comparison.
     *
     * @param scorer scores texts against references
     * @param lead writes the baseline summaries
     */
    public LeadComparison(RougeScorer scorer, LeadBaseline lead) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.lead = Objects.requireNonNull(lead, "lead");
    }

    /**
     * Scores one paper's summary and its lead baseline.
     *
     * @param example the paper's input and gold summaries
     * @param summarySentences the system summary, one sentence per element
     * @return both texts and their scores
     */
    public PaperComparison compare(SummarizationExample example, List<String> summarySentences) {
        Objects.requireNonNull(example, "example");
        String summary = String.join("\n", summarySentences.stream().map(String::strip)
                .filter(sentence -> !sentence.isEmpty()).toList());
        int words = SummarizationExample.countWords(summary);
        String baseline = words == 0 ? "" : lead.summarizeWithinWords(example, words);
        return new PaperComparison(example.paperId(), summary, words, baseline,
                scorer.scoreBestReference(summary, example.references(), RougeType.ROUGE_1),
                scorer.scoreBestReference(baseline, example.references(), RougeType.ROUGE_1));
    }

    /**
     * One paper's result.
     *
     * @param paperId the dataset's paper id
     * @param summary the system summary, one sentence per line
     * @param words the summary's word count, the lead baseline's budget
     * @param lead the lead baseline, one sentence per line
     * @param summaryScores the summary's scores against its best-ROUGE-1 reference
     * @param leadScores the baseline's scores against its best-ROUGE-1 reference
     */
    public record PaperComparison(String paperId, String summary, int words, String lead, RougeScores summaryScores,
                                  RougeScores leadScores) {

        /**
         * Checks for nulls.
         *
         * @param paperId the dataset's paper id
         * @param summary the system summary, one sentence per line
         * @param words the summary's word count, the lead baseline's budget
         * @param lead the lead baseline, one sentence per line
         * @param summaryScores the summary's scores against its best-ROUGE-1 reference
         * @param leadScores the baseline's scores against its best-ROUGE-1 reference
         */
        public PaperComparison {
            Objects.requireNonNull(paperId, "paperId");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(summaryScores, "summaryScores");
            Objects.requireNonNull(leadScores, "leadScores");
        }
    }

    /**
     * The system's mean scores over papers.
     *
     * @param papers the per-paper results, at least one
     * @return the mean ROUGE F1 x100 of the summaries
     */
    public static SummarizationReport summaryReport(List<PaperComparison> papers) {
        return SummarizationReport.mean(papers.stream().map(PaperComparison::summaryScores).toList());
    }

    /**
     * The lead baseline's mean scores over papers.
     *
     * @param papers the per-paper results, at least one
     * @return the mean ROUGE F1 x100 of the baselines
     */
    public static SummarizationReport leadReport(List<PaperComparison> papers) {
        return SummarizationReport.mean(papers.stream().map(PaperComparison::leadScores).toList());
    }
}
