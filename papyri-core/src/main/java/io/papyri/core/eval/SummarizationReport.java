package io.papyri.core.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Mean ROUGE F1 over papers for a summarization run, scaled to 0..100.
 *
 * <p>Each paper's prediction is scored against all its references with {@link RougeScorer#scoreMax}
 * (per variant, the best-F1 reference), and the per-paper F1 values are averaged over papers.
 *
 * @param rouge1 mean ROUGE-1 F1 x100
 * @param rouge2 mean ROUGE-2 F1 x100
 * @param rougeL mean ROUGE-L F1 x100
 * @param papers the number of papers averaged over
 */
public record SummarizationReport(double rouge1, double rouge2, double rougeL, int papers) {

    /**
     * Scores predictions against references with a stemming {@link RougeScorer}.
     *
     * @param predictions one predicted summary per paper
     * @param references per paper, its gold summaries (at least one), in the same order as {@code predictions}
     * @return the mean scores
     * @throws IllegalArgumentException if the lists differ in size or are empty, or a paper has no reference
     */
    public static SummarizationReport score(List<String> predictions, List<List<String>> references) {
        return score(predictions, references, new RougeScorer());
    }

    /**
     * Scores predictions against references.
     *
     * @param predictions one predicted summary per paper
     * @param references per paper, its gold summaries (at least one), in the same order as {@code predictions}
     * @param scorer the ROUGE scorer to use
     * @return the mean scores
     * @throws IllegalArgumentException if the lists differ in size or are empty, or a paper has no reference
     */
    public static SummarizationReport score(List<String> predictions, List<List<String>> references,
                                            RougeScorer scorer) {
        Objects.requireNonNull(scorer, "scorer");
        if (predictions.size() != references.size()) {
            throw new IllegalArgumentException(predictions.size() + " predictions but " + references.size()
                    + " reference lists");
        }
        if (predictions.isEmpty()) {
            throw new IllegalArgumentException("no papers to score");
        }
        double sum1 = 0;
        double sum2 = 0;
        double sumL = 0;
        for (int i = 0; i < predictions.size(); i++) {
            RougeScores best = scorer.scoreMax(predictions.get(i), references.get(i));
            sum1 += best.rouge1().fmeasure();
            sum2 += best.rouge2().fmeasure();
            sumL += best.rougeL().fmeasure();
        }
        int n = predictions.size();
        return new SummarizationReport(100 * sum1 / n, 100 * sum2 / n, 100 * sumL / n, n);
    }

    /**
     * The mean F1 of per-paper scores already computed (for example with
     * {@link RougeScorer#scoreBestReference}).
     *
     * @param perPaper one score per paper
     * @return the mean scores x100
     * @throws IllegalArgumentException if the list is empty
     */
    public static SummarizationReport mean(List<RougeScores> perPaper) {
        if (perPaper.isEmpty()) {
            throw new IllegalArgumentException("no papers to score");
        }
        double sum1 = 0;
        double sum2 = 0;
        double sumL = 0;
        for (RougeScores scores : perPaper) {
            sum1 += scores.rouge1().fmeasure();
            sum2 += scores.rouge2().fmeasure();
            sumL += scores.rougeL().fmeasure();
        }
        int n = perPaper.size();
        return new SummarizationReport(100 * sum1 / n, 100 * sum2 / n, 100 * sumL / n, n);
    }

    /**
     * Scores one prediction per paper against the papers' own references.
     *
     * @param predictions one predicted summary per example, in the same order
     * @param examples the papers
     * @return the mean scores
     */
    public static SummarizationReport scoreExamples(List<String> predictions, List<SummarizationExample> examples) {
        return score(predictions, examples.stream().map(SummarizationExample::references).toList());
    }

    /**
     * A fixed-width table row such as {@code "lead        | R1  37.12 | R2  10.03 | RL  20.50 | n=36"}.
     *
     * @param label the system or dataset name shown in the first column
     * @return the formatted row, without a line break
     */
    public String toTableLine(String label) {
        return String.format(Locale.ROOT, "%-24s | R1 %6.2f | R2 %6.2f | RL %6.2f | n=%d",
                label, rouge1, rouge2, rougeL, papers);
    }
}
