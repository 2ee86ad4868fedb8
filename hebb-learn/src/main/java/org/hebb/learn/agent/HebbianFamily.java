package org.hebb.learn.agent;

/**
 * The reward-modulated Hebbian family, per synapse (structure of arrays), in the discrete form of Florian 2007:
 * <pre>
 * x_pre  &lt;- x_pre  exp(−dt/tau+) + A+ s_pre            (the A+-weighted presynaptic trace)
 * x_post &lt;- x_post exp(−dt/tau−) + A− s_post           (the A−-weighted postsynaptic trace; A− &lt; 0 depresses)
 * H      =  x_pre s_post + x_post s_pre + B e_pre + C e_post + D     with e_pre = s_pre, e_post = s_post
 * no trace (tau_z = 0):  w += eta m H
 * trace:                 z &lt;- z exp(−dt/tau_z) + H / tau_z;   w += eta dt m z
 * w clipped to [w_min, w_max]
 * </pre>
 * where s are the spikes of the step and m the third factor (reward, TD error, dopamine) of the step. The pair term is
 * A+·(pre trace)·(post spike) + A−·(post trace)·(pre spike), split by order; spikes in the same step count both ways.
 * Special cases: Florian's MSTDP is (A+, A−, 0, 0, 0) with no trace and MSTDPET the same with a trace, weight change for
 * weight change ({@code HebbianFamilyTest}); TD-LTP (Frémaux et al. 2013) is (1, 0, 0, 0, 0) with m = TD error;
 * Najarro &amp; Risi 2020's ABCD rule is the rate form A e_pre e_post + B e_pre + C e_post + D.
 *
 * {@snippet :
 * HebbianFamily f = new HebbianFamily(new HebbianFamily.Params(0.01, 1, -1, 0, 0, 0, 20, 20, 25, 0, 10), w0);
 * f.step(1.0, pre, post, m);    // one entry per synapse
 * }
 */
public final class HebbianFamily {

    /**
     * @param eta      learning rate, in [0, 10]
     * @param aPlus    A+, in [−10, 10]
     * @param aMinus   A− (signed), in [−10, 10]
     * @param b        B, in [−10, 10]
     * @param c        C, in [−10, 10]
     * @param d        D, in [−10, 10]
     * @param tauPlus  ms, in (0, 10000]
     * @param tauMinus ms, in (0, 10000]
     * @param tauZ     eligibility time constant, ms, in [0, 10000]; 0 = no trace
     * @param wmin     lower weight bound
     * @param wmax     upper weight bound (&ge; wmin)
     */
    public record Params(double eta, double aPlus, double aMinus, double b, double c, double d, double tauPlus,
            double tauMinus, double tauZ, double wmin, double wmax) {

        public Params {
            in("eta", eta, 0, 10);
            in("A_plus", aPlus, -10, 10);
            in("A_minus", aMinus, -10, 10);
            in("B", b, -10, 10);
            in("C", c, -10, 10);
            in("D", d, -10, 10);
            positive("tau_plus", tauPlus);
            positive("tau_minus", tauMinus);
            in("tau_z", tauZ, 0, 10000);
            if (!Double.isFinite(wmin) || !Double.isFinite(wmax) || wmin > wmax) {
                throw new IllegalArgumentException("Wmin, Wmax: [" + wmin + ", " + wmax
                        + "] is not allowed; must be finite with Wmin <= Wmax");
            }
        }

        static void in(String name, double v, double lo, double hi) {
            if (!(v >= lo && v <= hi)) {
                throw new IllegalArgumentException(name + ": " + v + " is not allowed; must be in [" + lo + ", " + hi + "]");
            }
        }

        static void positive(String name, double v) {
            if (!(v > 0 && v <= 10000)) {
                throw new IllegalArgumentException(name + ": " + v + " is not allowed; must be in (0, 10000] ms");
            }
        }
    }

    private final Params p;
    private final double[] xPre;
    private final double[] xPost;
    private final double[] z;
    private final double[] w;

    /** @param w0 initial weights, each in [w_min, w_max] (copied) */
    public HebbianFamily(Params p, double[] w0) {
        for (double x : w0) {
            if (!(x >= p.wmin() && x <= p.wmax())) {
                throw new IllegalArgumentException("weight: " + x + " is not allowed; must be in [" + p.wmin() + ", "
                        + p.wmax() + "]");
            }
        }
        this.p = p;
        int n = w0.length;
        xPre = new double[n];
        xPost = new double[n];
        z = new double[n];
        w = w0.clone();
    }

    /** Flushes values below 1e-300 to 0 so decaying traces never go subnormal. */
    static double flush(double x) {
        return Math.abs(x) < 1e-300 ? 0.0 : x;
    }

    /**
     * One step.
     *
     * @param dt         ms
     * @param pre        presynaptic spikes per synapse in the step
     * @param post       postsynaptic spikes per synapse in the step
     * @param modulation third factor per synapse for the step (signed)
     */
    public void step(double dt, int[] pre, int[] post, double[] modulation) {
        double dPlus = Math.exp(-dt / p.tauPlus());
        double dMinus = Math.exp(-dt / p.tauMinus());
        boolean trace = p.tauZ() > 0;
        double dz = trace ? Math.exp(-dt / p.tauZ()) : 0;
        for (int k = 0; k < w.length; k++) {
            xPre[k] = flush(xPre[k] * dPlus) + p.aPlus() * pre[k];
            xPost[k] = flush(xPost[k] * dMinus) + p.aMinus() * post[k];
            double h = xPre[k] * post[k] + xPost[k] * pre[k] + p.b() * pre[k] + p.c() * post[k] + p.d();
            double dw;
            if (trace) {
                z[k] = flush(z[k] * dz) + h / p.tauZ(); // Florian 2007 MSTDPET's eligibility trace
                dw = p.eta() * dt * modulation[k] * z[k];
            } else {
                dw = p.eta() * modulation[k] * h; // Florian 2007 MSTDP
            }
            w[k] = Math.min(p.wmax(), Math.max(p.wmin(), w[k] + dw));
        }
    }

    /** @return the weights (live view; do not modify) */
    public double[] weights() {
        return w;
    }

    /** @return the eligibility traces (zero without a trace) */
    public double[] eligibility() {
        return z;
    }

    /** @return the A+-weighted presynaptic traces */
    public double[] preTraces() {
        return xPre;
    }

    /** @return the A−-weighted postsynaptic traces */
    public double[] postTraces() {
        return xPost;
    }
}
