package org.hebb.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Plastic versus static synapses in a random network: 10,000 {@code iaf_psc_alpha} neurons, fixed in-degree
 * 100 (1,000,000 recurrent synapses of the given model, weight 2 pA, stdp Wmax 4 pA, delay 1.5 ms), each
 * neuron driven by its own Poisson input (10 kHz, 7 pA through a static synapse); about 40 Hz per neuron.
 * Score: one simulated millisecond (h = 0.1 ms).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlasticNetworkBenchmark {

    /** Recurrent synapse model. */
    @Param({"static_synapse", "stdp_synapse"})
    public String model;

    private Network net;

    /** Builds and warms up the network (100 ms). */
    @Setup
    public void setUp() {
        net = new Network(0.1, 1);
        NodeCollection pop = net.create("iaf_psc_alpha", 10000);
        NodeCollection noise = net.create("poisson_generator", 1, Map.of("rate", 10000.0));
        net.connect(noise, pop, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(7.0));
        Map<String, Object> syn = model.equals("stdp_synapse")
                ? Map.of("synapse_model", model, "weight", 2.0, "delay", 1.5, "Wmax", 4.0)
                : Map.of("synapse_model", model, "weight", 2.0, "delay", 1.5);
        net.connect(pop, pop, ConnSpec.fixedIndegree(100), SynSpec.of(syn));
        net.simulate(100.0);
    }

    /** One millisecond of network time. */
    @Benchmark
    public double oneMillisecond() {
        net.simulate(1.0);
        return net.time();
    }
}
