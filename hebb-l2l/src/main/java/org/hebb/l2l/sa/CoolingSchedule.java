package org.hebb.l2l.sa;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * L2L's {@code AvailableCoolingSchedules}: the temperature after k = 1, 2, … steps of an n-step run from T₀ towards
 * T_n (additive schedules; formulas as collected by Nourani &amp; Andresen 1998 and the L2L docs).
 */
public enum CoolingSchedule {
    /** {@code T_k = T_{k−1}·temp_decay}. */
    DEFAULT,
    /** {@code T_k = T₀/(1 + ln(1 + k))}. */
    LOGARITHMIC,
    /** {@code T_k = T₀·0.85^k}. */
    EXPONENTIAL,
    /** {@code T_k = T₀/(1 + k)}. */
    LINEAR_MULTIPLICATIVE,
    /** {@code T_k = T₀/(1 + k²)}. */
    QUADRATIC_MULTIPLICATIVE,
    /** {@code T_k = T_n + (T₀ − T_n)(n − k)/n}. */
    LINEAR_ADDITIVE,
    /** {@code T_k = T_n + (T₀ − T_n)((n − k)/n)²}. */
    QUADRATIC_ADDITIVE,
    /** {@code T_k = T_n + (T₀ − T_n)/(1 + exp(2 ln(T₀ − T_n)/n·(k − n/2)))}. */
    EXPONENTIAL_ADDITIVE,
    /** {@code T_k = T_n + (T₀ − T_n)(1 + cos(kπ/n))/2}. */
    TRIGONOMETRIC_ADDITIVE;

    /** The names a config uses, e.g. {@code quadratic_additive}. */
    public static final List<String> NAMES = Arrays.stream(values()).map(CoolingSchedule::configName).toList();

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CoolingSchedule named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The temperature after step {@code k} (>= 1) of {@code n}, given the previous one {@code previous}. */
    public double temperature(double previous, int k, int n, double t0, double tn, double decay) {
        double kk = Math.min(k, n);
        return switch (this) {
            case DEFAULT -> previous * decay;
            case LOGARITHMIC -> t0 / (1 + Math.log(1 + k));
            case EXPONENTIAL -> t0 * Math.pow(0.85, k);
            case LINEAR_MULTIPLICATIVE -> t0 / (1.0 + k);
            case QUADRATIC_MULTIPLICATIVE -> t0 / (1.0 + (double) k * k);
            case LINEAR_ADDITIVE -> tn + (t0 - tn) * (n - kk) / n;
            case QUADRATIC_ADDITIVE -> tn + (t0 - tn) * Math.pow((n - kk) / n, 2);
            case EXPONENTIAL_ADDITIVE -> tn + (t0 - tn) / (1 + Math.exp(2 * Math.log(t0 - tn) / n * (kk - n / 2.0)));
            case TRIGONOMETRIC_ADDITIVE -> tn + (t0 - tn) * (1 + Math.cos(kk * Math.PI / n)) / 2;
        };
    }
}
