package org.hebb.sim;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.hebb.sim.device.DcGenerator;
import org.hebb.sim.device.PoissonGenerator;
import org.hebb.sim.device.SpikeGenerator;
import org.hebb.sim.device.StepCurrentGenerator;
import org.hebb.sim.device.StimulatorGroup;
import org.hebb.sim.kernel.NodeGroup;
import org.hebb.sim.kernel.ParameterCheck;
import org.hebb.sim.kernel.Recordable;
import org.hebb.sim.neuron.NeuronGroup;
import org.hebb.sim.record.Multimeter;
import org.hebb.sim.record.RecorderGroup;
import org.hebb.sim.record.SpikeRecorder;
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
    /** Random node parameters: a stream of its own, so they do not shift the connection draws. */
    private final SplittableRandom parameterRng;
    /** Node registry, connection tables and the step loop; the view node groups and synapse tables get. */
    private final Engine engine;
    /** Synapse models made by {@link #copySynapseModel}: copy name to the catalogue model it copies. */
    private final Map<String, String> copiedFrom = new java.util.HashMap<>();

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
        this.parameterRng = new SplittableRandom(seed).split(); // split(): a stream independent of connectRng's
        this.engine = new Engine(resolutionMs);
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
        return engine.steps() * h;
    }

    /** @return the number of steps simulated so far */
    public long steps() {
        return engine.steps();
    }

    /** @return number of nodes created */
    public int size() {
        return engine.size();
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
     * Creates {@code n} nodes of {@code model} with the given parameters, as NEST's {@code Create}: a scalar
     * parameter takes a number (every node), a {@code double[]} or list (one value per node) or a
     * {@link Distribution} (drawn per node, in id order, from a stream of the seed's own that the connection
     * rules do not use); an array-valued parameter such as {@code spike_times} takes an array (every node) or an
     * array of arrays (one per node). The model checks every node's values.
     *
     * <pre>{@code
     * net.create("iaf_psc_alpha", 100, Map.of("V_m", Distribution.uniform(-70.0, -55.0), "I_e", new double[100]));
     * }</pre>
     *
     * @param model NEST model name (see {@link Models#names()})
     * @param n how many, &gt;= 1
     * @param params parameter name to value
     * @return the new nodes, ids consecutive after the last created node
     */
    public NodeCollection create(String model, int n, Map<String, Object> params) {
        Models.Factory f = Models.factory(model);
        if (n < 1) {
            throw ParameterCheck.invalid("create.n", n, ">= 1");
        }
        NodeGroup g = f.create(engine.nextId(), n, h, seed);
        List<Map<String, Object>> perNode = NodeParameters.expand(g.info(), n, params, parameterRng);
        for (int i = 0; i < n; i++) {
            g.set(i, perNode == null ? params : perNode.get(i));
        }
        engine.add(g);
        return NodeCollection.range(g.firstId, n);
    }

    /** @param id a node id @return the model name of the node */
    public String model(int id) {
        return engine.group(id).model();
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
        connect(pre, post, conn, syn, syn.model());
    }

    /**
     * Connects through a copy of {@code syn.model()} made by {@link #copySynapseModel} (or the model itself): the
     * connections behave as the model's and are listed under {@code synapseModel}, as NEST's copied synapse models.
     *
     * @param pre sources
     * @param post targets
     * @param conn the connection rule
     * @param syn the synapse parameters, checked by {@code syn.model()}
     * @param synapseModel {@code syn.model()} or the name of one of its copies
     */
    public void connect(NodeCollection pre, NodeCollection post, ConnSpec conn, SynSpec syn, String synapseModel) {
        if (!syn.model().equals(copiedFrom.getOrDefault(synapseModel, synapseModel))) {
            throw ParameterCheck.invalid("syn_spec.synapse_model", "'" + synapseModel + "'", "'" + syn.model()
                    + "' or a copy of it made by copySynapseModel");
        }
        for (int id : pre.ids()) {
            NodeGroup g = engine.group(id);
            if (g instanceof RecorderGroup && !(g instanceof Multimeter)) {
                throw ParameterCheck.invalid("connect.source", id + " (" + g.model() + ")", "a neuron, a stimulator or a multimeter");
            }
        }
        if (engine.group(pre.id(0)) instanceof Multimeter) {
            connectRecording(pre, post, true);
            return;
        }
        if (engine.group(post.id(0)) instanceof SpikeRecorder) {
            connectRecording(pre, post, false);
            return;
        }
        SynapseTable table = engine.synapses().get(synapseModel);
        if (Models.STATIC_SYNAPSE.name().equals(copiedFrom.get(synapseModel)) && sendsDirect(pre)) {
            // current and Poisson generators deliver through the static table (sendCurrent, sendPoisson)
            table = engine.synapses().get(Models.STATIC_SYNAPSE.name());
        }
        if (table == null) {
            throw ParameterCheck.unknown("syn_spec.synapse_model", synapseModel, engine.synapses().keySet());
        }
        table.connect(engine, pre.ids(), post.ids(), conn, syn, connectRng);
        engine.changed();
    }

    private void connectRecording(NodeCollection pre, NodeCollection post, boolean multimeter) {
        NodeCollection devices = multimeter ? pre : post;
        NodeCollection observed = multimeter ? post : pre;
        for (int d : devices.ids()) {
            NodeGroup g = engine.group(d);
            if (!(g instanceof Multimeter) && !(g instanceof SpikeRecorder)) {
                throw ParameterCheck.invalid("connect", d + " (" + g.model() + ")", "only recorders of one kind in one call");
            }
        }
        for (int id : observed.ids()) {
            if (multimeter && !(engine.group(id) instanceof Recordable)) {
                throw ParameterCheck.invalid("connect.target", id + " (" + model(id) + ")",
                        "a neuron, ac_generator or noise_generator (multimeter targets)");
            }
            if (!multimeter && (engine.group(id) instanceof RecorderGroup
                    || (engine.group(id) instanceof StimulatorGroup && !(engine.group(id) instanceof SpikeGenerator)))) {
                throw ParameterCheck.invalid("connect.source", id + " (" + model(id) + ")",
                        "a neuron or spike_generator (record a poisson_generator through a parrot_neuron)");
            }
            for (int d : devices.ids()) {
                if (multimeter) {
                    ((Multimeter) engine.group(d)).observe(d - engine.group(d).firstId, id);
                } else {
                    engine.linkSpikeRecorder(id, d);
                }
            }
        }
        engine.changed();
    }

    /**
     * A time in ms as steps of {@code resolution}, checked as {@link #simulate} checks it: finite, on the grid, and
     * within the step counter's range (2^53 steps), so a spec can refuse a bad time before any node is made.
     *
     * @param field the name the one-line error gives the time
     * @return the number of steps
     */
    public static long toSteps(String field, double ms, double resolution) {
        return ParameterCheck.toSteps(field, ms, resolution);
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
        engine.run(ParameterCheck.toSteps("simulate.t", ms, h));
    }

    /**
     * Kernel status {@code local_num_threads}, as NEST's: the threads one simulate call uses. The results (spikes,
     * states, weights, recorded events) are the same bit for bit on any number; a network with parts the
     * partitioned kernel does not cover runs on one thread (see docs/nest-models.md, "Threads and lazy decay").
     *
     * @param n threads, 1 to {@value PartitionedRun#MAX_THREADS}
     */
    public void setLocalNumThreads(int n) {
        if (n < 1 || n > PartitionedRun.MAX_THREADS) {
            throw ParameterCheck.invalid("local_num_threads", n, "in [1, " + PartitionedRun.MAX_THREADS + "]");
        }
        engine.threads(n);
    }

    /** @return kernel status {@code local_num_threads} (1 unless set) */
    public int localNumThreads() {
        return engine.threads();
    }

    /** @return whether the next simulate call runs on several threads (local_num_threads &gt; 1 and every part covered) */
    public boolean runsPartitioned() {
        return engine.partitioned();
    }

    /**
     * Kernel status {@code lazy_decay} (hebb's, default on): a quiet iaf_psc_alpha/exp/delta neuron whose free decay
     * provably stays below threshold is not updated every step; its decay is replayed, with the same floating-point
     * operations, when it is next needed. Off, it is updated in every step. The results are the same bits either way.
     */
    public void setLazyDecay(boolean on) {
        engine.lazyDecay(on);
    }

    /** @return kernel status {@code lazy_decay} */
    public boolean lazyDecay() {
        return engine.lazyDecay();
    }

    /**
     * @param id a node id
     * @param name a parameter or state variable name
     * @return its value: Double, Boolean, double[] or List of String
     */
    public Object get(int id, String name) {
        NodeGroup g = engine.group(id);
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
        NodeGroup g = engine.group(id);
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
            NodeGroup g = engine.group(id);
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
            NodeGroup g = engine.group(ids[i]);
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
        engine.addListener(listener);
    }

    /** @param recorder one spike_recorder @return its events so far */
    public SpikeEvents spikeEvents(NodeCollection recorder) {
        return device(recorder, SpikeRecorder.class).events(recorder.id(0) - engine.group(recorder.id(0)).firstId, h);
    }

    /** @param multimeter one multimeter @return its samples so far (up to and including {@link #time()}) */
    public MultimeterEvents multimeterEvents(NodeCollection multimeter) {
        return device(multimeter, Multimeter.class).events(multimeter.id(0) - engine.group(multimeter.id(0)).firstId, h);
    }

    /** @param recorder one weight_recorder @return its events so far */
    public WeightEvents weightEvents(NodeCollection recorder) {
        return device(recorder, WeightRecorder.class).events(recorder.id(0) - engine.group(recorder.id(0)).firstId, h);
    }

    private <T extends NodeGroup> T device(NodeCollection c, Class<T> type) {
        NodeGroup g = engine.group(c.id(0));
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
        double[] v = engine.finishedTable(synapseModel).state(name);
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
        for (SynapseTable t : engine.synapses().values()) {
            modulated |= t instanceof RewardModulated && t.count() > 0;
        }
        if (!modulated) {
            throw ParameterCheck.invalid("reward", amount, "delivered to a network with a reward-modulated synapse (this one has none)");
        }
        int[] ids = targets == null ? null : targets.ids();
        long step = engine.steps();
        for (NodeGroup g : engine.groups()) {
            if (g instanceof VolumeTransmitter vt) {
                for (int i = 0; i < vt.size; i++) {
                    if (ids == null || contains(ids, vt.firstId + i)) {
                        vt.inject(i, step, amount);
                    }
                }
            }
        }
        for (SynapseTable t : engine.synapses().values()) {
            if (t instanceof RewardModulated r) {
                t.finish(engine, engine.size());
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

    /** @return whether some source is a current or Poisson generator (which deliver through the static table) */
    private boolean sendsDirect(NodeCollection pre) {
        for (int id : pre.ids()) {
            NodeGroup g = engine.group(id);
            if (g instanceof DcGenerator || g instanceof StepCurrentGenerator || g instanceof PoissonGenerator) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a synapse model {@code copy} that behaves as {@code existing} (a catalogue synapse model) with a
     * connection table of its own, as NEST's {@code CopyModel} of a synapse model: its connections are counted,
     * listed and read under the new name.
     *
     * @param existing a synapse model of {@link Models#names(ModelInfo.Kind)}
     * @param copy the new name, not yet a model
     */
    public void copySynapseModel(String existing, String copy) {
        if (!Models.names(ModelInfo.Kind.SYNAPSE).contains(existing)) {
            throw ParameterCheck.unknown("copy.synapse_model", existing, Models.names(ModelInfo.Kind.SYNAPSE));
        }
        if (copy == null || copy.isBlank() || engine.synapses().containsKey(copy) || Models.names().contains(copy)) {
            throw ParameterCheck.invalid("copy.name", "'" + copy + "'", "a new model name");
        }
        engine.synapses().put(copy, Models.newSynapseTable(existing));
        copiedFrom.put(copy, existing);
        engine.changed();
    }

    /** @param synapseModel a synapse model name @return its number of connections (NEST's {@code num_connections}) */
    public int numConnections(String synapseModel) {
        return engine.finishedTable(synapseModel).count();
    }

    /** @return NEST's kernel {@code min_delay}, ms: the smallest delay of any connection, h without connections */
    public double minDelay() {
        return engine.minDelaySteps() * h;
    }

    /** @return NEST's kernel {@code max_delay}, ms: the largest delay of any connection, h without connections */
    public double maxDelay() {
        int m = 1;
        for (SynapseTable t : engine.synapses().values()) {
            m = Math.max(m, t.maxDelaySteps());
        }
        return m * h;
    }

    /**
     * Sets the weights of some connections of a synapse model, as NEST's {@code SynapseCollection.set(weight=...)};
     * all are checked (finite, within a plastic model's [Wmin, Wmax]) before any is set.
     *
     * @param synapseModel a synapse model name
     * @param positions connection positions in the order of {@link #getConnections(String)}
     * @param weights the new weight of each
     */
    public void setConnectionWeights(String synapseModel, int[] positions, double[] weights) {
        engine.finishedTable(synapseModel).setWeights(positions, weights);
    }

    /** @return the static_synapse connections */
    public Connections getConnections() {
        return getConnections(Models.STATIC_SYNAPSE.name());
    }

    /** @param synapseModel a synapse model name @return its connections, sorted by source */
    public Connections getConnections(String synapseModel) {
        return engine.finishedTable(synapseModel).connections(h);
    }
}
