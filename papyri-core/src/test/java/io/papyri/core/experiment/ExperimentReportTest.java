package io.papyri.core.experiment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ExperimentReportTest {

    /** Rating probabilities of 1..5 for the simulated control: mean 3.60, variance 1.14. */
    private static final double[] CONTROL = {0.05, 0.10, 0.25, 0.40, 0.20};
    /** Rating probabilities of 1..5 for the simulated treatment: mean 3.91, variance 1.04. */
    private static final double[] TREATMENT = {0.03, 0.07, 0.18, 0.40, 0.32};

    @Test
    void meanAndConfidenceIntervalMatchHandComputation() {
        ExperimentReport report = ExperimentReport.of("hand", List.of(
                new VariantData("a", 10, List.of(1, 2, 3, 4, 5)),
                new VariantData("b", 20, List.of(3, 4, 5, 5, 5))));
        ExperimentReport.VariantSummary a = report.variants().get(0);
        // mean 3, s^2 = (4+1+0+1+4)/4 = 2.5; half width = t(0.975, 4) * sqrt(2.5/5)
        // = 2.7764451051977987 * 0.7071067811865476 = 1.9632431614775572 (scipy 1.17.1)
        assertThat(a.mean()).isEqualTo(3.0);
        assertThat(a.standardDeviation()).isCloseTo(Math.sqrt(2.5), within(1e-12));
        assertThat(a.ciLow()).isCloseTo(3 - 1.9632431614775572, within(1e-9));
        assertThat(a.ciHigh()).isCloseTo(3 + 1.9632431614775572, within(1e-9));
        assertThat(a.ratingRate()).isEqualTo(0.5);
        assertThat(report.variants().get(1).ratingRate()).isEqualTo(0.25);
    }

    @Test
    void welchTestMatchesHandComputationAndReference() {
        // A = {1,2,3,4,5}: mean 3.0, s^2 = 2.5;  B = {3,4,5,5,5}: mean 4.4, s^2 = 3.2/4 = 0.8.
        // By hand: se^2 = 2.5/5 + 0.8/5 = 0.66, t = 1.4 / sqrt(0.66) = 1.72328,
        // df = 0.66^2 / (0.5^2/4 + 0.16^2/4) = 0.4356 / 0.0689 = 6.32221.
        // Reference, scipy 1.17.1 stats.ttest_ind(B, A, equal_var=False):
        // statistic 1.7232808737106586, pvalue 0.13308030605969629, df 6.322206095791,
        // confidence_interval(0.95) = (-0.5635789530974502, 3.363578953097451).
        ExperimentReport report = ExperimentReport.of("hand", List.of(
                new VariantData("a", 5, List.of(1, 2, 3, 4, 5)),
                new VariantData("b", 5, List.of(3, 4, 5, 5, 5))));
        ExperimentReport.Comparison c = report.comparisons().get(0);
        assertThat(c.control()).isEqualTo("a");
        assertThat(c.treatment()).isEqualTo("b");
        assertThat(c.difference()).isCloseTo(1.4, within(1e-12));
        assertThat(c.t()).isCloseTo(1.7232808737106586, within(1e-12));
        assertThat(c.degreesOfFreedom()).isCloseTo(6.322206095791, within(1e-9));
        assertThat(c.pValue()).isCloseTo(0.13308030605969629, within(1e-9));
        assertThat(c.ciLow()).isCloseTo(-0.5635789530974502, within(1e-8));
        assertThat(c.ciHigh()).isCloseTo(3.363578953097451, within(1e-8));
        assertThat(c.significant()).isFalse();
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("too few ratings to decide: a has 5, b has 5"));
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("no significant difference at 5%: b vs a"));
    }

    @Test
    void constantRatingsGiveAnExactDifference() {
        ExperimentReport report = ExperimentReport.of("const", List.of(
                new VariantData("a", 40, List.of(4, 4, 4)),
                new VariantData("b", 40, List.of(4, 4, 4))));
        assertThat(report.comparisons().get(0).pValue()).isEqualTo(1.0);
    }

    @Test
    void fewerThanTwoRatingsLeaveTheTestUndefined() {
        ExperimentReport report = ExperimentReport.of("empty", List.of(
                new VariantData("a", 0, List.of()),
                new VariantData("b", 3, List.of(5))));
        ExperimentReport.VariantSummary a = report.variants().get(0);
        assertThat(a.mean()).isNaN();
        assertThat(a.ratingRate()).isNaN();
        assertThat(report.comparisons().get(0).pValue()).isNaN();
        assertThat(report.warnings()).hasSize(2);
        assertThat(report.toText()).contains("n/a");
    }

    @Test
    void rejectsInvalidData() {
        assertThatThrownBy(() -> new VariantData("a", 5, List.of(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rating 0 is outside 1..5");
        assertThatThrownBy(() -> new VariantData("a", 1, List.of(3, 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 ratings but only 1 exposures");
        assertThatThrownBy(() -> ExperimentReport.of("x", List.of(new VariantData("a", 1, List.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two variants");
        assertThatThrownBy(() -> ExperimentReport.of("x", List.of(
                new VariantData("a", 1, List.of()), new VariantData("a", 1, List.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
    }

    /**
     * Simulated experiment: 400 exposures per variant, each rated with probability 0.4; ratings
     * drawn from {@link #CONTROL} (mean 3.60) and {@link #TREATMENT} (mean 3.91), java.util.Random
     * seeded with 20261126.
     */
    @Test
    void simulatedExperimentFindsTheBetterVariant() {
        Random random = new Random(20261126L);
        ExperimentReport report = ExperimentReport.of("summary-style", List.of(
                simulate("a-extractive", 400, 0.4, CONTROL, random),
                simulate("b-abstractive", 400, 0.4, TREATMENT, random)));
        System.out.println(report.toText());
        ExperimentReport.Comparison c = report.comparisons().get(0);
        assertThat(c.difference()).isPositive();
        assertThat(c.pValue()).isLessThan(0.05);
        assertThat(c.significant()).isTrue();
        assertThat(c.ciLow()).isPositive();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.variants()).allSatisfy(s -> assertThat(s.ratingRate()).isCloseTo(0.4, within(0.06)));
    }

    @Test
    void simulatedSmallExperimentWarnsItIsTooSmall() {
        Random random = new Random(20261126L);
        ExperimentReport report = ExperimentReport.of("summary-style", List.of(
                new VariantData("a-extractive", 25, draw(10, CONTROL, random)),
                new VariantData("b-abstractive", 25, draw(10, TREATMENT, random))));
        System.out.println(report.toText());
        assertThat(report.warnings()).first().asString()
                .isEqualTo("too few ratings to decide: a-extractive has 10, b-abstractive has 10"
                        + " (at least 30 per variant are needed)");
        assertThat(report.toText()).contains("too few ratings to decide");
    }

    private static VariantData simulate(String name, int exposures, double rate, double[] dist, Random random) {
        List<Integer> ratings = new ArrayList<>();
        for (int i = 0; i < exposures; i++) {
            if (random.nextDouble() < rate) {
                ratings.add(rating(dist, random));
            }
        }
        return new VariantData(name, exposures, ratings);
    }

    private static List<Integer> draw(int n, double[] dist, Random random) {
        List<Integer> ratings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ratings.add(rating(dist, random));
        }
        return ratings;
    }

    private static int rating(double[] dist, Random random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int r = 0; r < dist.length; r++) {
            cumulative += dist[r];
            if (u < cumulative) {
                return r + 1;
            }
        }
        return dist.length;
    }
}
