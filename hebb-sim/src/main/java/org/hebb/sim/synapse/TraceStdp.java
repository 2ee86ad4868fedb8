package org.hebb.sim.synapse;

/**
 * The report's trace STDP rule (§3.2, eq. 8-12) for one synapse, in two variants.
 *
 * <p><b>Time-driven</b> ({@link Variant#TIME_DRIVEN}, the report literally): at every step of length
 * {@code dt} both traces decay (eq. 8-9), a spike in the step adds 1 to its trace after the decay, then
 * <pre>
 * w_pot = Wmax (w/Wmax + lambda (1 - w/Wmax)^mu_plus  pre_trace)        (eq. 10)
 * w_dep = Wmax (w/Wmax - alpha lambda (w/Wmax)^mu_minus post_trace)      (eq. 11)
 * w     = min(max(Wmin, w_dep), w_pot)                                   (eq. 12)
 * </pre>
 * Since {@code w_pot >= w}, with {@code alpha > 0} eq. 12 only ever depresses, with {@code alpha < 0}
 * it moves {@code w} up by the smaller of the two terms.
 *
 * <p><b>Event-driven</b> ({@link Variant#EVENT_DRIVEN}, NESTML's {@code stdp_synapse}): the traces decay
 * exactly between spikes; at a post spike {@code post_trace += 1} and {@code w = min(Wmax, w_pot)}; at a
 * pre spike {@code pre_trace += 1} and {@code w = max(Wmin, w_dep)}.
 *
 * <pre>{@code
 * TraceStdp s = new TraceStdp(TraceStdp.Params.report(-1.0), TraceStdp.Variant.TIME_DRIVEN, 500.0);
 * for (int k = 0; k < 1000; k++) s.step(1.0, pre[k], post[k]);
 * }</pre>
 */
public final class TraceStdp {

    /** How the rule is applied. */
    public enum Variant {
        /** eq. 8-12 at every time step (the report) */
        TIME_DRIVEN,
        /** potentiation at post spikes, depression at pre spikes, clipped (NESTML stdp_synapse) */
        EVENT_DRIVEN
    }

    /**
     * Parameters, NEST/NESTML names.
     *
     * @param lambda learning rate (&gt;= 0)
     * @param alpha depression-to-potentiation ratio (the report prints -1)
     * @param muPlus potentiation weight-dependence exponent (&gt;= 0)
     * @param muMinus depression weight-dependence exponent (&gt;= 0)
     * @param tauTrPre presynaptic trace time constant, ms (&gt; 0)
     * @param tauTrPost postsynaptic trace time constant, ms (&gt; 0)
     * @param wmin lower weight bound
     * @param wmax upper weight bound (&gt;= Wmin; [Wmin, Wmax] must not contain both signs)
     */
    public record Params(double lambda, double alpha, double muPlus, double muMinus, double tauTrPre, double tauTrPost,
            double wmin, double wmax) {

        /** Validates every field (one-line IllegalArgumentException). */
        public Params {
            Check.nonNegative("lambda", lambda);
            Check.finite("alpha", alpha);
            Check.nonNegative("mu_plus", muPlus);
            Check.nonNegative("mu_minus", muMinus);
            Check.positive("tau_tr_pre", tauTrPre);
            Check.positive("tau_tr_post", tauTrPost);
            Check.bounds(wmin, wmax);
        }

        /**
         * @param alpha the report prints -1.0; +1 is the usual sign
         * @return the parameters of the report's §3.2: Wmax 1000, Wmin 0, lambda 0.01, mu 1, tau 20 ms
         */
        public static Params report(double alpha) {
            return new Params(0.01, alpha, 1.0, 1.0, 20.0, 20.0, 0.0, 1000.0);
        }
    }

    private final Params p;
    private final Variant variant;
    private double w;
    private double pre;
    private double post;
    private double tLast;

    /**
     * @param p parameters
     * @param variant time- or event-driven
     * @param w0 initial weight, in [Wmin, Wmax]
     */
    public TraceStdp(Params p, Variant variant, double w0) {
        Check.weight(w0, p.wmin(), p.wmax());
        this.p = p;
        this.variant = variant;
        this.w = w0;
    }

    /** eq. 10 */
    public static double potentiated(Params p, double w, double preTrace) {
        return p.wmax() * (w / p.wmax() + p.lambda() * Math.pow(1.0 - w / p.wmax(), p.muPlus()) * preTrace);
    }

    /** eq. 11 */
    public static double depressed(Params p, double w, double postTrace) {
        return p.wmax() * (w / p.wmax() - p.alpha() * p.lambda() * Math.pow(w / p.wmax(), p.muMinus()) * postTrace);
    }

    /** eq. 12: {@code min(max(Wmin, w_dep), w_pot)} */
    public static double timeDrivenUpdate(Params p, double w, double preTrace, double postTrace) {
        return Math.min(Math.max(p.wmin(), depressed(p, w, postTrace)), potentiated(p, w, preTrace));
    }

    /**
     * One time step of the time-driven variant: decay (eq. 8-9), add this step's spikes, update (eq. 10-12).
     *
     * @param dt step length, ms
     * @param preSpikes presynaptic spikes in this step
     * @param postSpikes postsynaptic spikes in this step
     * @return the new weight
     */
    public double step(double dt, int preSpikes, int postSpikes) {
        if (variant != Variant.TIME_DRIVEN) {
            throw new IllegalStateException("step() is the time-driven variant; use onPre/onPost");
        }
        pre = Check.flush(pre * Math.exp(-dt / p.tauTrPre())) + preSpikes; // eq. 8, then the spike
        post = Check.flush(post * Math.exp(-dt / p.tauTrPost())) + postSpikes; // eq. 9
        w = timeDrivenUpdate(p, w, pre, post);
        return w;
    }

    /** Event-driven: a presynaptic spike at {@code t} ms; returns the depressed weight it transmits. */
    public double onPre(double t) {
        decayTo(t);
        pre += 1.0;
        w = Math.max(p.wmin(), depressed(p, w, post));
        return w;
    }

    /** Event-driven: a postsynaptic spike at {@code t} ms; returns the potentiated weight. */
    public double onPost(double t) {
        decayTo(t);
        post += 1.0;
        w = Math.min(p.wmax(), potentiated(p, w, pre));
        return w;
    }

    private void decayTo(double t) {
        if (variant != Variant.EVENT_DRIVEN) {
            throw new IllegalStateException("onPre/onPost are the event-driven variant; use step()");
        }
        if (t < tLast) {
            throw new IllegalArgumentException("spike time: " + t + " is not allowed; must be >= the previous spike time " + tLast);
        }
        pre = Check.flush(pre * Math.exp((tLast - t) / p.tauTrPre()));
        post = Check.flush(post * Math.exp((tLast - t) / p.tauTrPost()));
        tLast = t;
    }

    /** @return the weight */
    public double weight() {
        return w;
    }

    /** @return the presynaptic trace (after the last step or event) */
    public double preTrace() {
        return pre;
    }

    /** @return the postsynaptic trace (after the last step or event) */
    public double postTrace() {
        return post;
    }
}
