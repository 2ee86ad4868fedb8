package org.hebb.sim.synapse;

/**
 * Reward-modulated STDP of Florian (2007, Neural Computation 19:1468), for many synapses at once:
 * <pre>
 * MSTDP:   w += gamma * r * zeta
 * MSTDPET: z &lt;- z exp(-dt/tau_z) + zeta / tau_z;   w += gamma * dt * r * z
 * </pre>
 * with {@code zeta} from {@link EligibilityTrace}, {@code r} the reward of the step (per synapse), and
 * {@code w} clipped to [Wmin, Wmax] after each step. With {@code r = 0} no weight moves.
 *
 * <pre>{@code
 * FlorianStdp rule = new FlorianStdp(new FlorianStdp.Params(0.01, 1, 1, 20, 20, 25, 0, 10), FlorianStdp.Variant.MSTDPET, w0);
 * rule.step(1.0, preSpikes, postSpikes, reward);   // arrays, one entry per synapse
 * }</pre>
 */
public final class FlorianStdp {

    /** Which of Florian's rules. */
    public enum Variant {
        /** the STDP term gated by the reward directly */
        MSTDP,
        /** the STDP term low-pass filtered into an eligibility trace z (tau_z), gated by the reward */
        MSTDPET
    }

    /**
     * @param gamma learning rate (&gt;= 0)
     * @param aPlus potentiation amplitude (&gt;= 0)
     * @param aMinus depression amplitude, magnitude (&gt;= 0)
     * @param tauPlus ms (&gt; 0)
     * @param tauMinus ms (&gt; 0)
     * @param tauZ eligibility trace time constant, ms (&gt; 0)
     * @param wmin lower weight bound
     * @param wmax upper weight bound
     */
    public record Params(double gamma, double aPlus, double aMinus, double tauPlus, double tauMinus, double tauZ, double wmin, double wmax) {

        /** Validates every field (one line each). */
        public Params {
            Check.nonNegative("gamma", gamma);
            Check.nonNegative("A_plus", aPlus);
            Check.nonNegative("A_minus", aMinus);
            Check.positive("tau_plus", tauPlus);
            Check.positive("tau_minus", tauMinus);
            Check.positive("tau_z", tauZ);
            Check.bounds(wmin, wmax);
        }
    }

    private final Params p;
    private final Variant variant;
    private final EligibilityTrace stdp;
    private final double[] zeta;
    /** Eligibility trace z per synapse (MSTDPET). */
    private final double[] z;
    private final double[] w;

    /**
     * @param p parameters
     * @param variant MSTDP or MSTDPET
     * @param w0 initial weights, one per synapse, each in [Wmin, Wmax] (copied)
     */
    public FlorianStdp(Params p, Variant variant, double[] w0) {
        for (double x : w0) {
            Check.weight(x, p.wmin(), p.wmax());
        }
        this.p = p;
        this.variant = variant;
        this.stdp = new EligibilityTrace(w0.length, p.aPlus(), p.aMinus(), p.tauPlus(), p.tauMinus());
        this.zeta = new double[w0.length];
        this.z = new double[w0.length];
        this.w = w0.clone();
    }

    /**
     * One step of length {@code dt}.
     *
     * @param dt ms
     * @param pre presynaptic spikes per synapse in the step
     * @param post postsynaptic spikes per synapse in the step
     * @param reward reward per synapse for the step (signed)
     */
    public void step(double dt, int[] pre, int[] post, double[] reward) {
        stdp.step(dt, pre, post, zeta);
        double decay = Math.exp(-dt / p.tauZ());
        for (int k = 0; k < w.length; k++) {
            double dw;
            if (variant == Variant.MSTDP) {
                dw = p.gamma() * reward[k] * zeta[k]; // Florian 2007 MSTDP: dw = gamma r zeta
            } else {
                z[k] = Check.flush(z[k] * decay) + zeta[k] / p.tauZ(); // MSTDPET: z decays with tau_z, gets zeta / tau_z
                dw = p.gamma() * dt * reward[k] * z[k]; // dw = gamma dt r z
            }
            w[k] = Math.min(p.wmax(), Math.max(p.wmin(), w[k] + dw));
        }
    }

    /** @return the weights (live view; do not modify) */
    public double[] weights() {
        return w;
    }

    /** @return the eligibility traces z (MSTDPET; zero for MSTDP) */
    public double[] eligibility() {
        return z;
    }

    /** @return the STDP term of the last step per synapse */
    public double[] zeta() {
        return zeta;
    }
}
