package org.hebb.learn.gradient;

/**
 * The discrete-time current-based LIF neuron of a {@link LifLayer} (snnTorch's {@code Synaptic} model):
 * <pre>
 *   I[t] = α·I[t−1] + W·x[t] + R·s[t−1] + b      synaptic current, decay factor α
 *   m[t] = β·u[t−1] + I[t]                       membrane before the spike, decay factor β
 *   s[t] = H(m[t] − θ)                           spike (surrogate derivative on the way back)
 *   u[t] = m[t] − θ·s[t]   (reset by subtraction)   or   m[t]·(1 − s[t])   (reset to zero)
 * </pre>
 *
 * @param alpha     synaptic decay factor α = e^{−Δt/τ_syn}, in [0, 1]
 * @param beta      membrane decay factor β = e^{−Δt/τ_m}, in [0, 1]
 * @param threshold firing threshold θ, &gt; 0
 * @param reset     what a spike does to the membrane
 * @param surrogate the spike's surrogate derivative
 * @param smooth    emit {@code surrogate.primitive(m − θ)} instead of a 0/1 spike: the smooth stand-in whose exact
 *                  gradient BPTT computes (for gradient checks), never for training
 * @param initScale initial weights uniform in ±initScale/√fanIn
 */
public record LifParameters(double alpha, double beta, double threshold, Reset reset, Surrogate surrogate,
                            boolean smooth, double initScale) implements java.io.Serializable {

    /** What a spike does to the membrane. */
    public enum Reset { SUBTRACT, ZERO }

    public LifParameters {
        Network.requireFraction("alpha", alpha);
        Network.requireFraction("beta", beta);
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold: " + threshold + " is not allowed; must be finite and > 0");
        }
        if (!(initScale > 0) || Double.isInfinite(initScale)) {
            throw new IllegalArgumentException("initScale: " + initScale + " is not allowed; must be finite and > 0");
        }
    }

    /** α = 0.5, β = 0.9, θ = 1, reset by subtraction, atan surrogate, binary spikes, init scale 1. */
    public static LifParameters defaults() {
        return new LifParameters(0.5, 0.9, 1.0, Reset.SUBTRACT, Surrogate.of("atan"), false, 1.0);
    }

    public LifParameters withSurrogate(Surrogate s) {
        return new LifParameters(alpha, beta, threshold, reset, s, smooth, initScale);
    }

    public LifParameters withSmooth(boolean on) {
        return new LifParameters(alpha, beta, threshold, reset, surrogate, on, initScale);
    }

    public LifParameters withReset(Reset r) {
        return new LifParameters(alpha, beta, threshold, r, surrogate, smooth, initScale);
    }

    public LifParameters withDecay(double a, double b) {
        return new LifParameters(a, b, threshold, reset, surrogate, smooth, initScale);
    }

    public LifParameters withInitScale(double scale) {
        return new LifParameters(alpha, beta, threshold, reset, surrogate, smooth, scale);
    }
}
