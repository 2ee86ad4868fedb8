package org.hebb.sim.synapse;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.Connections;
import org.hebb.sim.Distribution;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.SynSpec;
import org.hebb.sim.connect.ConnectionRule;
import org.hebb.sim.device.PoissonGenerator;
import org.hebb.sim.device.SplitMixStream;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.NodeGroup;
import org.hebb.sim.kernel.ParameterCheck;
import org.hebb.sim.neuron.NeuronGroup;

/**
 * All connections of one synapse model in compressed sparse rows by source: the outgoing connections
 * of node {@code s} are {@code start[s] .. start[s+1]-1}, in creation order. One primitive column per
 * field; a plastic synapse model extends this with its own state columns and overrides
 * {@link #deliverSpike} (the hook through which every spike reaches its targets).
 */
public class SynapseTable {

    final ModelInfo info;
    int count;
    int[] source = new int[16];
    int[] target = new int[16];
    int[] delaySteps = new int[16];
    int[] receptor = new int[16];
    double[] weight = new double[16];
    /** Resolved target population and local index, per connection. */
    NeuronGroup[] targetGroup = new NeuronGroup[0];
    int[] targetLocal = new int[0];
    int[] start = new int[2];
    /**
     * The partitioned view of the rows for the multi-threaded kernel: the connections of source {@code s} whose
     * target belongs to partition {@code p} are {@code partConn[partStart[s * parts + p] ..]}, in row order (a
     * stable sort of the rows by target partition), so every thread adds into its own ring slots in the order the
     * single-threaded delivery does. {@code partConn} is null when that order is the table's own (each row's
     * partitions contiguous and ascending): then the index is the connection itself.
     */
    int parts;
    int[] partStart = new int[0];
    int[] partConn;
    /** The partition of every node the view was built for (identity), null before the first. */
    private int[] partitionOf;
    /** Every weight finite, as of the last {@link #finish} (then weight * 0 is +-0 for every connection). */
    boolean finiteWeights = true;
    private boolean finished = true;

    public SynapseTable(ModelInfo info) {
        this.info = info;
    }

    void add(int s, int t, double w, int d, int r) {
        if (count == source.length) {
            int n = count * 2;
            source = Arrays.copyOf(source, n);
            target = Arrays.copyOf(target, n);
            delaySteps = Arrays.copyOf(delaySteps, n);
            receptor = Arrays.copyOf(receptor, n);
            weight = Arrays.copyOf(weight, n);
            grow(n);
        }
        source[count] = s;
        target[count] = t;
        weight[count] = w;
        delaySteps[count] = d;
        receptor[count] = r;
        count++;
        finished = false;
    }

    /**
     * Expands the rule and adds the connections; all weights and delays are drawn and checked before
     * any connection is added, so a bad value leaves the table unchanged.
     */
    public void connect(Kernel kernel, int[] pre, int[] post, ConnSpec conn, SynSpec syn, RandomGenerator rng) {
        for (int id : post) {
            NodeGroup g = kernel.group(id);
            if (!(g instanceof NeuronGroup ng)) {
                throw ParameterCheck.invalid("connect.target", id + " (" + g.model() + ")", "a neuron");
            }
            if (!ng.acceptsReceptor(syn.receptorType())) {
                throw ParameterCheck.invalid(g.model() + ".receptor_type", syn.receptorType(), ng.receptorTypes());
            }
        }
        int paramSet = paramSet(syn.extra(), kernel);
        ConnectionRule pairs = ConnectionRule.expand(conn, pre, post, rng);
        int[] delays = new int[pairs.count];
        double[] weights = new double[pairs.count];
        for (int k = 0; k < pairs.count; k++) { // validate all before adding any
            weights[k] = syn.value(syn.weight(), k, pairs.count, rng, "weight");
            double d = syn.value(syn.delay(), k, pairs.count, rng, "delay");
            if (syn.delay() instanceof Distribution) {
                d = Math.round(d / kernel.resolution()) * kernel.resolution(); // drawn delays are rounded to the grid
            }
            long steps = ParameterCheck.toSteps("delay", d, kernel.resolution());
            if (steps < 1) {
                throw ParameterCheck.invalid("delay", d, ">= the resolution " + kernel.resolution() + " ms");
            }
            if (steps > ParameterCheck.MAX_DELAY_STEPS) { // checked here, when connecting, not as an overflow later
                throw ParameterCheck.invalid("delay", d, "at most 2^31-2 steps of " + kernel.resolution() + " ms = "
                        + ParameterCheck.stepsInMs(ParameterCheck.MAX_DELAY_STEPS, kernel.resolution()) + " ms");
            }
            delays[k] = (int) steps;
            checkWeight(paramSet, weights[k]);
        }
        for (int k = 0; k < pairs.count; k++) {
            add(pairs.src[k], pairs.tgt[k], weights[k], delays[k], syn.receptorType(), paramSet);
        }
    }

    /** Adds a connection made with the model parameters {@code paramSet} (see {@link #paramSet}). */
    void add(int s, int t, double w, int d, int r, int paramSet) {
        add(s, t, w, d, r);
    }

