package io.papyri.core.eval;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SummarizationReportTest {

    private static final Offset<Double> EPS = Offset.offset(1e-9);

    @Test
    void averagesBestReferenceScoresOverPapers() {
        // paper 1: "the cat sat on the mat" vs "the cat was on the mat": R1 5/6, R2 3/5, RL 5/6
        // paper 2: "dog runs fast" vs {"unrelated words", "dog runs fast"}: the second reference is exact -> 1, 1, 1
        // paper 3: no shared token -> 0, 0, 0
        SummarizationReport report = SummarizationReport.score(
                List.of("The cat sat on the mat.", "dog runs fast", "alpha beta"),
                List.of(List.of("The cat was on the mat."),
                        List.of("unrelated words", "dog runs fast"),
                        List.of("gamma delta")));

        assertThat(report.papers()).isEqualTo(3);
        assertThat(report.rouge1()).isCloseTo(100 * (5.0 / 6 + 1 + 0) / 3, EPS);
        assertThat(report.rouge2()).isCloseTo(100 * (3.0 / 5 + 1 + 0) / 3, EPS);
        assertThat(report.rougeL()).isCloseTo(100 * (5.0 / 6 + 1 + 0) / 3, EPS);
        assertThat(report.toTableLine("lead"))
                .isEqualTo("lead                     | R1  61.11 | R2  53.33 | RL  61.11 | n=3");
    }

    @Test
    void rejectsMismatchedOrEmptyInput() {
        assertThatThrownBy(() -> SummarizationReport.score(List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SummarizationReport.score(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
