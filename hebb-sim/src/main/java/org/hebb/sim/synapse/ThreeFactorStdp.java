package org.hebb.sim.synapse;

/**
 * The generic three-factor rule of the report's eq. 2-3 (after Bing et al.):
 * {@code Delta w_ij = eta * r_ij * STDP_ij * g_ij}, applied once per time window. {@code STDP_ij} is the sum
 * of the {@link EligibilityTrace} terms {@code zeta} over the window; {@code r_ij} the signed reward of the
 * synapse, given either per synapse or per output neuron (Bing et al.'s antagonistic scheme: one output
 * gets {@code +r}, its opponent {@code -r}); {@code g_ij = g(w, STDP)} a further factor (default 1, or the
 * soft bound {@link #SOFT_BOUND}). Weights are clipped to [Wmin, Wmax].
 *
 * <pre>{@code
 * ThreeFactorStdp rule = new ThreeFactorStdp(params, ThreeFactorStdp.NO_GATE, w0);
 * for (...) rule.step(1.0, pre, post);                   // accumulate STDP over the window
 * rule.applyRewardPerOutput(outputOfSynapse, new double[] {+r, -r});   // end of window
 * }</pre>
 */
public final class ThreeFactorStdp {

    /** The factor g_ij(t) of eq. 3. */
    @FunctionalInterface
    public interface Gate {
        /** @return g for a synapse with weight {@code w} whose signed change would be {@code sign} */
        double g(double w, double sign, Params p);
    }

    /** g = 1. */
    public static final Gate NO_GATE = (w, s, p) -> 1.0;
    /** Soft bounds: g = (Wmax - w) / (Wmax - Wmin) for increases, (w - Wmin) / (Wmax - Wmin) for decreases. */
    public static final Gate SOFT_BOUND = (w, s, p) -> p.wmax() == p.wmin() ? 0.0
            : (s > 0 ? p.wmax() - w : w - p.wmin()) / (p.wmax() - p.wmin());

    /**
     * @param eta learning rate (&gt;= 0)
     * @param aPlus potentiation amplitude (&gt;= 0)
     * @param aMinus depression amplitude, magnitude (&gt;= 0)
     * @param tauPlus ms (&gt; 0)
     * @param tauMinus ms (&gt; 0)
     * @param wmin lower bound
     * @param wmax upper bound
     */
    public record Params(double eta, double aPlus, double aMinus, double tauPlus, double tauMinus, double wmin, double wmax) {

        /** Validates every field (one line each). */
        public Params {
            Check.nonNegative("eta", eta);
            Check.nonNegative("A_plus", aPlus);
            Check.nonNegative("A_minus", aMinus);
            Check.positive("tau_plus", tauPlus);
            Check.positive("tau_minus", tauMinus);
            Check.bounds(wmin, wmax);
        }
    }

    private final Params p;
    private final Gate gate;
    private final EligibilityTrace traces;
    private final double[] zeta;
    /** STDP_ij accumulated over the current window. */
    private final double[] window;
    private final double[] w;

    /**
     * @param p parameters
     * @param gate the factor g
     * @param w0 initial weights in [Wmin, Wmax] (copied)
     */
    public ThreeFactorStdp(Params p, Gate gate, double[] w0) {
        for (double x : w0) {
            Check.weight(x, p.wmin(), p.wmax());
        }
        this.p = p;
        this.gate = gate;
        this.traces = new EligibilityTrace(w0.length, p.aPlus(), p.aMinus(), p.tauPlus(), p.tauMinus());
        this.zeta = new double[w0.length];
        this.window = new double[w0.length];
        this.w = w0.clone();
    }

    /** Accumulates one step's STDP terms (spike counts per synapse). */
    public void step(double dt, int[] pre, int[] post) {
        traces.step(dt, pre, post, zeta);
        for (int k = 0; k < w.length; k++) {
            window[k] += zeta[k];
        }
    }

    /**
     * Ends the window with one reward per synapse: eq. 3, clip, and a new window.
     *
     * @param reward r_ij per synapse (signed)
     * @return the weight changes actually applied (after clipping)
     */
    public double[] applyReward(double[] reward) {
        if (reward.length != w.length) {
            throw Check.invalid("reward", "array of length " + reward.length, "of length " + w.length + " (one per synapse)");
        }
        double[] applied = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            double dw = p.eta() * reward[k] * window[k]; // eq. 3 without g
            dw *= gate.g(w[k], Math.signum(dw), p); // times g_ij
            double nw = Math.min(p.wmax(), Math.max(p.wmin(), w[k] + dw));
            applied[k] = nw - w[k];
            w[k] = nw;
            window[k] = 0.0;
        }
        return applied;
    }

    /**
     * Ends the window with one reward per output neuron (signed, e.g. +r and -r for two antagonistic outputs).
     *
     * @param outputOf output index of each synapse
     * @param rewardPerOutput reward of each output
     * @return the weight changes applied
     */
    public double[] applyRewardPerOutput(int[] outputOf, double[] rewardPerOutput) {
        double[] r = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            r[k] = rewardPerOutput[outputOf[k]];
        }
        return applyReward(r);
    }

    /** @return the weights (live view) */
    public double[] weights() {
        return w;
    }

    /** @return STDP_ij accumulated in the current window (live view) */
    public double[] windowStdp() {
        return window;
    }
}