    /**
     * Hook for plastic models: validates the model parameters of one connect call (all before any
     * connection is added) and returns a handle for them. A static synapse takes none.
     */
    int paramSet(java.util.Map<String, Object> extra, Kernel kernel) {
        for (String k : extra.keySet()) {
            throw ParameterCheck.unknown(info.name() + ".parameter", k, info.defaults().keySet());
        }
        return 0;
    }

    /** Hook for plastic models: rejects an initial weight their parameters do not allow. */
    void checkWeight(int paramSet, double w) {
    }

    /**
     * Hook for plastic models: a per-connection state column by name (copy, connection order of
     * {@link org.hebb.sim.Network#getConnections}); null if the model has no such variable.
     */
    public double[] state(String name) {
        return name.equals("weight") ? java.util.Arrays.copyOf(weight, count) : null;
    }

    /** Hook for time-driven plastic models: called after the spikes of step {@code step} were delivered. */
    public void endStep(long step) {
    }

    /** Hook for subclasses: grow their per-connection columns to {@code n}. */
    void grow(int n) {
    }

    /** Hook for subclasses: reorder their per-connection columns, {@code perm[new] = old}. */
    void permute(int[] perm) {
    }

    /** Stable counting sort by source and resolution of targets; {@code nodes} is the largest id. */
    public void finish(Kernel kernel, int nodes) {
        if (finished && start.length == nodes + 2) {
            return;
        }
        int[] next = new int[nodes + 2];
        for (int k = 0; k < count; k++) {
            next[source[k] + 1]++;
        }
        for (int s = 1; s < next.length; s++) {
            next[s] += next[s - 1];
        }
        start = next.clone();
        int[] perm = new int[count];
        for (int k = 0; k < count; k++) {
            perm[next[source[k]]++] = k;
        }
        source = reorder(source, perm);
        target = reorder(target, perm);
        delaySteps = reorder(delaySteps, perm);
        receptor = reorder(receptor, perm);
        double[] w = new double[weight.length];
        for (int k = 0; k < count; k++) {
            w[k] = weight[perm[k]];
        }
        weight = w;
        permute(perm);
        targetGroup = new NeuronGroup[count];
        targetLocal = new int[count];
        finiteWeights = true;
        for (int k = 0; k < count; k++) {
            finiteWeights &= Double.isFinite(weight[k]);
            targetGroup[k] = (NeuronGroup) kernel.group(target[k]);
            targetLocal[k] = target[k] - targetGroup[k].firstId;
        }
        finished = true;
        partitionOf = null; // rows changed: the partitioned view is rebuilt on demand
    }

    /**
     * @return whether the multi-threaded kernel may deliver this table's spikes by target partition (each connection's
     *         state touched only by the thread owning its target); static connections and models that say so
     */
    public boolean deliversByPartition() {
        return getClass() == SynapseTable.class;
    }

    /**
     * Builds the partitioned view of the finished rows: {@code owner[id]} is the partition of node {@code id}
     * (every target has one), {@code parts} their number. Kept while the rows and {@code owner} stay the same.
     */
    public final void partition(int[] owner, int parts) {
        if (partitionOf == owner && this.parts == parts) {
            return;
        }
        int rows = start.length - 1;
        int[] next = new int[rows * parts + 1];
        for (int k = 0; k < count; k++) {
            next[source[k] * parts + owner[target[k]] + 1]++;
        }
        for (int i = 1; i < next.length; i++) {
            next[i] += next[i - 1];
        }
        partStart = next.clone();
        int[] conn = new int[count];
        boolean identity = true;
        for (int k = 0; k < count; k++) {
            int at = next[source[k] * parts + owner[target[k]]]++;
            conn[at] = k;
            identity &= at == k;
        }
        partConn = identity ? null : conn;
        this.parts = parts;
        partitionOf = owner;
    }

    /** @return the partition of node {@code id} in the current partitioned view */
    final int ownerOf(int id) {
        return partitionOf[id];
    }

    /** The part of {@link #deliverSpike} whose targets belong to partition {@code part}. */
    public void deliverSpike(int src, long step, int multiplicity, double weightFactor, int part) {
        final int[] conn = partConn;
        for (int j = partStart[src * parts + part], end = partStart[src * parts + part + 1]; j < end; j++) {
            int k = conn == null ? j : conn[j];
            targetGroup[k].receiveSpike(targetLocal[k], receptor[k], step + delaySteps[k], weight[k] * weightFactor, multiplicity);
        }
    }

    /**
     * The part of {@link #deliverPoisson} whose targets belong to partition {@code part}: the {@code j}-th target of
     * the row draws its count from the numbers at {@code drawn + j * perDraw} of {@code stream}, the ones the
     * sequential delivery would draw for it ({@code drawn}: numbers drawn in this step's earlier rows and steps).
     */
    public final void deliverPoisson(int src, long step, double lambda, SplitMixStream stream, long drawn, int part) {
        final int[] conn = partConn;
        final int perDraw = PoissonGenerator.numbersPerDraw(lambda), row = start[src];
        final double mean = PoissonGenerator.partMean(lambda), pZero = Math.exp(-mean);
        for (int j = partStart[src * parts + part], end = partStart[src * parts + part + 1]; j < end; j++) {
            int k = conn == null ? j : conn[j];
            int n = PoissonGenerator.drawAt(mean, pZero, perDraw, stream, drawn + (long) (k - row) * perDraw);
            if (n > 0) {
                targetGroup[k].receiveSpike(targetLocal[k], receptor[k], step + delaySteps[k], weight[k], n);
            }
        }
    }

