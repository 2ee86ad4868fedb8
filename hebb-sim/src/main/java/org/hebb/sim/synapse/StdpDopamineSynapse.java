package org.hebb.sim.synapse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.ParameterCheck;
import org.hebb.sim.neuron.Propagators;

/**
 * NEST's {@code stdp_dopamine_synapse} (NEST 3.9, models/stdp_dopamine_synapse.h; Izhikevich 2007, Potjans et
 * al. 2010): pair-based STDP writes into an eligibility trace {@code c} (tau_c) instead of the weight,
 * a neuromodulator concentration {@code n} (tau_n) is fed by a {@link VolumeTransmitter}, and
 * {@code dw/dt = c (n - b)}, clamped to [Wmin, Wmax] after every integration segment. All variables are
 * advanced event to event with exact exponentials, in NEST's order: pre spikes of a min-delay slice are sent
 * at the start of the next slice (after the transmitter's trigger at the end of their slice, which may rewind
 * them, as NEST does), and the transmitter's trigger advances every connection every
 * {@code deliver_interval} slices.
 */
public final class StdpDopamineSynapse extends PlasticSynapseTable implements RewardModulated {

    public static final ModelInfo INFO = new ModelInfo("stdp_dopamine_synapse", ModelInfo.Kind.SYNAPSE,
            Map.ofEntries(Map.entry("weight", 1.0), Map.entry("delay", 1.0), Map.entry("receptor_type", 0),
                    Map.entry("A_plus", 1.0), Map.entry("A_minus", 1.5), Map.entry("tau_plus", 20.0), Map.entry("tau_c", 1000.0),
                    Map.entry("tau_n", 200.0), Map.entry("b", 0.0), Map.entry("Wmin", 0.0), Map.entry("Wmax", 200.0),
                    Map.entry("volume_transmitter", 0.0), Map.entry("weight_recorder", 0.0)),
            List.of());

    private static final double EPS = StdpSynapse.EPS;
    private static final int A_PLUS = 0, A_MINUS = 1, TAU_PLUS = 2, TAU_C = 3, TAU_N = 4, B = 5, WMIN = 6, WMAX = 7, VT = 8;

    double[] kplus = new double[16];
    double[] c = new double[16];
    double[] n = new double[16];
    int[] idx = new int[16];
    /** Pre spikes of the current slice, sent at the start of the next one (NEST's min-delay delivery). */
    private int[] pendSrc = new int[16];
    private long[] pendStep = new long[16];
    private int[] pendMult = new int[16];
    private double[] pendFactor = new double[16];
    private int nPend;
    /** The transmitter's list while a trigger or a send reads it. */
    private double[] dsT = {0.0};
    private double[] dsM = {0.0};
    private int dsN = 1;

    public StdpDopamineSynapse() {
        super(INFO, List.of("A_plus", "A_minus", "tau_plus", "tau_c", "tau_n", "b", "Wmin", "Wmax", "volume_transmitter", "weight_recorder"));
    }

    @Override
    void validate(double[] p) {
        nonNegative(p, "A_plus");
        nonNegative(p, "A_minus");
        positive(p, "tau_plus");
        positive(p, "tau_c");
        positive(p, "tau_n");
        if (!Double.isFinite(p[B])) {
            throw ParameterCheck.invalid(info.name() + ".b", p[B], "a finite number");
        }
        checkRange(p[WMIN], p[WMAX]);
        if (!(p[VT] >= 1 && p[VT] <= kernel.size() && kernel.group((int) p[VT]) instanceof VolumeTransmitter)) {
            throw ParameterCheck.invalid(info.name() + ".volume_transmitter", p[VT], "the id of a volume_transmitter created before connect");
        }
    }

    @Override
    void checkWeight(int paramSet, double w) {
        double[] p = sets.get(paramSet);
        checkBounds(w, p[WMIN], p[WMAX]);
    }

