package org.hebb.sim.synapse;

/**
 * The STDP part shared by the reward-modulated rules (Florian 2007, eq. 8-10 of the paper's discrete
 * form): per synapse a presynaptic trace {@code P+} and a postsynaptic trace {@code P-}, and the STDP
 * term of the step
 * <pre>
 * P+ &lt;- P+ exp(-dt/tau_plus)  + A_plus  * (pre spikes in the step)
 * P- &lt;- P- exp(-dt/tau_minus) + A_minus * (post spikes in the step)
 * zeta = P+ * (post spikes) - P- * (pre spikes)
 * </pre>
 * so a pre spike followed by a post spike after {@code s} ms gives {@code zeta = A_plus exp(-s/tau_plus)},
 * the reverse order {@code -A_minus exp(-s/tau_minus)} (both amplitudes are magnitudes, &gt;= 0).
 * Pre and post spikes in the same step count both ways. Arrays of primitives, one slot per synapse.
 */
public final class EligibilityTrace {

    final double aPlus;
    final double aMinus;
    final double tauPlus;
    final double tauMinus;
    /** Presynaptic trace per synapse. */
    public final double[] pPlus;
    /** Postsynaptic trace per synapse. */
    public final double[] pMinus;

    /**
     * @param n number of synapses
     * @param aPlus potentiation amplitude (&gt;= 0)
     * @param aMinus depression amplitude (&gt;= 0)
     * @param tauPlus presynaptic trace time constant, ms (&gt; 0)
     * @param tauMinus postsynaptic trace time constant, ms (&gt; 0)
     */
    public EligibilityTrace(int n, double aPlus, double aMinus, double tauPlus, double tauMinus) {
        Check.nonNegative("A_plus", aPlus);
        Check.nonNegative("A_minus", aMinus);
        Check.positive("tau_plus", tauPlus);
        Check.positive("tau_minus", tauMinus);
        this.aPlus = aPlus;
        this.aMinus = aMinus;
        this.tauPlus = tauPlus;
        this.tauMinus = tauMinus;
        pPlus = new double[n];
        pMinus = new double[n];
    }

    /**
     * Advances every synapse by one step and writes its STDP term.
     *
     * @param dt step, ms
     * @param pre presynaptic spikes of each synapse in the step
     * @param post postsynaptic spikes of each synapse in the step
     * @param zeta out: the STDP term of each synapse
     */
    public void step(double dt, int[] pre, int[] post, double[] zeta) {
        double dPlus = Math.exp(-dt / tauPlus);
        double dMinus = Math.exp(-dt / tauMinus);
        for (int k = 0; k < pPlus.length; k++) {
            pPlus[k] = Check.flush(pPlus[k] * dPlus) + aPlus * pre[k]; // Florian 2007: P+ decays, pre spike adds A+
            pMinus[k] = Check.flush(pMinus[k] * dMinus) + aMinus * post[k]; // P- decays, post spike adds |A-|
            zeta[k] = pPlus[k] * post[k] - pMinus[k] * pre[k]; // zeta = P+ f_post + P- f_pre with A- < 0
        }
    }

    /** @return number of synapses */
    public int size() {
        return pPlus.length;
    }
}
