package org.hebb.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.hebb.sim.device.DcGenerator;
import org.hebb.sim.device.SpikeGenerator;
import org.hebb.sim.device.StimulatorGroup;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.NodeGroup;
import org.hebb.sim.kernel.ParameterCheck;
import org.hebb.sim.kernel.Recordable;
import org.hebb.sim.neuron.NeuronGroup;
import org.hebb.sim.record.Multimeter;
import org.hebb.sim.record.RecorderGroup;
import org.hebb.sim.record.SpikeRecorder;
import org.hebb.sim.record.SpikeRecorderLinks;
import org.hebb.sim.record.WeightRecorder;
import org.hebb.sim.synapse.RewardModulated;
import org.hebb.sim.synapse.SynapseTable;
import org.hebb.sim.synapse.VolumeTransmitter;

/**
 * A spiking network simulated on a fixed time grid like NEST's kernel, with NEST's names: {@link #create},
 * {@link #connect}, {@link #simulate}, {@link #get}/{@link #set} of parameters by name.
 *
 * <p>Time is a count of steps of the resolution {@code h}; step {@code k} advances every node from
 * {@code k h} to {@code (k+1) h}. Node ids are 1-based in creation order; devices take ids too. Every
 * delay is a multiple of {@code h} and at least {@code h}; a spike emitted in step {@code k} with delay
 * {@code d} is processed by its target in step {@code k + d/h}, after the target's membrane update of
 * that step. {@code simulate(a); simulate(b)} gives bit for bit what {@code simulate(a + b)} gives, and
 * parameters may be changed between the calls (closed-loop control). A network is not thread-safe;
 * run independent networks in parallel instead.
 *
 * <pre>{@code
 * Network net = new Network(0.1, 42);
 * NodeCollection dc = net.create("dc_generator", 1, Map.of("amplitude", 500.0));
 * NodeCollection n = net.create("iaf_psc_alpha", 2);
 * NodeCollection mm = net.create("multimeter", 1, Map.of("interval", 0.1, "record_from", List.of("V_m")));
 * NodeCollection sr = net.create("spike_recorder");
 * net.connect(dc, n.get(0), ConnSpec.allToAll(), SynSpec.staticSynapse().withDelay(1.0));
 * net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(1000.0));
 * net.connect(mm, n);
 * net.connect(n, sr);
 * net.simulate(1000.0);
 * double[] vm = net.multimeterEvents(mm).trace("V_m", n.id(0));
 * double[] spikes = net.spikeEvents(sr).timesOf(n.id(1));
 * }</pre>
 */
public final class Network {

    /** NEST's default resolution, ms. */
    public static final double DEFAULT_RESOLUTION = 0.1;
    /** Default seed of all random draws (NEST's default rng_seed). */
    public static final long DEFAULT_SEED = 143202461L;

    private final double h;
    private final long seed;
    private final SplittableRandom connectRng;
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
    /** The network as its node groups and connection tables see it. */
    private final Kernel kernel = new Parts();

    /** A network with resolution 0.1 ms and the default seed. */
    public Network() {
        this(DEFAULT_RESOLUTION, DEFAULT_SEED);
    }

    /**
     * @param resolutionMs the time step h, ms (&gt; 0, finite)
     * @param seed seed of every random draw (connection rules, distributions, Poisson generators)
     */
    public Network(double resolutionMs, long seed) {
        if (!(resolutionMs > 0.0) || Double.isInfinite(resolutionMs)) {
            throw ParameterCheck.invalid("resolution", resolutionMs, "> 0 and finite");
        }
        this.h = resolutionMs;
        this.seed = seed;
        this.connectRng = new SplittableRandom(seed);
        synapses.putAll(Models.newSynapseTables());
        staticSynapses = synapses.get(Models.STATIC_SYNAPSE.name());
    }

