package org.hebb.bench;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One update step (h = 0.1 ms) of an {@code iaf_psc_alpha} population driven by {@code I_e} just above
 * rheobase, membrane potentials spread over [E_L, V_th), so some neurons spike and reset in every step.
 * Measured through the public {@code simulate(h)} call, so it includes the per-call overhead.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IafPscAlphaStepBenchmark {

    /** Population size. */
    @Param({"1000", "65536"})
    public int neurons;

    private Network net;

    /** Builds the population. */
    @Setup
    public void setUp() {
        net = new Network(0.1, 1);
        NodeCollection pop = net.create("iaf_psc_alpha", neurons, Map.of("I_e", 400.0));
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < pop.size(); i++) {
            net.set(pop.get(i), "V_m", -70.0 + 15.0 * rng.nextDouble());
        }
        net.simulate(10.0);
    }

    /** One step of the whole population. */
    @Benchmark
    public double step() {
        net.simulate(0.1);
        return net.time();
    }
}