    private static int[] reorder(int[] a, int[] perm) {
        int[] out = new int[a.length];
        for (int k = 0; k < perm.length; k++) {
            out[k] = a[perm[k]];
        }
        return out;
    }

    /**
     * Sets the weights of the connections at {@code positions} (the order of a finished table's connections), as
     * NEST's {@code SynapseCollection.set(weight=...)}: every weight is checked (finite, and within a plastic model's
     * bounds) before any is set.
     */
    public final void setWeights(int[] positions, double[] weights) {
        if (positions.length != weights.length) {
            throw ParameterCheck.invalid("weight", "array of length " + weights.length, "of length " + positions.length
                    + " (one per connection)");
        }
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] < 0 || positions[i] >= count) {
                throw ParameterCheck.invalid("connection", positions[i], "in [0, " + count + ") (connections of "
                        + info.name() + ")");
            }
            ParameterCheck.toDouble(info.name() + ".weight", weights[i], false);
            checkWeight(paramSetOf(positions[i]), weights[i]);
        }
        for (int i = 0; i < positions.length; i++) {
            weight[positions[i]] = weights[i];
        }
    }

    /** Hook for plastic models: the parameter set of connection {@code k}. */
    int paramSetOf(int k) {
        return 0;
    }

    /** @return the number of connections */
    public final int count() {
        return count;
    }

    /** @return whether every weight was finite at the last {@link #finish} (then weight * 0 is +-0 everywhere) */
    public final boolean finiteWeights() {
        return finiteWeights;
    }

    /** @return the smallest delay of any connection in steps, {@link Integer#MAX_VALUE} without connections */
    public final int minDelaySteps() {
        int m = Integer.MAX_VALUE;
        for (int k = 0; k < count; k++) {
            m = Math.min(m, delaySteps[k]);
        }
        return m;
    }

    /**
     * @param h the resolution, ms (delays are stored in steps)
     * @return a copy of the connections, sorted by source (call {@link #finish} first)
     */
    public final Connections connections(double h) {
        double[] d = new double[count];
        for (int k = 0; k < count; k++) {
            d[k] = delaySteps[k] * h;
        }
        return new Connections(info.name(), Arrays.copyOf(source, count), Arrays.copyOf(target, count),
                Arrays.copyOf(weight, count), d, Arrays.copyOf(receptor, count));
    }

    public int maxDelaySteps() {
        int m = 1;
        for (int k = 0; k < count; k++) {
            m = Math.max(m, delaySteps[k]);
        }
        return m;
    }

    /** Delivers a spike emitted by {@code src} in step {@code step}: it is processed in step {@code step + delay}. */
    public void deliverSpike(int src, long step, int multiplicity, double weightFactor) {
        for (int k = start[src], end = start[src + 1]; k < end; k++) {
            targetGroup[k].receiveSpike(targetLocal[k], receptor[k], step + delaySteps[k], weight[k] * weightFactor, multiplicity);
        }
    }

    /** Sends a current event of amplitude {@code amp} (pA) from {@code src} in step {@code step}. */
    public void deliverCurrent(int src, long step, double amp) {
        for (int k = start[src], end = start[src + 1]; k < end; k++) {
            targetGroup[k].receiveCurrent(targetLocal[k], step + delaySteps[k], weight[k] * amp); // CurrentEvent: weight * current
        }
    }

    /** @return the number of connections leaving {@code src} (call {@link #finish} first) */
    public final int targets(int src) {
        return src + 1 < start.length ? start[src + 1] - start[src] : 0;
    }

    /** Sends the {@code j}-th target of {@code src} the current {@code amps[j]} (pA) times its weight. */
    public void deliverCurrents(int src, long step, double[] amps) {
        for (int k = start[src], end = start[src + 1], j = 0; k < end; k++, j++) {
            targetGroup[k].receiveCurrent(targetLocal[k], step + delaySteps[k], weight[k] * amps[j]);
        }
    }

    /** Sends each target of {@code src} its own Poisson count with mean {@code lambda} (poisson_generator::event_hook). */
    public void deliverPoisson(int src, long step, double lambda, RandomGenerator rng) {
        final int parts = PoissonGenerator.numbersPerDraw(lambda);
        final double part = PoissonGenerator.partMean(lambda), pZero = Math.exp(-part); // once per step, same bits
        for (int k = start[src], end = start[src + 1]; k < end; k++) {
            int n = PoissonGenerator.draw(part, pZero, parts, rng);
            if (n > 0) {
                targetGroup[k].receiveSpike(targetLocal[k], receptor[k], step + delaySteps[k], weight[k], n);
            }
        }
    }
}
