package org.hebb.l2l;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/** Reference distributions and goodness-of-fit statistics for the statistical tests (independent of main code). */
public final class Distributions {
    private Distributions() {
    }

    /** Standard normal CDF via erf (Abramowitz &amp; Stegun 7.1.26, |error| < 1.5e-7). */
    public static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
                + t * 1.061405429)))) * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }

    /** The Kolmogorov–Smirnov statistic D of a sample against a continuous CDF. */
    public static double ks(double[] sample, DoubleUnaryOperator cdf) {
        double[] s = sample.clone();
        Arrays.sort(s);
        int n = s.length;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(s[i]);
            d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
        }
        return d;
    }

    /** KS critical value at significance 0.001 for large n (Smirnov: c(α) = √(−ln(α/2)/2) = 1.9495). */
    public static double ksCritical001(int n) {
        return 1.9495 / Math.sqrt(n);
    }

    /** Pearson's chi-square statistic of observed counts against expected probabilities. */
    public static double chiSquare(long[] observed, double[] p) {
        long n = Arrays.stream(observed).sum();
        double c = 0;
        for (int i = 0; i < observed.length; i++) {
            double e = n * p[i];
            c += (observed[i] - e) * (observed[i] - e) / e;
        }
        return c;
    }

    /** The chi-square quantile at 1 − 0.001 for {@code k} degrees of freedom (Wilson–Hilferty, z = 3.0902). */
    public static double chiSquareCritical001(int k) {
        double a = 2.0 / (9.0 * k);
        return k * Math.pow(1 - a + 3.0902 * Math.sqrt(a), 3);
    }
}