    /** @return the resolution h, ms */
    public double resolution() {
        return h;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the simulated time, ms ({@code steps() * h}) */
    public double time() {
        return step * h;
    }

    /** @return the number of steps simulated so far */
    public long steps() {
        return step;
    }

    /** @return number of nodes created */
    public int size() {
        return nextId - 1;
    }

    /** @param model NEST model name @return one new node */
    public NodeCollection create(String model) {
        return create(model, 1, Map.of());
    }

    /** @param model NEST model name @param n how many @return the new nodes */
    public NodeCollection create(String model, int n) {
        return create(model, n, Map.of());
    }

    /**
     * Creates {@code n} nodes of {@code model}, every one with the given parameters.
     *
     * @param model NEST model name (see {@link Models#names()})
     * @param n how many, &gt;= 1
     * @param params parameter name to value, applied to every new node
     * @return the new nodes, ids consecutive after the last created node
     */
    public NodeCollection create(String model, int n, Map<String, Object> params) {
        Models.Factory f = Models.factory(model);
        if (n < 1) {
            throw ParameterCheck.invalid("create.n", n, ">= 1");
        }
        NodeGroup g = f.create(nextId, n, h, seed);
        for (int i = 0; i < n; i++) {
            g.set(i, params);
        }
        groups.add(g);
        groupFirstIds = Arrays.copyOf(groupFirstIds, groups.size());
        groupFirstIds[groups.size() - 1] = nextId;
        nextId += n;
        wired = false;
        return NodeCollection.range(g.firstId, n);
    }

    /** @param id a node id @return the model name of the node */
    public String model(int id) {
        return groupOf(id).model();
    }

    /** Connects every source to every target through a static synapse of weight 1 and delay 1 ms. */
    public void connect(NodeCollection pre, NodeCollection post) {
        connect(pre, post, ConnSpec.allToAll(), SynSpec.staticSynapse());
    }

    /**
     * Connects {@code pre} to {@code post}. Recording devices are connected like in NEST:
     * {@code connect(neurons, spike_recorder)} and {@code connect(multimeter, neurons)}.
     *
     * @param pre sources
     * @param post targets
     * @param conn the connection rule
     * @param syn the synapse model, weight, delay and receptor
     */
    public void connect(NodeCollection pre, NodeCollection post, ConnSpec conn, SynSpec syn) {
        for (int id : pre.ids()) {
            NodeGroup g = groupOf(id);
            if (g instanceof RecorderGroup && !(g instanceof Multimeter)) {
                throw ParameterCheck.invalid("connect.source", id + " (" + g.model() + ")", "a neuron, a stimulator or a multimeter");
            }
        }
        if (groupOf(pre.id(0)) instanceof Multimeter) {
            connectRecording(pre, post, true);
            return;
        }
        if (groupOf(post.id(0)) instanceof SpikeRecorder) {
            connectRecording(pre, post, false);
            return;
        }
        SynapseTable table = synapses.get(syn.model());
        if (table == null) {
            throw ParameterCheck.unknown("syn_spec.synapse_model", syn.model(), synapses.keySet());
        }
        table.connect(kernel, pre.ids(), post.ids(), conn, syn, connectRng);
        wired = false;
    }

    private void connectRecording(NodeCollection pre, NodeCollection post, boolean multimeter) {
        NodeCollection devices = multimeter ? pre : post;
        NodeCollection observed = multimeter ? post : pre;
        for (int d : devices.ids()) {
            NodeGroup g = groupOf(d);
            if (!(g instanceof Multimeter) && !(g instanceof SpikeRecorder)) {
                throw ParameterCheck.invalid("connect", d + " (" + g.model() + ")", "only recorders of one kind in one call");
            }
        }
        for (int id : observed.ids()) {
            if (multimeter && !(groupOf(id) instanceof Recordable)) {
                throw ParameterCheck.invalid("connect.target", id + " (" + model(id) + ")",
                        "a neuron, ac_generator or noise_generator (multimeter targets)");
            }
            if (!multimeter && (groupOf(id) instanceof RecorderGroup
                    || (groupOf(id) instanceof StimulatorGroup && !(groupOf(id) instanceof SpikeGenerator)))) {
                throw ParameterCheck.invalid("connect.source", id + " (" + model(id) + ")",
                        "a neuron or spike_generator (record a poisson_generator through a parrot_neuron)");
            }
            for (int d : devices.ids()) {
                if (multimeter) {
                    ((Multimeter) groupOf(d)).observe(d - groupOf(d).firstId, id);
                } else {
                    recorders.add(id, d);
                }
            }
        }
        wired = false;
    }

    /**
     * Advances the network by {@code ms} (a multiple of h, &gt;= 0).
     *
     * @param ms simulated time to add, ms
     */
    public void simulate(double ms) {
        if (!(ms >= 0.0)) {
            throw ParameterCheck.invalid("simulate.t", ms, ">= 0");
        }
        long n = ParameterCheck.toSteps("simulate.t", ms, h);
        prepare();
        long end = step + n;
        final NodeGroup[] gs = groupArray;
        final NodeGroup[] ss = samplers;
        final SynapseTable[] ts = tables;
        final SpikeListener[] ls = listenerArray;
        for (long k = step; k < end; k++) {
            for (NodeGroup g : gs) {
                g.update(k, kernel);
            }
            for (NodeGroup g : ss) {
                g.afterStep(k, kernel);
            }
            spikes.deliver(k, recorders, ts, ls);
        }
        step = end;
    }

    private void prepare() {
        rewiring = !wired;
        if (rewiring) {
            rewire();
        }
        for (NodeGroup g : groups) {
            g.prepare(kernel);
        }
        listenerArray = listeners.toArray(listenerArray);
        wired = true;
        rewiring = false;
    }

    /** Sorts the connection tables, sizes the rings beyond the largest delay, maps sources to spike recorders. */
    private void rewire() {
        int nodes = size();
        int ring = 2;
        for (SynapseTable t : synapses.values()) {
            t.finish(kernel, nodes);
            ring = Math.max(ring, t.maxDelaySteps() + 1);
        }
        for (NodeGroup g : groups) {
            if (g instanceof NeuronGroup ng) {
                ng.ensureRingLength(ring, step);
            }
        }
        recorders.rebuild(kernel, nodes);
        // a table without connections does nothing with a spike or at the end of a step (it tracks no target)
        tables = synapses.values().stream().filter(t -> t.count() > 0).toArray(SynapseTable[]::new);
        groupArray = groups.toArray(new NodeGroup[0]);
        samplers = groups.stream().filter(g -> g instanceof Multimeter).toArray(NodeGroup[]::new);
    }

    /** @return the group holding node {@code id} */
    NodeGroup groupOf(int id) {
        if (id < 1 || id >= nextId) {
            throw ParameterCheck.invalid("node_id", id, "in [1, " + (nextId - 1) + "] (existing nodes)");
        }
        int g = Arrays.binarySearch(groupFirstIds, id);
        return groups.get(g >= 0 ? g : -g - 2);
    }

    /**
     * @param id a node id
     * @param name a parameter or state variable name
     * @return its value: Double, Boolean, double[] or List of String
     */
    public Object get(int id, String name) {
        NodeGroup g = groupOf(id);
        return g.get(id - g.firstId, name);
    }

    /** @param id a node id @param name a numeric parameter or state variable @return its value */
    public double getDouble(int id, String name) {
        Object v = get(id, name);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw ParameterCheck.invalid(model(id) + "." + name, v, "a number to be read with getDouble");
    }

    /** @param id a node id @return every parameter and recordable of the node, by name */
    public Map<String, Object> getStatus(int id) {
        NodeGroup g = groupOf(id);
        Map<String, Object> out = new TreeMap<>();
        for (String k : g.info().defaults().keySet()) {
            out.put(k, g.get(id - g.firstId, k));
        }
        for (String k : g.info().recordables()) {
            out.put(k, g.get(id - g.firstId, k));
        }
        out.put("model", g.model());
        out.put("global_id", id);
        return out;
    }

    /** Sets one parameter of every node in {@code nodes}. */
    public void set(NodeCollection nodes, String name, Object value) {
        set(nodes, Map.of(name, value));
    }

    /**
     * Sets parameters of every node in {@code nodes}; per node all or nothing. Allowed between
     * simulate calls; the change acts from the next step on.
     */
    public void set(NodeCollection nodes, Map<String, Object> params) {
        for (int id : nodes.ids()) {
            NodeGroup g = groupOf(id);
            g.set(id - g.firstId, params);
        }
    }

    /**
     * A handle that sets the {@code amplitude} of the given {@code dc_generator}s without maps or boxing (for
     * per-step input currents); see {@link DcAmplitude}.
     *
     * @param generators dc_generator nodes, in the order the handle indexes them
     * @return the handle
     */
    public DcAmplitude dcAmplitude(NodeCollection generators) {
        int[] ids = generators.ids();
        DcGenerator[] group = new DcGenerator[ids.length];
        int[] local = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            NodeGroup g = groupOf(ids[i]);
            if (!(g instanceof DcGenerator dc)) {
                throw ParameterCheck.invalid("dc_amplitude.node", ids[i] + " (" + g.model() + ")", "a dc_generator");
            }
            group[i] = dc;
            local[i] = ids[i] - g.firstId;
        }
        return new DcAmplitude(group, local);
    }

