package io.papyri.core.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LeadComparisonTest {

    private final RougeScorer scorer = new RougeScorer();

    @Test
    void theBestReferenceIsChosenByRouge1AndGivesAllScores() {
        String prediction = "the cat sat on the mat";
        // the first reference shares more bigrams, the second more unigrams
        List<String> references = List.of("the cat sat down", "mat on the sat cat the dog");

        RougeScores best = scorer.scoreBestReference(prediction, references, RougeType.ROUGE_1);
        RougeScores perVariant = scorer.scoreMax(prediction, references);

        assertThat(best).isEqualTo(scorer.score(prediction, references.get(1)));
        assertThat(best.rouge2().fmeasure()).isLessThan(perVariant.rouge2().fmeasure());
        assertThat(perVariant.rouge2()).isEqualTo(scorer.score(prediction, references.get(0)).rouge2());
        assertThatThrownBy(() -> scorer.scoreBestReference(prediction, List.of(), RougeType.ROUGE_1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLeadGetsTheSummarysWordCountAsBudget() {
        SummarizationExample example = new SummarizationExample("p", null,
                List.of(new SummarizationExample.SourceSection("1", List.of("Alpha beta gamma delta. More words here.")),
                        new SummarizationExample.SourceSection("2", List.of("We show that quokkas read papers."))),
                "unused", List.of("unrelated reference", "We show that quokkas read papers."));

        LeadComparison.PaperComparison result = new LeadComparison()
                .compare(example, List.of(" We show that quokkas read papers. "));

        assertThat(result.summary()).isEqualTo("We show that quokkas read papers.");
        assertThat(result.words()).isEqualTo(6);
        assertThat(result.lead()).isEqualTo("Alpha beta gamma delta.");
        assertThat(result.summaryScores().rouge1().fmeasure()).isEqualTo(1.0);
        assertThat(result.leadScores().rouge1().fmeasure()).isZero();
    }

    @Test
    void anEmptySummaryGetsAnEmptyLeadAndScoresZero() {
        SummarizationExample example = new SummarizationExample("p", null, List.of(), "Some input text.",
                List.of("Some input text."));

        LeadComparison.PaperComparison result = new LeadComparison().compare(example, List.of());

        assertThat(result.words()).isZero();
        assertThat(result.lead()).isEmpty();
        assertThat(result.summaryScores().rouge1().fmeasure()).isZero();
        assertThat(result.leadScores().rouge1().fmeasure()).isZero();
    }

    @Test
    void reportsAverageOverPapersTimesHundred() {
        SummarizationExample example = new SummarizationExample("p", null, List.of(), "a b c. d e f.",
                List.of("a b c"));
        LeadComparison comparison = new LeadComparison();
        List<LeadComparison.PaperComparison> papers = List.of(
                comparison.compare(example, List.of("a b c")),
                comparison.compare(example, List.of("x y z")));

        SummarizationReport system = LeadComparison.summaryReport(papers);
        SummarizationReport lead = LeadComparison.leadReport(papers);

        assertThat(system.rouge1()).isCloseTo(50.0, within(1e-9));
        assertThat(system.papers()).isEqualTo(2);
        assertThat(lead.rouge1()).isCloseTo(100.0, within(1e-9));
        assertThat(SummarizationReport.mean(List.of(scorer.score("a b", "a b"))).rougeL()).isCloseTo(100.0, within(1e-9));
    }
}