    @Override
    void grow(int m) {
        super.grow(m);
        kplus = Arrays.copyOf(kplus, m);
        c = Arrays.copyOf(c, m);
        n = Arrays.copyOf(n, m);
        idx = Arrays.copyOf(idx, m);
    }

    @Override
    void permute(int[] perm) {
        super.permute(perm);
        kplus = reorder(kplus, perm);
        c = reorder(c, perm);
        n = reorder(n, perm);
        idx = reorder(idx, perm);
    }

    @Override
    public void finish(Kernel kernel, int nodes) {
        super.finish(kernel, nodes);
        for (double[] p : sets) {
            ((VolumeTransmitter) kernel.group((int) p[VT])).attach(this);
        }
    }

    @Override
    public void deliverSpike(int src, long step, int multiplicity, double weightFactor) {
        if (archive.tracks(src)) {
            archive.onSpike(src, ms(step + 1));
        }
        if (start[src] == start[src + 1]) {
            return;
        }
        if (nPend == pendSrc.length) {
            pendSrc = Arrays.copyOf(pendSrc, 2 * nPend);
            pendStep = Arrays.copyOf(pendStep, 2 * nPend);
            pendMult = Arrays.copyOf(pendMult, 2 * nPend);
            pendFactor = Arrays.copyOf(pendFactor, 2 * nPend);
        }
        pendSrc[nPend] = src;
        pendStep[nPend] = step;
        pendMult[nPend] = multiplicity;
        pendFactor[nPend] = weightFactor;
        nPend++;
    }

    /** Sends the buffered pre spikes in time order (called at the start of a min-delay slice). */
    void sendPending() {
        for (int j = 0; j < nPend; j++) {
            int src = pendSrc[j];
            long step = pendStep[j];
            long stamp = step + 1;
            for (int k = start[src], end = start[src + 1]; k < end; k++) {
                VolumeTransmitter vt = (VolumeTransmitter) kernel.group((int) sets.get(set[k])[VT]);
                int local = (int) sets.get(set[k])[VT] - vt.firstId;
                useList(vt.dsT[local], vt.dsM[local], vt.dsN[local]);
                double w = send(k, ms(stamp));
                record(k, stamp, w);
                targetGroup[k].receiveSpike(targetLocal[k], receptor[k], step + delaySteps[k], w * pendFactor[j], pendMult[j]);
            }
        }
        nPend = 0;
    }

    private void useList(double[] t, double[] m, int count) {
        dsT = t;
        dsM = m;
        dsN = count;
    }

    /** volume_transmitter's call: trigger_update_weight on every connection using transmitter {@code vtId}. */
    void trigger(int vtId, double tTrig, double[] t, double[] m, int count) {
        useList(t, m, count);
        for (int k = 0; k < this.count; k++) {
            double[] p = sets.get(set[k]);
            if ((int) p[VT] != vtId) {
                continue;
            }
            double d = delayMs(k);
            int post = target[k];
            double[] th = archive.t[post];
            double t0 = tLast[k];
            int from = archive.lowerBound(post, (tLast[k] - d) + EPS);
            int to = archive.lowerBound(post, (tTrig - d) + EPS);
            for (int j = from; j < to; j++) {
                processDopa(k, p, t0, th[j] + d);
                t0 = th[j] + d;
                c[k] += p[A_PLUS] * (kplus[k] * Math.exp((tLast[k] - t0) / p[TAU_PLUS])); // no eps check here (NEST)
            }
            processDopa(k, p, t0, tTrig);
            n[k] = Check.flush(n[k] * Math.exp((dsT[idx[k]] - tTrig) / p[TAU_N])); // n now at t_trig
            kplus[k] = Check.flush(kplus[k] * Math.exp((tLast[k] - tTrig) / p[TAU_PLUS]));
            tLast[k] = tTrig;
            idx[k] = 0;
        }
    }

