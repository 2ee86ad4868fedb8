package org.hebb.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of a weight update per presynaptic spike: one parrot neuron spiking in (almost) every step
 * (Poisson drive, 10 spikes per step on average) projects to 1000 parrots (receptor 1, which do not repeat)
 * that spike at 50 Hz; one step sends one spike through 1000 synapses of the given model. The score is per
 * synapse and step (1000 operations per invocation), so {@code model - static_synapse} is the plastic update.
 * {@code mstdp_synapse} is time-driven: it also pays for every synapse in every step.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PlasticityBenchmark {

    /** Synapse model. */
    @Param({"static_synapse", "stdp_synapse", "stdp_dopamine_synapse", "mstdp_synapse"})
    public String model;

    private Network net;

    /** Builds the fan-out. */
    @Setup
    public void setUp() {
        net = new Network(0.1, 1);
        NodeCollection drive = net.create("poisson_generator", 1, Map.of("rate", 100000.0));
        NodeCollection postDrive = net.create("poisson_generator", 1, Map.of("rate", 50.0));
        NodeCollection pre = net.create("parrot_neuron");
        NodeCollection post = net.create("parrot_neuron", 1000);
        net.connect(drive, pre);
        net.connect(postDrive, post);
        Map<String, Object> syn = new HashMap<>(Map.of("synapse_model", model, "weight", 1.0));
        syn.put("receptor_type", 1); // the targets do not repeat spikes arriving on port 1
        if (model.equals("stdp_dopamine_synapse")) {
            NodeCollection vt = net.create("volume_transmitter", 1, Map.of("deliver_interval", 10.0));
            NodeCollection da = net.create("poisson_generator", 1, Map.of("rate", 5.0));
            NodeCollection daParrot = net.create("parrot_neuron");
            net.connect(da, daParrot);
            net.connect(daParrot, vt);
            syn.put("volume_transmitter", vt);
        }
        net.connect(pre, post, ConnSpec.allToAll(), SynSpec.of(syn));
        if (model.equals("mstdp_synapse")) {
            net.deliverReward(0.5);
        }
        net.simulate(200.0);
    }

    /** One step: about one pre spike through 1000 synapses. */
    @Benchmark
    @OperationsPerInvocation(1000)
    public double step() {
        net.simulate(0.1);
        return net.time();
    }
}
