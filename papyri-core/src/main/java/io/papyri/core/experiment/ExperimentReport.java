package io.papyri.core.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The statistical report of an A/B experiment: per variant its exposures, ratings, mean rating
 * with a 95% confidence interval and rating rate, and each variant compared with the first (the
 * control) by Welch's two-sample t-test.
 *
 * <p><b>Formulas.</b> For a variant with {@code n} ratings, mean {@code m} and sample standard
 * deviation {@code s} (divisor {@code n - 1}), the 95% confidence interval of the mean is
 * {@code m ± t(0.975, n - 1) · s / √n}. Comparing treatment {@code B} with control {@code A}, the
 * difference is {@code d = m_B - m_A}, its standard error {@code se = √(s_A²/n_A + s_B²/n_B)}, the
 * statistic {@code t = d / se} with the Welch–Satterthwaite degrees of freedom
 * {@code ν = se⁴ / ((s_A²/n_A)²/(n_A - 1) + (s_B²/n_B)²/(n_B - 1))}, the two-sided p-value
 * {@code P(|T_ν| >= |t|)}, and the 95% confidence interval of the difference
 * {@code d ± t(0.975, ν) · se}. The quantiles and p-values come from {@link StudentT}.
 *
 * <p><b>Why Welch's t-test.</b> The variants of an experiment rarely get the same number of
 * ratings (weights differ, and users rate some outputs more often than others) and there is no
 * reason their ratings should spread equally, so Student's pooled-variance test, which assumes
 * equal variances, can be badly off exactly when the sizes are unequal; Welch's test does not make
 * that assumption and loses almost nothing when the variances happen to be equal. Ratings from 1
 * to 5 are discrete and bounded, not normal, but they have finite variance, so by the central
 * limit theorem their means are close to normal at moderate sample sizes (a few dozen ratings);
 * the t-test on means is then robust, and it answers the question asked (is the mean rating
 * different?) directly. Below {@value #MIN_RATINGS} ratings per variant the report warns that the
 * sample is too small to decide.
 *
 * @param experiment  the experiment's name
 * @param variants    the per-variant summaries, control first
 * @param comparisons each other variant compared with the control, in variant order
 * @param warnings    reasons the report does not support a decision; empty when it does
 */
public record ExperimentReport(String experiment, List<VariantSummary> variants,
                               List<Comparison> comparisons, List<String> warnings) {

    /** The fewest ratings per variant the report considers enough to decide. */
    public static final int MIN_RATINGS = 30;

    /** The significance level of the tests, and one minus the confidence of the intervals. */
    public static final double ALPHA = 0.05;

    /**
     * Copies the components.
     *
     * @param experiment the experiment's name
     * @param variants the per-variant summaries
     * @param comparisons the comparisons with the control
     * @param warnings the warnings
     * @throws NullPointerException if a component is null
     */
    public ExperimentReport {
        Objects.requireNonNull(experiment, "experiment");
        variants = List.copyOf(variants);
        comparisons = List.copyOf(comparisons);
        warnings = List.copyOf(warnings);
    }

    /**
     * One variant's figures.
     *
     * @param variant           the variant's name
     * @param exposures         how many times it was shown
     * @param ratings           how many ratings it received
     * @param mean              the mean rating; NaN without ratings
     * @param standardDeviation the sample standard deviation of the ratings; NaN with fewer than two
     * @param ciLow             the lower end of the 95% confidence interval of the mean; NaN with fewer than two ratings
     * @param ciHigh            the upper end of that interval; NaN with fewer than two ratings
     * @param ratingRate        ratings per exposure; NaN without exposures
     */
    public record VariantSummary(String variant, long exposures, int ratings, double mean,
                                 double standardDeviation, double ciLow, double ciHigh, double ratingRate) {
    }

    /**
     * A variant compared with the control by Welch's t-test.
     *
     * @param control          the control variant's name
     * @param treatment        the compared variant's name
     * @param difference       the treatment's mean minus the control's
     * @param ciLow            the lower end of the 95% confidence interval of the difference
     * @param ciHigh           the upper end of that interval
     * @param t                the Welch t statistic
     * @param degreesOfFreedom the Welch–Satterthwaite degrees of freedom
     * @param pValue           the two-sided p-value; NaN when a variant has fewer than two ratings
     */
    public record Comparison(String control, String treatment, double difference, double ciLow,
                             double ciHigh, double t, double degreesOfFreedom, double pValue) {

        /**
         * Whether the difference is significant at the 5% level.
         *
         * @return {@code true} if the p-value is below {@link ExperimentReport#ALPHA}
         */
        public boolean significant() {
            return pValue < ALPHA;
        }
    }

    /**
     * Computes the report.
     *
     * @param experiment the experiment's name
     * @param data       each variant's observations, at least two, unique names; the first is the control
     * @return the report
     * @throws IllegalArgumentException if there are fewer than two variants or two share a name
     */
    public static ExperimentReport of(String experiment, List<VariantData> data) {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(data, "data");
        if (data.size() < 2) {
            throw new IllegalArgumentException("a report compares at least two variants, got " + data.size());
        }
        Set<String> names = new HashSet<>();
        for (VariantData d : data) {
            if (!names.add(d.variant())) {
                throw new IllegalArgumentException("variant '" + d.variant() + "' appears twice");
            }
        }
        List<VariantSummary> summaries = new ArrayList<>();
        for (VariantData d : data) {
            summaries.add(summarize(d));
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 1; i < summaries.size(); i++) {
            comparisons.add(welch(summaries.get(0), summaries.get(i)));
        }
        List<String> warnings = new ArrayList<>();
        List<String> small = new ArrayList<>();
        for (VariantSummary s : summaries) {
            if (s.ratings() < MIN_RATINGS) {
                small.add(s.variant() + " has " + s.ratings());
            }
        }
        if (!small.isEmpty()) {
            warnings.add("too few ratings to decide: " + String.join(", ", small)
                    + " (at least " + MIN_RATINGS + " per variant are needed)");
        }
        for (Comparison c : comparisons) {
            if (!c.significant()) {
                warnings.add("no significant difference at 5%: " + c.treatment() + " vs " + c.control()
                        + " p = " + number(c.pValue(), "%.4f"));
            }
        }
        return new ExperimentReport(experiment, summaries, comparisons, warnings);
    }

    private static VariantSummary summarize(VariantData d) {
        int n = d.ratings().size();
        double mean = Double.NaN;
        double sd = Double.NaN;
        double low = Double.NaN;
        double high = Double.NaN;
        if (n > 0) {
            double sum = 0;
            for (int r : d.ratings()) {
                sum += r;
            }
            mean = sum / n;
        }
        if (n > 1) {
            double squares = 0;
            for (int r : d.ratings()) {
                squares += (r - mean) * (r - mean);
            }
            sd = Math.sqrt(squares / (n - 1));
            double half = StudentT.quantile(1 - ALPHA / 2, n - 1) * sd / Math.sqrt(n);
            low = mean - half;
            high = mean + half;
        }
        double rate = d.exposures() == 0 ? Double.NaN : (double) n / d.exposures();
        return new VariantSummary(d.variant(), d.exposures(), n, mean, sd, low, high, rate);
    }

    private static Comparison welch(VariantSummary a, VariantSummary b) {
        double difference = b.mean() - a.mean();
        if (a.ratings() < 2 || b.ratings() < 2) {
            return new Comparison(a.variant(), b.variant(), difference, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN);
        }
        double va = a.standardDeviation() * a.standardDeviation() / a.ratings();
        double vb = b.standardDeviation() * b.standardDeviation() / b.ratings();
        double se2 = va + vb;
        if (se2 == 0) {
            // both variants rated constantly: the difference is exact
            double t = difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
            return new Comparison(a.variant(), b.variant(), difference, difference, difference, t,
                    a.ratings() + b.ratings() - 2, difference == 0 ? 1 : 0);
        }
        double se = Math.sqrt(se2);
        double t = difference / se;
        double df = se2 * se2 / (va * va / (a.ratings() - 1) + vb * vb / (b.ratings() - 1));
        double half = StudentT.quantile(1 - ALPHA / 2, df) * se;
        return new Comparison(a.variant(), b.variant(), difference, difference - half, difference + half,
                t, df, StudentT.twoSidedP(t, df));
    }

    /**
     * Renders the report as a plain-text table, followed by its warnings.
     *
     * @return the report as text
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Experiment ").append(experiment)
                .append(" (control: ").append(variants.get(0).variant())
                .append("; Welch's t-test, two-sided; 95% confidence intervals)\n\n");
        out.append(String.format(Locale.ROOT, "%-20s %10s %8s %7s %6s  %s%n",
                "variant", "exposures", "ratings", "rate", "mean", "95% CI of mean"));
        for (VariantSummary s : variants) {
            out.append(String.format(Locale.ROOT, "%-20s %10d %8d %7s %6s  %s%n",
                    s.variant(), s.exposures(), s.ratings(), percent(s.ratingRate()),
                    number(s.mean(), "%.3f"), interval(s.ciLow(), s.ciHigh())));
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-28s %10s  %-18s %7s %8s %8s%n",
                "comparison", "difference", "95% CI", "t", "df", "p"));
        for (Comparison c : comparisons) {
            out.append(String.format(Locale.ROOT, "%-28s %10s  %-18s %7s %8s %8s%n",
                    c.treatment() + " - " + c.control(), number(c.difference(), "%+.3f"),
                    interval(c.ciLow(), c.ciHigh()), number(c.t(), "%.3f"),
                    number(c.degreesOfFreedom(), "%.1f"), number(c.pValue(), "%.4f")));
        }
        if (warnings.isEmpty()) {
            out.append("\nno warnings\n");
        } else {
            out.append("\nwarnings:\n");
            for (String w : warnings) {
                out.append("  - ").append(w).append('\n');
            }
        }
        return out.toString();
    }

    private static String number(double v, String format) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, format, v);
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static String interval(double low, double high) {
        return Double.isNaN(low) ? "n/a"
                : String.format(Locale.ROOT, "[%.3f, %.3f]", low, high);
    }
}
