package io.papyri.core.experiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StudentTTest {

    // Two-sided 95% critical values: the printed t tables (2.228, 2.042, 12.706) and, to more
    // digits, scipy 1.17.1 stats.t.ppf(0.975, df).
    @ParameterizedTest
    @CsvSource({
        "1,  12.706204736174694",
        "10, 2.228138851986274",
        "30, 2.0422724563012378",
        "6.322206, 2.4169986182755534"
    })
    void quantile975MatchesTables(double df, double expected) {
        assertThat(StudentT.quantile(0.975, df)).isCloseTo(expected, within(1e-9));
        assertThat(StudentT.quantile(0.025, df)).isCloseTo(-expected, within(1e-9));
    }

    @Test
    void tableValuesToThreeDecimals() {
        assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.228, within(0.0005));
        assertThat(StudentT.quantile(0.975, 30)).isCloseTo(2.042, within(0.0005));
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706, within(0.0005));
    }

    @Test
    void cdfMatchesReference() {
        // scipy 1.17.1: stats.t.cdf(1.5, 7.5) = 0.912759714706768 (non-integer df)
        assertThat(StudentT.cdf(1.5, 7.5)).isCloseTo(0.912759714706768, within(1e-12));
        // df = 1 is the Cauchy distribution: cdf(t) = 1/2 + atan(t)/pi
        assertThat(StudentT.cdf(2.0, 1)).isCloseTo(0.5 + Math.atan(2.0) / Math.PI, within(1e-13));
        assertThat(StudentT.cdf(0, 3)).isEqualTo(0.5);
        assertThat(StudentT.cdf(-1.5, 7.5)).isCloseTo(1 - 0.912759714706768, within(1e-12));
    }

    @Test
    void quantileInvertsCdf() {
        for (double df : new double[] {0.5, 1, 2.5, 4, 17.3, 120, 5000}) {
            for (double p : new double[] {0.001, 0.1, 0.5, 0.8, 0.975, 0.9999}) {
                assertThat(StudentT.cdf(StudentT.quantile(p, df), df)).isCloseTo(p, within(1e-10));
            }
        }
    }

    @Test
    void logGammaMatchesFactorials() {
        assertThat(StudentT.logGamma(1)).isCloseTo(0, within(1e-13));
        assertThat(StudentT.logGamma(6)).isCloseTo(Math.log(120), within(1e-12));
        assertThat(StudentT.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> StudentT.quantile(1, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly between 0 and 1");
        assertThatThrownBy(() -> StudentT.cdf(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("degrees of freedom");
    }
}
