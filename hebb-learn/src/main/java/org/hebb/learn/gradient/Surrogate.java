package org.hebb.learn.gradient;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A surrogate derivative of the spike: the forward pass emits {@code H(x)} (Heaviside of {@code x = U − θ}), the
 * backward pass uses {@link #derivative(double)} in place of the Dirac delta that the true derivative would be.
 *
 * <p>Each surrogate also has a {@link #primitive(double)}: a smooth step whose derivative is exactly the surrogate.
 * A network run with the primitive as its spike ("smooth stand-in") is a plain differentiable function, so its BPTT
 * gradient can be checked against finite differences (issue 11's truth).
 *
 * <p>Names (with the parameter's default; {@code name:value} sets it, e.g. {@code h1:0.5}, {@code atan:3}):
 * <ul>
 *   <li>{@code h1} (a₁ = 1), {@code h2} (a₂ = 4), {@code h3} (a₃ = 0.25), {@code h4} (a₄ = 1/2π): Wu et al. 2018,
 *       STBP, eq. 4–7 (rectangular, polynomial, sigmoid derivative, Gaussian); each default puts the peak at 1.</li>
 *   <li>{@code atan} (α = 2): snnTorch's default {@code surrogate.atan}, Fang et al. 2021.</li>
 *   <li>{@code fast-sigmoid} (k = 25): snnTorch's {@code surrogate.fast_sigmoid}, Zenke &amp; Ganguli 2018;
 *       {@code superspike} (k = 100): the same curve with SpyTorch's SuperSpike slope.</li>
 * </ul>
 *
 * @param kind      which curve
 * @param parameter its width/steepness parameter (a₁…a₄, α or k), &gt; 0
 */
public record Surrogate(Kind kind, double parameter) implements java.io.Serializable {

    /** The named curves; {@link #defaultParameter} is used when a name carries no {@code :value}. */
    public enum Kind {
        H1("h1", 1.0), H2("h2", 4.0), H3("h3", 0.25), H4("h4", 1.0 / (2.0 * Math.PI)),
        ATAN("atan", 2.0), FAST_SIGMOID("fast-sigmoid", 25.0), SUPERSPIKE("superspike", 100.0);

        private final String label;
        private final double defaultParameter;

        Kind(String label, double defaultParameter) {
            this.label = label;
            this.defaultParameter = defaultParameter;
        }

        /** The name used in configs. */
        public String label() {
            return label;
        }

        /** The parameter used when none is given. */
        public double defaultParameter() {
            return defaultParameter;
        }
    }

    private static final double SQRT_PI = Math.sqrt(Math.PI);

    public Surrogate {
        if (!(parameter > 0) || Double.isInfinite(parameter)) {
            throw new IllegalArgumentException("surrogate parameter: " + parameter + " is not allowed; must be a finite"
                    + " number > 0");
        }
    }

    /** The named surrogate, e.g. {@code "atan"}, {@code "h4:0.3"}; an unknown name is refused with the list. */
    public static Surrogate of(String spec) {
        String name = spec.strip();
        String value = null;
        int colon = name.indexOf(':');
        if (colon >= 0) {
            value = name.substring(colon + 1).strip();
            name = name.substring(0, colon).strip();
        }
        for (Kind k : Kind.values()) {
            if (k.label.equals(name)) {
                if (value == null) {
                    return new Surrogate(k, k.defaultParameter);
                }
                try {
                    return new Surrogate(k, Double.parseDouble(value));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("surrogate parameter: '" + value + "' is not allowed; must be a"
                            + " number > 0");
                }
            }
        }
        throw new IllegalArgumentException("surrogate: '" + spec + "' is not allowed; must be one of " + names());
    }

    /** The known names, comma-separated. */
    public static String names() {
        return Arrays.stream(Kind.values()).map(Kind::label).collect(Collectors.joining(", "));
    }

    /** {@code name:parameter}, readable back by {@link #of(String)}. */
    public String spec() {
        return kind.label + ":" + parameter;
    }

    /** The surrogate derivative at {@code x = U − θ}. */
    public double derivative(double x) {
        double a = parameter;
        return switch (kind) {
            // Wu et al. 2018 eq. 4: (1/a₁)·[|u − Vth| < a₁/2]
            case H1 -> Math.abs(x) < 0.5 * a ? 1.0 / a : 0.0;
            // eq. 5: (√a₂/2 − a₂/4·|u − Vth|)·[|u − Vth| < 2/√a₂]
            case H2 -> {
                double ax = Math.abs(x);
                yield ax < 2.0 / Math.sqrt(a) ? 0.5 * Math.sqrt(a) - 0.25 * a * ax : 0.0;
            }
            // eq. 6: (1/a₃)·e^{(Vth−u)/a₃} / (1 + e^{(Vth−u)/a₃})², written with e^{−|x|/a} so it never overflows
            case H3 -> {
                double e = Math.exp(-Math.abs(x) / a);
                yield e / (a * (1.0 + e) * (1.0 + e));
            }
            // eq. 7: e^{−(u−Vth)²/(2a₄)} / √(2π a₄)
            case H4 -> Math.exp(-x * x / (2.0 * a)) / Math.sqrt(2.0 * Math.PI * a);
            // snnTorch atan: (α/2) / (1 + (π α x / 2)²)
            case ATAN -> {
                double z = 0.5 * Math.PI * a * x;
                yield 0.5 * a / (1.0 + z * z);
            }
            // snnTorch fast_sigmoid / SuperSpike: 1 / (1 + k|x|)²
            case FAST_SIGMOID, SUPERSPIKE -> {
                double d = 1.0 + a * Math.abs(x);
                yield 1.0 / (d * d);
            }
        };
    }

    /** A smooth step with {@code primitive'(x) = derivative(x)} and {@code primitive(0) = 1/2}. */
    public double primitive(double x) {
        double a = parameter;
        return switch (kind) {
            case H1 -> Math.min(1.0, Math.max(0.0, x / a + 0.5));
            case H2 -> {
                double w = 2.0 / Math.sqrt(a);
                if (x <= -w) {
                    yield 0.0;
                }
                yield x >= w ? 1.0 : 0.5 + 0.5 * Math.sqrt(a) * x - 0.125 * a * x * Math.abs(x);
            }
            case H3 -> x >= 0 ? 1.0 / (1.0 + Math.exp(-x / a)) : Math.exp(x / a) / (1.0 + Math.exp(x / a));
            case H4 -> 0.5 * (1.0 + erf(x / Math.sqrt(2.0 * a)));
            case ATAN -> 0.5 + Math.atan(0.5 * Math.PI * a * x) / Math.PI;
            case FAST_SIGMOID, SUPERSPIKE -> 0.5 + x / (1.0 + a * Math.abs(x));
        };
    }

    /**
     * The error function by the all-positive series erf(x) = 2/√π·e^{−x²}·Σ 2ⁿx^{2n+1}/(1·3·…·(2n+1))
     * (Abramowitz &amp; Stegun 7.1.6): no cancellation, so it keeps double precision; |x| ≥ 6 gives ±1 exactly.
     */
    static double erf(double x) {
        double ax = Math.abs(x);
        if (ax >= 6.0) {
            return Math.signum(x);
        }
        double term = ax;
        double sum = ax;
        double x2 = ax * ax;
        for (int n = 1; n < 500 && term > 1e-17 * sum; n++) {
            term *= 2.0 * x2 / (2 * n + 1);
            sum += term;
        }
        return Math.copySign(2.0 / SQRT_PI * Math.exp(-x2) * sum, x);
    }
}