    /** stdp_dopamine_synapse::send for connection {@code k} and a pre spike at {@code t}; returns the weight sent. */
    private double send(int k, double t) {
        double[] p = sets.get(set[k]);
        double d = delayMs(k);
        int post = target[k];
        double[] th = archive.t[post];
        double t0 = tLast[k];
        int from = archive.lowerBound(post, (tLast[k] - d) + EPS);
        int to = archive.lowerBound(post, (t - d) + EPS);
        for (int j = from; j < to; j++) {
            processDopa(k, p, t0, th[j] + d);
            t0 = th[j] + d;
            if (t - th[j] > EPS) { // facilitation of c with Kplus at t_j + d
                c[k] += p[A_PLUS] * (kplus[k] * Math.exp((tLast[k] - t0) / p[TAU_PLUS]));
            }
        }
        processDopa(k, p, t0, t);
        c[k] -= p[A_MINUS] * archive.kValue(post, t - d, EPS); // depression of c with Kminus at t - d
        double w = weight[k];
        kplus[k] = kplus[k] * Math.exp((tLast[k] - t) / p[TAU_PLUS]) + 1.0;
        tLast[k] = t;
        return w;
    }

    @Override
    public void reward(int[] targets, double amount, long step) {
        // the neuromodulator reaches this model through its volume_transmitter (see Network.deliverReward)
    }

    @Override
    public double[] state(String name) {
        return switch (name) {
            case "c" -> Arrays.copyOf(c, count);
            case "n" -> Arrays.copyOf(n, count);
            case "Kplus" -> Arrays.copyOf(kplus, count);
            default -> super.state(name);
        };
    }

    /** Advances w and c from t0 to t1, consuming the dopamine spikes up to t1 (process_dopa_spikes_). */
    private void processDopa(int k, double[] p, double t0, double t1) {
        if (dsN > idx[k] + 1 && t1 - dsT[idx[k] + 1] > -1.0 * EPS) {
            double n0 = n[k] * Math.exp((dsT[idx[k]] - t0) / p[TAU_N]);
            updateWeight(k, p, c[k], n0, t0 - dsT[idx[k] + 1]);
            updateDopamine(k, p);
            while (dsN > idx[k] + 1 && t1 - dsT[idx[k] + 1] > -1.0 * EPS) {
                double cd = c[k] * Math.exp((t0 - dsT[idx[k]]) / p[TAU_C]);
                updateWeight(k, p, cd, n[k], dsT[idx[k]] - dsT[idx[k] + 1]);
                updateDopamine(k, p);
            }
            double cd = c[k] * Math.exp((t0 - dsT[idx[k]]) / p[TAU_C]);
            updateWeight(k, p, cd, n[k], dsT[idx[k]] - t1);
        } else {
            double n0 = n[k] * Math.exp((dsT[idx[k]] - t0) / p[TAU_N]);
            updateWeight(k, p, c[k], n0, t0 - t1);
        }
        c[k] = Check.flush(c[k] * Math.exp((t0 - t1) / p[TAU_C]));
    }

    /** n jumps by m / tau_n at the next dopamine spike (update_dopamine_). */
    private void updateDopamine(int k, double[] p) {
        double minusDt = dsT[idx[k]] - dsT[idx[k] + 1];
        idx[k]++;
        n[k] = n[k] * Math.exp(minusDt / p[TAU_N]) + dsM[idx[k]] / p[TAU_N];
    }

    /** Exact integral of dw/dt = c (n - b) over one segment without events, then the clamp (update_weight_). */
    private void updateWeight(int k, double[] p, double c0, double n0, double minusDt) {
        double taus = (p[TAU_C] + p[TAU_N]) / (p[TAU_C] * p[TAU_N]);
        double w = weight[k] - c0 * (n0 / taus * Propagators.expm1(taus * minusDt) - p[B] * p[TAU_C] * Propagators.expm1(minusDt / p[TAU_C]));
        weight[k] = w < p[WMIN] ? p[WMIN] : w > p[WMAX] ? p[WMAX] : w;
    }
}
