package org.hebb.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hebb.sim.device.DcGenerator;
import org.hebb.sim.device.PoissonGenerator;
import org.hebb.sim.device.SpikeGenerator;
import org.hebb.sim.device.StepCurrentGenerator;
import org.hebb.sim.kernel.NodeGroup;
import org.hebb.sim.kernel.ParameterCheck;
import org.hebb.sim.neuron.IafPscAlpha;
import org.hebb.sim.neuron.IafPscDelta;
import org.hebb.sim.neuron.IafPscExp;
import org.hebb.sim.neuron.ParrotNeuron;
import org.hebb.sim.record.Multimeter;
import org.hebb.sim.record.SpikeRecorder;
import org.hebb.sim.record.WeightRecorder;
import org.hebb.sim.synapse.RewardStdpSynapse;
import org.hebb.sim.synapse.StdpDopamineSynapse;
import org.hebb.sim.synapse.StdpSynapse;
import org.hebb.sim.synapse.StdpTraceSynapse;
import org.hebb.sim.synapse.SynapseTable;
import org.hebb.sim.synapse.VolumeTransmitter;

/**
 * The catalogue of models hebb knows, by their NEST names: neurons, stimulating and recording devices,
 * and synapse models. A spec reader uses it to list valid names in its error messages.
 *
 * <pre>{@code
 * Models.names();                                   // [iaf_psc_alpha, iaf_psc_exp, ...]
 * Models.info("iaf_psc_alpha").defaults();          // {C_m=250.0, E_L=-70.0, ...}
 * Models.info("iaf_psc_alpha").recordables();       // [V_m, I_syn_ex, I_syn_in]
 * }</pre>
 */
public final class Models {

    /** Constructs a group: first id, size, resolution, seed. */
    interface Factory {
        NodeGroup create(int firstId, int size, double h, long seed);
    }

    /** The synapse model without plasticity: fixed weight and delay. */
    static final ModelInfo STATIC_SYNAPSE = new ModelInfo("static_synapse", ModelInfo.Kind.SYNAPSE,
            Map.of("weight", 1.0, "delay", 1.0, "receptor_type", 0), List.of());

    private static final Map<String, ModelInfo> INFOS = new LinkedHashMap<>();
    private static final Map<String, Factory> FACTORIES = new LinkedHashMap<>();
    /** Synapse models: the connection table type that stores and delivers their connections. */
    private static final Map<String, java.util.function.Function<ModelInfo, SynapseTable>> SYNAPSES = new LinkedHashMap<>();

    static {
        node(IafPscAlpha.INFO, (f, n, h, s) -> new IafPscAlpha(f, n));
        node(IafPscExp.INFO, (f, n, h, s) -> new IafPscExp(f, n));
        node(IafPscDelta.INFO, (f, n, h, s) -> new IafPscDelta(f, n));
        node(ParrotNeuron.INFO, (f, n, h, s) -> new ParrotNeuron(f, n));
        node(DcGenerator.INFO, (f, n, h, s) -> new DcGenerator(f, n, h));
        node(StepCurrentGenerator.INFO, (f, n, h, s) -> new StepCurrentGenerator(f, n, h));
        node(SpikeGenerator.INFO, (f, n, h, s) -> new SpikeGenerator(f, n, h));
        node(PoissonGenerator.INFO, (f, n, h, s) -> new PoissonGenerator(f, n, h, s));
        node(Multimeter.INFO, (f, n, h, s) -> new Multimeter(f, n, h));
        node(SpikeRecorder.INFO, (f, n, h, s) -> new SpikeRecorder(f, n));
        node(WeightRecorder.INFO, (f, n, h, s) -> new WeightRecorder(f, n));
        synapse(STATIC_SYNAPSE, SynapseTable::new);
        synapse(StdpSynapse.INFO, i -> new StdpSynapse());
        synapse(StdpTraceSynapse.INFO, i -> new StdpTraceSynapse());
        synapse(StdpDopamineSynapse.INFO, i -> new StdpDopamineSynapse());
        synapse(RewardStdpSynapse.MSTDP, i -> new RewardStdpSynapse(true));
        synapse(RewardStdpSynapse.THREE_FACTOR, i -> new RewardStdpSynapse(false));
        node(VolumeTransmitter.INFO, (f, n, h, s) -> new VolumeTransmitter(f, n, h));
    }

    private Models() {
    }

    private static void node(ModelInfo info, Factory factory) {
        INFOS.put(info.name(), info);
        FACTORIES.put(info.name(), factory);
    }

    private static void synapse(ModelInfo info, java.util.function.Function<ModelInfo, SynapseTable> table) {
        INFOS.put(info.name(), info);
        SYNAPSES.put(info.name(), table);
    }

    /** @return one empty connection table per synapse model, by name, for a new network */
    static Map<String, SynapseTable> newSynapseTables() {
        Map<String, SynapseTable> out = new LinkedHashMap<>();
        SYNAPSES.forEach((name, table) -> out.put(name, table.apply(INFOS.get(name))));
        return out;
    }

    /** @param model a synapse model name @return a new empty connection table for it */
    static SynapseTable newSynapseTable(String model) {
        return SYNAPSES.get(model).apply(INFOS.get(model));
    }

    /** @return every model name: neurons, devices, synapses */
    public static List<String> names() {
        return List.copyOf(INFOS.keySet());
    }

    /**
     * @param kind an element type
     * @return the names of the models of that kind
     */
    public static List<String> names(ModelInfo.Kind kind) {
        return INFOS.values().stream().filter(i -> i.kind() == kind).map(ModelInfo::name).toList();
    }

    /**
     * @param model a NEST model name
     * @return its parameters with defaults and its recordables
     * @throws IllegalArgumentException naming the valid models if {@code model} is unknown
     */
    public static ModelInfo info(String model) {
        ModelInfo i = INFOS.get(model);
        if (i == null) {
            throw ParameterCheck.unknown("model", model, INFOS.keySet());
        }
        return i;
    }

    static Factory factory(String model) {
        Factory f = FACTORIES.get(model);
        if (f == null) {
            throw ParameterCheck.unknown("model", model, FACTORIES.keySet());
        }
        return f;
    }
}