    /** Adds a listener that sees every spike (the hook for spike histories of plastic synapses). */
    public void addSpikeListener(SpikeListener listener) {
        listeners.add(listener);
    }

    /** @param recorder one spike_recorder @return its events so far */
    public SpikeEvents spikeEvents(NodeCollection recorder) {
        return device(recorder, SpikeRecorder.class).events(recorder.id(0) - groupOf(recorder.id(0)).firstId, h);
    }

    /** @param multimeter one multimeter @return its samples so far (up to and including {@link #time()}) */
    public MultimeterEvents multimeterEvents(NodeCollection multimeter) {
        return device(multimeter, Multimeter.class).events(multimeter.id(0) - groupOf(multimeter.id(0)).firstId, h);
    }

    /** @param recorder one weight_recorder @return its events so far */
    public WeightEvents weightEvents(NodeCollection recorder) {
        return device(recorder, WeightRecorder.class).events(recorder.id(0) - groupOf(recorder.id(0)).firstId, h);
    }

    private <T extends NodeGroup> T device(NodeCollection c, Class<T> type) {
        NodeGroup g = groupOf(c.id(0));
        if (c.size() != 1 || !type.isInstance(g)) {
            throw ParameterCheck.invalid("recorder", c + " (" + g.model() + ")", "exactly one " + Models.info(
                    type == SpikeRecorder.class ? "spike_recorder" : type == Multimeter.class ? "multimeter" : "weight_recorder").name());
        }
        return type.cast(g);
    }

