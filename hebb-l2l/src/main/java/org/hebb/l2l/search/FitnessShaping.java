package org.hebb.l2l.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How evolution strategies turn a generation's scores (higher is better) into weights for the update. */
public enum FitnessShaping {
    /** Centered ranks in [−0.5, 0.5]: rank r (0 = worst) becomes r/(n−1) − 0.5 (Salimans et al. 2017, §2.2). */
    CENTERED_RANKS,
    /**
     * Wierstra et al. 2014 (JMLR 15, eq. in §3.1): the k-th best (k = 1..n) gets
     * {@code max(0, ln(n/2+1) − ln k) / Σ_l max(0, ln(n/2+1) − ln l) − 1/n} (L2L's NES and ES).
     */
    UTILITIES,
    /**
     * The raw scores, as L2L does with {@code fitness_shaping_enabled = false}; a non-finite score (a failed
     * evaluation) counts as the generation's lowest finite one (0 if none is finite).
     */
    NONE;

    /** The names a config uses: {@code centered_ranks}, {@code utilities}, {@code none}. */
    public static final List<String> NAMES = Arrays.stream(values()).map(FitnessShaping::configName).toList();

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FitnessShaping named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The shaped value of each score (same order); ties are broken by index (lower index ranks better). */
    public double[] shape(double[] scores) {
        int n = scores.length;
        if (this == NONE) {
            double low = Double.POSITIVE_INFINITY;
            for (double s : scores) {
                low = Double.isFinite(s) ? Math.min(low, s) : low;
            }
            double[] out = scores.clone();
            for (int i = 0; i < n; i++) {
                out[i] = Double.isFinite(out[i]) ? out[i] : Double.isFinite(low) ? low : 0;
            }
            return out;
        }
        int[] best = Ranking.descending(scores);
        double[] out = new double[n];
        if (this == CENTERED_RANKS) {
            for (int k = 0; k < n; k++) { // best[k] has rank n−1−k counted from the worst
                out[best[k]] = n == 1 ? 0 : (double) (n - 1 - k) / (n - 1) - 0.5;
            }
            return out;
        }
        double[] u = new double[n];
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            u[k - 1] = Math.max(0, Math.log(n / 2.0 + 1) - Math.log(k));
            sum += u[k - 1];
        }
        for (int k = 0; k < n; k++) {
            out[best[k]] = u[k] / sum - 1.0 / n;
        }
        return out;
    }
}
