package org.hebb.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.NodeGroup;
import org.hebb.sim.kernel.ParameterCheck;
import org.hebb.sim.neuron.NeuronGroup;
import org.hebb.sim.record.Multimeter;
import org.hebb.sim.record.SpikeRecorderLinks;
import org.hebb.sim.synapse.SynapseTable;

/**
 * The scheduler behind a {@link Network}, and the {@link Kernel} its node groups and connection tables see: the node
 * registry, the connection tables, the spike queue and NEST's update order per step (every group updates, the
 * multimeters sample, then the step's spikes are delivered). The network keeps the user-facing API (create, connect,
 * get/set, events, rewards) and the random streams.
 */
final class Engine implements Kernel {

    private final double h;
    private final List<NodeGroup> groups = new ArrayList<>();
    private int[] groupFirstIds = new int[0];
    private int nextId = 1;
    private long step;
    private final Map<String, SynapseTable> synapses = new LinkedHashMap<>();
    private final SynapseTable staticSynapses;
    private final SpikeRecorderLinks recorders = new SpikeRecorderLinks();
    private SynapseTable[] tables = new SynapseTable[0];
    private final List<SpikeListener> listeners = new ArrayList<>();
    private SpikeListener[] listenerArray = new SpikeListener[0];
    private NodeGroup[] groupArray = new NodeGroup[0];
    /** The groups that sample after a step (multimeters; the others' afterStep does nothing). */
    private NodeGroup[] samplers = new NodeGroup[0];
    private final SpikeQueue spikes = new SpikeQueue();
    /** False after create/connect: connection tables, rings and recorder maps need rebuilding. */
    private boolean wired;
    private boolean rewiring;
    /** Kernel status local_num_threads. */
    private int threads = 1;
    /** The multi-threaded plan of the wired network (null: it runs on one thread), and what it was made for. */
    private PartitionedRun partitioned;
    private int planThreads = 1;
    private int planListeners;
    /** Kernel status lazy_decay: sleeping neurons catch their decay up when next needed (same bits either way). */
    private boolean lazyDecay = true;

    Engine(double h) {
        this.h = h;
        synapses.putAll(Models.newSynapseTables());
        staticSynapses = synapses.get(Models.STATIC_SYNAPSE.name());
    }

    /** @return the id the next created node gets */
    int nextId() {
        return nextId;
    }

    /** Registers a new group whose first id is {@link #nextId()}. */
    void add(NodeGroup g) {
        groups.add(g);
        groupFirstIds = Arrays.copyOf(groupFirstIds, groups.size());
        groupFirstIds[groups.size() - 1] = nextId;
        nextId += g.size;
        wired = false;
    }

    /** Marks the structure changed (new connections or recorder links): the next run rewires. */
    void changed() {
        wired = false;
    }

    /** @return every node group, in creation order */
    List<NodeGroup> groups() {
        return groups;
    }

    /** @return the connection table of every synapse model, by name */
    Map<String, SynapseTable> synapses() {
        return synapses;
    }

    /** @param model a synapse model name @return its table, finished (sorted, targets resolved) */
    SynapseTable finishedTable(String model) {
        SynapseTable t = synapses.get(model);
        if (t == null) {
            throw ParameterCheck.unknown("synapse_model", model, synapses.keySet());
        }
        t.finish(this, size());
        return t;
    }

    /** Links a source node to a spike recorder ({@code connect(source, spike_recorder)}). */
    void linkSpikeRecorder(int source, int recorder) {
        recorders.add(source, recorder);
        wired = false;
    }

    void threads(int n) {
        threads = n;
    }

    int threads() {
        return threads;
    }

    /** @return whether the next run uses the partitioned multi-threaded kernel (prepared) */
    boolean partitioned() {
        prepare();
        return partitioned != null;
    }

    void lazyDecay(boolean on) {
        lazyDecay = on;
    }

    boolean lazyDecay() {
        return lazyDecay;
    }

    void addListener(SpikeListener listener) {
        listeners.add(listener);
    }

    /** @return the number of steps simulated so far */
    long steps() {
        return step;
    }

