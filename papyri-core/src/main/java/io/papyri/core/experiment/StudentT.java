package io.papyri.core.experiment;

/**
 * Student's t distribution: its cumulative distribution function and quantile function, for any
 * positive (also non-integer) degrees of freedom, as the Welch–Satterthwaite approximation needs.
 *
 * <p>The CDF uses the identity {@code P(|T| > t) = I_x(df/2, 1/2)} with {@code x = df / (df + t²)},
 * where {@code I} is the regularized incomplete beta function, evaluated by its continued fraction
 * (Abramowitz &amp; Stegun 26.5.8) with the modified Lentz method and the log-gamma function by the
 * Lanczos approximation ({@code g = 7}, nine coefficients). The quantile inverts the CDF by bisection
 * to about 1e-12 relative precision.
 */
public final class StudentT {

    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7
    };

    private StudentT() {
    }

    /**
     * The cumulative distribution function {@code P(T <= t)}.
     *
     * @param t  the value
     * @param df the degrees of freedom, positive and finite
     * @return the probability that a t-distributed variable is at most {@code t}
     * @throws IllegalArgumentException if {@code df} is not positive and finite or {@code t} is NaN
     */
    public static double cdf(double t, double df) {
        checkDf(df);
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("t must not be NaN");
        }
        if (t == 0) {
            return 0.5;
        }
        double tail = 0.5 * twoSidedP(t, df);
        return t > 0 ? 1 - tail : tail;
    }

    /**
     * The two-sided tail probability {@code P(|T| >= |t|)}, computed directly (not as {@code 1 - cdf})
     * so that small p-values keep their precision.
     *
     * @param t  the test statistic
     * @param df the degrees of freedom, positive and finite
     * @return the two-sided p-value of {@code t}
     * @throws IllegalArgumentException if {@code df} is not positive and finite or {@code t} is NaN
     */
    public static double twoSidedP(double t, double df) {
        checkDf(df);
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("t must not be NaN");
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        double x = df / (df + t * t);
        return regularizedIncompleteBeta(x, df / 2, 0.5);
    }

    /**
     * The quantile function: the {@code t} with {@code P(T <= t) = p}.
     *
     * @param p  the probability, strictly between 0 and 1
     * @param df the degrees of freedom, positive and finite
     * @return the {@code p}-quantile; e.g. {@code quantile(0.975, 10)} is about 2.228
     * @throws IllegalArgumentException if {@code p} is not in {@code (0, 1)} or {@code df} is not
     *                                  positive and finite
     */
    public static double quantile(double p, double df) {
        checkDf(df);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be strictly between 0 and 1, was " + p);
        }
        if (p == 0.5) {
            return 0;
        }
        if (p < 0.5) {
            return -quantile(1 - p, df);
        }
        double lo = 0;
        double hi = 1;
        while (cdf(hi, df) < p) {
            lo = hi;
            hi *= 2;
            if (hi > 1e300) {
                return Double.POSITIVE_INFINITY;
            }
        }
        for (int i = 0; i < 2000 && hi - lo > 1e-12 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (cdf(mid, df) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * The regularized incomplete beta function {@code I_x(a, b)}.
     *
     * @param x the upper limit of integration, in {@code [0, 1]}
     * @param a the first shape parameter, positive
     * @param b the second shape parameter, positive
     * @return {@code I_x(a, b)}, in {@code [0, 1]}
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double regularizedIncompleteBeta(double x, double a, double b) {
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException("x must be in [0, 1], was " + x);
        }
        if (!(a > 0) || !(b > 0) || Double.isInfinite(a) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("a and b must be positive and finite, were " + a + ", " + b);
        }
        if (x == 0 || x == 1) {
            return x;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        double front = Math.exp(logFront);
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    /**
     * The natural logarithm of the gamma function, by the Lanczos approximation.
     *
     * @param x a positive number
     * @return {@code ln Γ(x)}, accurate to about 1e-14 relative
     * @throws IllegalArgumentException if {@code x} is not positive
     */
    public static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("x must be positive, was " + x);
        }
        if (x < 0.5) {
            // reflection: Γ(x) Γ(1 - x) = π / sin(πx)
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** The continued fraction of I_x(a, b) (A&S 26.5.8), by the modified Lentz method. */
    private static double continuedFraction(double x, double a, double b) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                return h;
            }
        }
        return h;
    }

    private static double nonZero(double v) {
        return Math.abs(v) < TINY ? TINY : v;
    }

    private static void checkDf(double df) {
        if (!(df > 0) || Double.isInfinite(df)) {
            throw new IllegalArgumentException("degrees of freedom must be positive and finite, were " + df);
        }
    }
}
