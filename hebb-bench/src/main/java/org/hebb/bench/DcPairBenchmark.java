package org.hebb.bench;

import java.util.List;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The DC-pair run of the golden data (report section 3.1): dc_generator 500 pA -> iaf_psc_alpha -> iaf_psc_alpha
 * (weight 1000 pA, delays 1 ms), 1000 ms at h = 0.1 ms, V_m of both recorded at every step, spikes recorded.
 * Includes building the network.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DcPairBenchmark {

    /** Builds and runs the pair; returns the spike count so nothing is optimised away. */
    @Benchmark
    public int dcPair1000ms() {
        Network net = new Network(0.1, 1);
        NodeCollection dc = net.create("dc_generator", 1, Map.of("amplitude", 500.0));
        NodeCollection n = net.create("iaf_psc_alpha", 2);
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", 0.1, "record_from", List.of("V_m")));
        NodeCollection sr = net.create("spike_recorder");
        net.connect(dc, n.get(0), ConnSpec.allToAll(), SynSpec.staticSynapse().withDelay(1.0));
        net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(1000.0).withDelay(1.0));
        net.connect(mm, n);
        net.connect(n, sr);
        net.simulate(1000.0);
        return net.spikeEvents(sr).size();
    }
}