    /**
     * A state variable of every connection of a synapse model, in the order of {@link #getConnections(String)}:
     * {@code weight}, and for plastic models their state, e.g. {@code Kplus} (stdp_synapse),
     * {@code c}, {@code n} (stdp_dopamine_synapse), {@code pre_trace}, {@code post_trace}.
     *
     * @param synapseModel a synapse model name
     * @param name the variable
     * @return one value per connection
     */
    public double[] getConnectionState(String synapseModel, String name) {
        SynapseTable t = synapses.get(synapseModel);
        if (t == null) {
            throw ParameterCheck.unknown("synapse_model", synapseModel, synapses.keySet());
        }
        t.finish(kernel, size());
        double[] v = t.state(name);
        if (v == null) {
            throw ParameterCheck.invalid(synapseModel + ".state", "'" + name + "'", "a state variable of this synapse model");
        }
        return v;
    }

    /**
     * Delivers a reward (neuromodulator) signal from Java code between simulate calls; it acts in the next
     * step. To every volume_transmitter (as a dopamine spike of multiplicity {@code amount}) and every
     * reward-modulated synapse.
     *
     * @param amount the reward, signed
     * @throws IllegalArgumentException if the network has no reward-modulated synapse
     */
    public void deliverReward(double amount) {
        deliverReward(null, amount);
    }

    /**
     * Delivers a reward to {@code targets} only: volume transmitters, or neurons (the reward of their
     * incoming reward-modulated synapses, e.g. per output neuron).
     *
     * @param targets volume_transmitter or neuron ids; null for all
     * @param amount the reward, signed
     */
    public void deliverReward(NodeCollection targets, double amount) {
        ParameterCheck.toDouble("reward", amount, false);
        boolean modulated = false;
        for (SynapseTable t : synapses.values()) {
            modulated |= t instanceof RewardModulated && t.count() > 0;
        }
        if (!modulated) {
            throw ParameterCheck.invalid("reward", amount, "delivered to a network with a reward-modulated synapse (this one has none)");
        }
        int[] ids = targets == null ? null : targets.ids();
        for (NodeGroup g : groups) {
            if (g instanceof VolumeTransmitter vt) {
                for (int i = 0; i < vt.size; i++) {
                    if (ids == null || contains(ids, vt.firstId + i)) {
                        vt.inject(i, step, amount);
                    }
                }
            }
        }
        for (SynapseTable t : synapses.values()) {
            if (t instanceof RewardModulated r) {
                t.finish(kernel, size());
                r.reward(ids, amount, step);
            }
        }
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** @return the static_synapse connections */
    public Connections getConnections() {
        return getConnections(Models.STATIC_SYNAPSE.name());
    }

    /** @param synapseModel a synapse model name @return its connections, sorted by source */
    public Connections getConnections(String synapseModel) {
        SynapseTable t = synapses.get(synapseModel);
        if (t == null) {
            throw ParameterCheck.unknown("synapse_model", synapseModel, synapses.keySet());
        }
        t.finish(kernel, size());
        return t.connections(h);
    }

    /** The narrow view the node groups and connection tables get: time grid, node registry, event delivery. */
    private final class Parts implements Kernel {

        @Override
        public double resolution() {
            return h;
        }

        @Override
        public int size() {
            return Network.this.size();
        }

        @Override
        public NodeGroup group(int id) {
            return groupOf(id);
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
}
