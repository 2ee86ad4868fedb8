package org.hebb.sim.synapse;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * NEST's {@code stdp_synapse} (NEST 3.9, models/stdp_synapse.h): pair-based STDP with all-to-all
 * spike interaction and the multiplicative (Guetig et al. 2003) weight dependence
 * <pre>
 * facilitate: w/Wmax + lambda (1 - w/Wmax)^mu_plus  Kplus(t_post + d),  capped at Wmax
 * depress:    w/Wmax - alpha lambda (w/Wmax)^mu_minus Kminus(t_pre - d), floored at 0
 * </pre>
 * The whole delay {@code d} is dendritic; weights change only when a presynaptic spike is sent.
 * {@code Kplus} (tau_plus) lives on the synapse, {@code Kminus} (the target's {@code tau_minus}) in the
 * target's {@link PostSpikeArchive}. With {@code alpha < 0} depression raises the weight without an
 * upper clamp, exactly as NEST does.
 */
public final class StdpSynapse extends PlasticSynapseTable {

    public static final ModelInfo INFO = new ModelInfo("stdp_synapse", ModelInfo.Kind.SYNAPSE,
            Map.of("weight", 1.0, "delay", 1.0, "receptor_type", 0, "tau_plus", 20.0, "lambda", 0.01, "alpha", 1.0,
                    "mu_plus", 1.0, "mu_minus", 1.0, "Wmax", 100.0, "weight_recorder", 0.0),
            List.of());

    /** NEST kernel's stdp_eps, ms. */
    static final double EPS = 1e-6;
    private static final int TAU_PLUS = 0;
    private static final int LAMBDA = 1;
    private static final int ALPHA = 2;
    private static final int MU_PLUS = 3;
    private static final int MU_MINUS = 4;
    private static final int WMAX = 5;

    /** Presynaptic trace per connection. */
    double[] kplus = new double[16];

    public StdpSynapse() {
        super(INFO, List.of("tau_plus", "lambda", "alpha", "mu_plus", "mu_minus", "Wmax", "weight_recorder"));
    }

    @Override
    void validate(double[] p) {
        positive(p, "tau_plus");
        nonNegative(p, "lambda");
        for (String n : List.of("alpha", "mu_plus", "mu_minus", "Wmax")) {
            if (!Double.isFinite(p[index(n)])) {
                throw ParameterCheck.invalid(info.name() + "." + n, p[index(n)], "a finite number");
            }
        }
    }

    @Override
    void checkWeight(int paramSet, double w) {
        double wmax = sets.get(paramSet)[WMAX];
        if (Math.signum(w) * Math.signum(wmax) < 0) { // stdp_synapse::set_status: weight and Wmax must have the same sign
            throw ParameterCheck.invalid(info.name() + ".weight", w, "of the sign of Wmax = " + wmax + " (a plastic synapse must not flip sign)");
        }
        if (Math.abs(w) > Math.abs(wmax)) {
            throw ParameterCheck.invalid(info.name() + ".weight", w, "in [0, Wmax] = [0, " + wmax + "]");
        }
    }

    @Override
    void grow(int n) {
        super.grow(n);
        kplus = java.util.Arrays.copyOf(kplus, n);
    }

    @Override
    void permute(int[] perm) {
        super.permute(perm);
        kplus = reorder(kplus, perm);
    }

    @Override
    public void deliverSpike(int src, long step, int multiplicity, double weightFactor) {
        long stamp = step + 1;
        double t = ms(stamp);
        if (archive.tracks(src)) {
            archive.onSpike(src, t);
        }
        for (int k = start[src], end = start[src + 1]; k < end; k++) {
            double w = update(k, t);
            record(k, stamp, w);
            targetGroup[k].receiveSpike(targetLocal[k], receptor[k], step + delaySteps[k], w * weightFactor, multiplicity);
        }
    }

    /**
     * Partitioned: the connections onto targets of {@code part} (their weights, traces and their targets' archives
     * are that thread's alone); the sender's own archive entry is made by the thread owning the sender. No
     * connection reads an archive entry of the current step (every delay is at least one step), so the entry's place
     * among the deliveries changes no value.
     */
    @Override
    public void deliverSpike(int src, long step, int multiplicity, double weightFactor, int part) {
        long stamp = step + 1;
        double t = ms(stamp);
        if (archive.tracks(src) && ownerOf(src) == part) {
            archive.onSpike(src, t);
        }
        final int[] conn = partConn;
        for (int j = partStart[src * parts + part], end = partStart[src * parts + part + 1]; j < end; j++) {
            int k = conn == null ? j : conn[j];
            double w = update(k, t);
            targetGroup[k].receiveSpike(targetLocal[k], receptor[k], step + delaySteps[k], w * weightFactor, multiplicity);
        }
    }

    /** Partitioned delivery only without a weight_recorder (it is one recorder written in spike order). */
    @Override
    public boolean deliversByPartition() {
        int recorder = index("weight_recorder");
        for (double[] p : sets) {
            if (p[recorder] != 0.0) {
                return false;
            }
        }
        return true;
    }

    /** stdp_synapse::send for connection {@code k} and a presynaptic spike at {@code t} ms; returns the new weight. */
    private double update(int k, double t) {
        double[] p = sets.get(set[k]);
        double d = delayMs(k);
        int post = target[k];
        double[] th = archive.t[post];
        double w = weight[k];
        int last = archive.n[post] - 1;
        boolean any = last >= archive.first[post] && th[last] >= (tLast[k] - d) + EPS; // a post spike since the last update
        int from = any ? archive.lowerBound(post, (tLast[k] - d) + EPS) : 0;
        int to = any ? archive.lowerBound(post, (t - d) + EPS) : 0;
        for (int j = from; j < to; j++) { // post spikes in (t_last - d, t - d]: facilitation with Kplus at t_j + d
            double minusDt = tLast[k] - (th[j] + d);
            w = facilitate(p, w, kplus[k] * Math.exp(minusDt / p[TAU_PLUS]));
        }
        w = depress(p, w, archive.kValue(post, t - d, EPS));
        weight[k] = w;
        kplus[k] = kplus[k] * Math.exp((tLast[k] - t) / p[TAU_PLUS]) + 1.0;
        tLast[k] = t;
        return w;
    }

    /** Math.pow with the exact shortcut of the common exponent 1 (pow(x, 1) == x in IEEE 754). */
    private static double pow(double x, double mu) {
        return mu == 1.0 ? x : Math.pow(x, mu);
    }

    private static double facilitate(double[] p, double w, double kplus) {
        double norm = w / p[WMAX] + p[LAMBDA] * pow(1.0 - w / p[WMAX], p[MU_PLUS]) * kplus;
        return norm < 1.0 ? norm * p[WMAX] : p[WMAX];
    }

    private static double depress(double[] p, double w, double kminus) {
        double norm = w / p[WMAX] - p[ALPHA] * p[LAMBDA] * pow(w / p[WMAX], p[MU_MINUS]) * kminus;
        return norm > 0.0 ? norm * p[WMAX] : 0.0;
    }

    @Override
    public double[] state(String name) {
        return name.equals("Kplus") ? java.util.Arrays.copyOf(kplus, count) : super.state(name);
    }
}
