package org.hebb.sim.synapse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;

/**
 * {@code stdp_trace_synapse}: the report's trace rule (eq. 8-12) as a network synapse model; the
 * arithmetic is {@link TraceStdp}'s. With {@code event_driven = false} (default, the report) every
 * connection advances at the end of every step: traces decay by {@code exp(-h/tau)}, the spikes of the
 * step (pre: the source's, post: the target's, both at their time stamps) add 1, then eq. 10-12; a pre
 * spike transmits the weight after that step's update. With {@code event_driven = true} it is NESTML's
 * {@code stdp_synapse}: potentiation at post spikes, depression at pre spikes, clipped to [Wmin, Wmax].
 */
public final class StdpTraceSynapse extends PlasticSynapseTable {

    public static final ModelInfo INFO = new ModelInfo("stdp_trace_synapse", ModelInfo.Kind.SYNAPSE,
            Map.ofEntries(Map.entry("weight", 1.0), Map.entry("delay", 1.0), Map.entry("receptor_type", 0),
                    Map.entry("lambda", 0.01), Map.entry("alpha", 1.0), Map.entry("mu_plus", 1.0), Map.entry("mu_minus", 1.0),
                    Map.entry("tau_tr_pre", 20.0), Map.entry("tau_tr_post", 20.0), Map.entry("Wmin", 0.0),
                    Map.entry("Wmax", 100.0), Map.entry("event_driven", false), Map.entry("weight_recorder", 0.0)),
            List.of());

    private static final int EVENT = 8;

    private final java.util.List<TraceStdp.Params> rules = new java.util.ArrayList<>();
    double[] preTrace = new double[16];
    double[] postTrace = new double[16];
    /** Spikes of each node in the current step (time-driven) and the weight factor of its last one. */
    private int[] spikes = new int[0];
    private double[] factor = new double[0];
    private int[] spiking = new int[16];
    private int nSpiking;
    private boolean anyTimeDriven;
    private double[] decayPre = new double[0];
    private double[] decayPost = new double[0];
    private boolean[] timeDriven = new boolean[0];

    public StdpTraceSynapse() {
        super(INFO, List.of("lambda", "alpha", "mu_plus", "mu_minus", "tau_tr_pre", "tau_tr_post", "Wmin", "Wmax",
                "event_driven", "weight_recorder"));
    }

    @Override
    void validate(double[] p) {
        try {
            rules.add(new TraceStdp.Params(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(info.name() + "." + e.getMessage());
        }
    }

    @Override
    void checkWeight(int paramSet, double w) {
        double[] p = sets.get(paramSet);
        checkBounds(w, p[6], p[7]);
    }

    @Override
    void grow(int n) {
        super.grow(n);
        preTrace = Arrays.copyOf(preTrace, n);
        postTrace = Arrays.copyOf(postTrace, n);
    }

    @Override
    void permute(int[] perm) {
        super.permute(perm);
        preTrace = reorder(preTrace, perm);
        postTrace = reorder(postTrace, perm);
    }

    @Override
    public void finish(Kernel kernel, int nodes) {
        super.finish(kernel, nodes);
        if (spikes.length < nodes + 1) {
            spikes = new int[nodes + 1];
            factor = new double[nodes + 1];
            spiking = new int[nodes + 1];
        }
        decayPre = new double[sets.size()];
        decayPost = new double[sets.size()];
        timeDriven = new boolean[sets.size()];
        for (int i = 0; i < sets.size(); i++) {
            decayPre[i] = Math.exp(-h / rules.get(i).tauTrPre()); // eq. 8 factor
            decayPost[i] = Math.exp(-h / rules.get(i).tauTrPost()); // eq. 9 factor
            timeDriven[i] = sets.get(i)[EVENT] == 0.0;
        }
        anyTimeDriven = false;
        for (int k = 0; k < count; k++) {
            anyTimeDriven |= sets.get(set[k])[EVENT] == 0.0;
        }
    }

    @Override
    public void deliverSpike(int src, long step, int multiplicity, double weightFactor) {
        if (anyTimeDriven && src < spikes.length) {
            if (spikes[src] == 0) {
                spiking[nSpiking++] = src;
            }
            spikes[src] += multiplicity;
            factor[src] = weightFactor;
        }
        double t = ms(step + 1);
        if (archive.tracks(src)) { // event-driven potentiation at the target's spike
            for (int j = inStart[src]; j < inStart[src + 1]; j++) {
                int k = inConn[j];
                if (sets.get(set[k])[EVENT] != 0.0) {
                    TraceStdp.Params r = rules.get(set[k]);
                    decay(k, r, t);
                    postTrace[k] += multiplicity;
                    weight[k] = Math.min(r.wmax(), TraceStdp.potentiated(r, weight[k], preTrace[k]));
                }
            }
        }
        for (int k = start[src], end = start[src + 1]; k < end; k++) {
            if (sets.get(set[k])[EVENT] != 0.0) {
                TraceStdp.Params r = rules.get(set[k]);
                decay(k, r, t);
                preTrace[k] += multiplicity;
                weight[k] = Math.max(r.wmin(), TraceStdp.depressed(r, weight[k], postTrace[k]));
                transmit(k, step, multiplicity, weightFactor);
            }
        }
    }

    @Override
    public double[] state(String name) {
        return switch (name) {
            case "pre_trace" -> Arrays.copyOf(preTrace, count);
            case "post_trace" -> Arrays.copyOf(postTrace, count);
            default -> super.state(name);
        };
    }

    private void decay(int k, TraceStdp.Params r, double t) {
        preTrace[k] = Check.flush(preTrace[k] * Math.exp((tLast[k] - t) / r.tauTrPre()));
        postTrace[k] = Check.flush(postTrace[k] * Math.exp((tLast[k] - t) / r.tauTrPost()));
        tLast[k] = t;
    }

    private void transmit(int k, long step, int multiplicity, double weightFactor) {
        record(k, step + 1, weight[k]);
        targetGroup[k].receiveSpike(targetLocal[k], receptor[k], step + delaySteps[k], weight[k] * weightFactor, multiplicity);
    }

    @Override
    public void endStep(long step) {
        if (!anyTimeDriven) {
            return;
        }
        for (int k = 0; k < count; k++) {
            int ps = set[k];
            if (!timeDriven[ps]) {
                continue;
            }
            TraceStdp.Params r = rules.get(ps);
            int pre = spikes[source[k]];
            preTrace[k] = Check.flush(preTrace[k] * decayPre[ps]) + pre; // eq. 8, then the spike
            postTrace[k] = Check.flush(postTrace[k] * decayPost[ps]) + spikes[target[k]]; // eq. 9
            weight[k] = TraceStdp.timeDrivenUpdate(r, weight[k], preTrace[k], postTrace[k]); // eq. 10-12
            if (pre > 0) {
                transmit(k, step, pre, factor[source[k]]);
            }
        }
        for (int i = 0; i < nSpiking; i++) {
            spikes[spiking[i]] = 0;
        }
        nSpiking = 0;
    }
}
