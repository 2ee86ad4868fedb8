package org.hebb.sim.synapse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.NodeGroup;
import org.hebb.sim.kernel.ParameterCheck;
import org.hebb.sim.record.WeightRecorder;

/**
 * Common part of the plastic synapse models: the parameters of each connect call as one validated
 * parameter set (a {@code double[]} in the order of {@link #names}; connections store only the set's
 * index, no object per synapse), the {@code weight_recorder} link, NEST's time of a step and a
 * postsynaptic spike archive for the targets.
 */
public abstract class PlasticSynapseTable extends SynapseTable {

    /** Parameter names, the order of the arrays in {@link #sets}. */
    final List<String> names;
    /** Parameter values per connect call. */
    final List<double[]> sets = new ArrayList<>();
    /** Parameter-set index per connection. */
    int[] set = new int[16];
    /** Time of the last update of each connection, ms (NEST's t_lastspike / t_last_update, initially 0). */
    double[] tLast = new double[16];
    Kernel kernel;
    double h;
    /** tics per step (NEST: 1000 tics per ms). */
    long tics;
    final PostSpikeArchive archive = new PostSpikeArchive();
    /** Index of {@code weight_recorder} in a parameter set. */
    private final int recorderIndex;
    /** Incoming connections by target: {@code inConn[inStart[id] .. inStart[id+1]-1]}. */
    int[] inStart = new int[0];
    int[] inConn = new int[0];

    protected PlasticSynapseTable(ModelInfo info, List<String> names) {
        super(info);
        this.names = names;
        this.recorderIndex = names.indexOf("weight_recorder");
    }

    /** Index of parameter {@code name} in a set. */
    final int index(String name) {
        return names.indexOf(name);
    }

    /** NEST's time of the step stamp {@code s}: {@code tics * MS_PER_TIC}. */
    final double ms(long stamp) {
        return (1 / 1000.0) * (tics * stamp);
    }

    @Override
    final int paramSet(Map<String, Object> extra, Kernel kernel) {
        double[] p = new double[names.size()];
        for (int i = 0; i < p.length; i++) {
            Object d = info.defaults().get(names.get(i));
            p[i] = d instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) d).doubleValue();
        }
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            int i = index(e.getKey());
            if (i < 0) {
                throw ParameterCheck.unknown(info.name() + ".parameter", e.getKey(), names);
            }
            Object v = e.getValue();
            if (v instanceof NodeCollection c && c.size() == 1) { // weight_recorder, volume_transmitter: a node
                v = c.id(0);
            }
            p[i] = v instanceof Boolean b ? (b ? 1.0 : 0.0) : ParameterCheck.toDouble(info.name() + "." + e.getKey(), v, true);
        }
        this.kernel = kernel;
        int wr = index("weight_recorder");
        if (wr >= 0 && p[wr] != 0.0 && !(p[wr] >= 1 && p[wr] <= kernel.size() && kernel.group((int) p[wr]) instanceof WeightRecorder)) {
            throw ParameterCheck.invalid(info.name() + ".weight_recorder", p[wr], "the id of a weight_recorder (or 0 for none)");
        }
        validate(p); // last: a model may keep derived state per accepted set
        sets.add(p);
        return sets.size() - 1;
    }

    /** Validates one parameter set; throws a one-line IllegalArgumentException. */
    abstract void validate(double[] p);

    /** Checks {@code p[name] >= 0} (learning rates). */
    final void nonNegative(double[] p, String name) {
        double v = p[index(name)];
        if (!(v >= 0.0) || Double.isInfinite(v)) {
            throw ParameterCheck.invalid(info.name() + "." + name, v, ">= 0 and finite");
        }
    }

    /** Checks {@code p[name] > 0} (time constants). */
    final void positive(double[] p, String name) {
        double v = p[index(name)];
        if (!(v > 0.0) || Double.isInfinite(v)) {
            throw ParameterCheck.invalid(info.name() + "." + name, v, "> 0 and finite");
        }
    }

    /** Checks Wmin &lt;= w &lt;= Wmax. */
    final void checkBounds(double w, double wmin, double wmax) {
        if (!(w >= wmin && w <= wmax)) {
            throw ParameterCheck.invalid(info.name() + ".weight", w, "in [Wmin, Wmax] = [" + wmin + ", " + wmax + "]");
        }
    }

    /** Checks Wmin &lt;= Wmax and that [Wmin, Wmax] does not straddle 0 (a synapse must not change sign). */
    final void checkRange(double wmin, double wmax) {
        if (!(wmin <= wmax)) {
            throw ParameterCheck.invalid(info.name() + ".Wmax", wmax, ">= Wmin = " + wmin);
        }
        if (wmin < 0.0 && wmax > 0.0) {
            throw ParameterCheck.invalid(info.name() + ".Wmin", wmin,
                    ">= 0 when Wmax = " + wmax + " > 0 (a plastic synapse must not flip from excitatory to inhibitory)");
        }
    }

    @Override
    final int paramSetOf(int k) {
        return set[k];
    }

    @Override
    final void add(int s, int t, double w, int d, int r, int paramSet) {
        add(s, t, w, d, r);
        set[count - 1] = paramSet;
    }

    @Override
    void grow(int n) {
        set = Arrays.copyOf(set, n);
        tLast = Arrays.copyOf(tLast, n);
    }

    @Override
    void permute(int[] perm) {
        set = reorder(set, perm);
        tLast = reorder(tLast, perm);
    }

    static int[] reorder(int[] a, int[] perm) {
        int[] out = new int[a.length];
        for (int k = 0; k < perm.length; k++) {
            out[k] = a[perm[k]];
        }
        return out;
    }

    static double[] reorder(double[] a, int[] perm) {
        double[] out = new double[a.length];
        for (int k = 0; k < perm.length; k++) {
            out[k] = a[perm[k]];
        }
        return out;
    }

    @Override
    public void finish(Kernel kernel, int nodes) {
        super.finish(kernel, nodes);
        this.kernel = kernel;
        this.h = kernel.resolution();
        this.tics = Math.round(h * 1000.0);
        inStart = new int[nodes + 2];
        inConn = new int[count];
        for (int k = 0; k < count; k++) {
            inStart[target[k] + 1]++;
        }
        for (int i = 1; i < inStart.length; i++) {
            inStart[i] += inStart[i - 1];
        }
        int[] next = inStart.clone();
        for (int k = 0; k < count; k++) {
            inConn[next[target[k]]++] = k;
        }
        archive.track(this, nodes);
    }

    /** Reports {@code (sender, target, stamp, w)} to the weight_recorder of connection {@code k}, if any. */
    final void record(int k, long stamp, double w) {
        double id = sets.get(set[k])[recorderIndex];
        if (id != 0.0) {
            NodeGroup g = kernel.group((int) id);
            ((WeightRecorder) g).record((int) id - g.firstId, source[k], target[k], stamp, w);
        }
    }

    /** @return the earliest post spike time any connection onto {@code id} can still ask for */
    double oldestNeeded(int id) {
        double m = Double.POSITIVE_INFINITY;
        for (int j = inStart[id]; j < inStart[id + 1]; j++) {
            int c = inConn[j];
            m = Math.min(m, tLast[c] - delayMs(c) - 1.0);
        }
        return m;
    }

    /** Delay of connection {@code k} in ms, NEST's way (tics). */
    final double delayMs(int k) {
        return ms(delaySteps[k]);
    }
}