    /** Advances every node by {@code n} steps. */
    void run(long n) {
        prepare();
        long end = step + n;
        if (partitioned != null && n > 0) {
            partitioned.run(step, end, this, tables, staticSynapses, recorders, samplers);
            step = end;
            settle();
            return;
        }
        final NodeGroup[] gs = groupArray;
        final NodeGroup[] ss = samplers;
        final SynapseTable[] ts = tables;
        final SpikeListener[] ls = listenerArray;
        for (long k = step; k < end; k++) {
            for (NodeGroup g : gs) {
                g.update(k, this);
            }
            for (NodeGroup g : ss) {
                g.afterStep(k, this);
            }
            spikes.deliver(k, recorders, ts, ls);
        }
        step = end;
        settle();
    }

    /** Replays the pending decay of every sleeping neuron (lazy decay): after a run every state is current. */
    private void settle() {
        for (NodeGroup g : groupArray) {
            if (g instanceof NeuronGroup ng) {
                ng.settle();
            }
        }
    }

    private void prepare() {
        rewiring = !wired;
        if (rewiring) {
            rewire();
        }
        for (NodeGroup g : groups) {
            if (g instanceof NeuronGroup ng) {
                ng.lazyDecay(lazyDecay);
            }
            g.prepare(this);
        }
        listenerArray = listeners.toArray(listenerArray);
        if (rewiring || planThreads != threads || planListeners != listenerArray.length) {
            partitioned = PartitionedRun.plan(threads, groups, tables, listenerArray.length > 0, size());
            planThreads = threads;
            planListeners = listenerArray.length;
        }
        wired = true;
        rewiring = false;
    }

    /** Sorts the connection tables, sizes the rings beyond the largest delay, maps sources to spike recorders. */
    private void rewire() {
        int nodes = size();
        int ring = 2;
        for (SynapseTable t : synapses.values()) {
            t.finish(this, nodes);
            ring = Math.max(ring, t.maxDelaySteps() + 1);
        }
        for (NodeGroup g : groups) {
            if (g instanceof NeuronGroup ng) {
                ng.ensureRingLength(ring, step);
            }
        }
        recorders.rebuild(this, nodes);
        // a table without connections does nothing with a spike or at the end of a step (it tracks no target)
        tables = synapses.values().stream().filter(t -> t.count() > 0).toArray(SynapseTable[]::new);
        groupArray = groups.toArray(new NodeGroup[0]);
        samplers = groups.stream().filter(g -> g instanceof Multimeter).toArray(NodeGroup[]::new);
    }

    @Override
    public double resolution() {
        return h;
    }

    @Override
    public int size() {
        return nextId - 1;
    }

    @Override
    public NodeGroup group(int id) {
        if (id < 1 || id >= nextId) {
            throw ParameterCheck.invalid("node_id", id, "in [1, " + (nextId - 1) + "] (existing nodes)");
        }
        int g = Arrays.binarySearch(groupFirstIds, id);
        return groups.get(g >= 0 ? g : -g - 2);
    }

    @Override
    public boolean rewiring() {
        return rewiring;
    }

    @Override
    public int minDelaySteps() {
        int m = Integer.MAX_VALUE;
        for (SynapseTable t : synapses.values()) {
            m = Math.min(m, t.minDelaySteps());
        }
        return m == Integer.MAX_VALUE ? 1 : m;
    }

    @Override
    public void emitSpike(int sender, long k, int multiplicity, double weightFactor) {
        spikes.add(sender, multiplicity, weightFactor);
    }

    @Override
    public boolean zeroCurrentsAreSilent() {
        return staticSynapses.finiteWeights();
    }

    @Override
    public void sendCurrent(int sender, long k, double amp) {
        staticSynapses.deliverCurrent(sender, k, amp);
    }

    @Override
    public int staticTargets(int sender) {
        return staticSynapses.targets(sender);
    }

    @Override
    public void sendCurrents(int sender, long k, double[] amps) {
        staticSynapses.deliverCurrents(sender, k, amps);
    }

    @Override
    public void sendPoisson(int sender, long k, double lambda, RandomGenerator rng) {
        staticSynapses.deliverPoisson(sender, k, lambda, rng);
    }
}
