package org.hebb.sim.synapse;

import java.util.Arrays;
import java.util.List;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * Common part of the Tsodyks–Markram synapse models: per-connection state columns (x, u, ...) set from the
 * connect call's syn_spec and readable through {@code Network.getConnectionState}, and the send path: each
 * presynaptic spike updates the connection's state at the spike's time stamp (NEST's {@code e.get_stamp().get_ms()})
 * and transmits the weight the model computes, which is also what a {@code weight_recorder} receives. Targets'
 * spikes play no role, so the postsynaptic archive is never fed.
 */
abstract class ShortTermPlasticity extends PlasticSynapseTable {

    private final List<String> stateNames;
    /** {@code state[v][k]}: state variable {@code v} of connection {@code k}. */
    final double[][] state;

    ShortTermPlasticity(ModelInfo info, List<String> names, List<String> stateNames) {
        super(info, names);
        this.stateNames = stateNames;
        state = new double[stateNames.size()][16];
    }

    @Override
    void init(int k, double[] p) {
        for (int v = 0; v < state.length; v++) {
            state[v][k] = p[index(stateNames.get(v))];
        }
    }

    @Override
    void grow(int n) {
        super.grow(n);
        for (int v = 0; v < state.length; v++) {
            state[v] = Arrays.copyOf(state[v], n);
        }
    }

    @Override
    void permute(int[] perm) {
        super.permute(perm);
        for (int v = 0; v < state.length; v++) {
            state[v] = reorder(state[v], perm);
        }
    }

    @Override
    public double[] state(String name) {
        int v = stateNames.indexOf(name);
        return v >= 0 ? Arrays.copyOf(state[v], count) : super.state(name);
    }

    @Override
    public final void deliverSpike(int src, long step, int multiplicity, double weightFactor) {
        long stamp = step + 1;
        double t = ms(stamp);
        for (int k = start[src], end = start[src + 1]; k < end; k++) {
            double w = transmit(k, t);
            record(k, stamp, w);
            targetGroup[k].receiveSpike(targetLocal[k], receptor[k], step + delaySteps[k], w * weightFactor, multiplicity);
        }
    }

    /**
     * The model's {@code send}: advances connection {@code k} to a spike at {@code t} ms and returns the weight
     * it transmits.
     */
    abstract double transmit(int k, double t);

    /** Checks {@code p[name]} in [0, 1] ("'U' must be in [0,1]."). */
    final void unitInterval(double[] p, String name) {
        double v = p[index(name)];
        if (!(v >= 0.0 && v <= 1.0)) {
            throw ParameterCheck.invalid(info.name() + "." + name, v, "in [0, 1]");
        }
    }

    /** Checks {@code p[name] >= 0} ("'tau_fac' must be >= 0."); +inf allowed, as in NEST. */
    final void atLeastZero(double[] p, String name) {
        double v = p[index(name)];
        if (!(v >= 0.0)) {
            throw ParameterCheck.invalid(info.name() + "." + name, v, ">= 0");
        }
    }

    /** Checks {@code p[name] > 0} ("'tau_rec' must be > 0."); +inf allowed, as in NEST. */
    final void aboveZero(double[] p, String name) {
        double v = p[index(name)];
        if (!(v > 0.0)) {
            throw ParameterCheck.invalid(info.name() + "." + name, v, "> 0");
        }
    }
}
