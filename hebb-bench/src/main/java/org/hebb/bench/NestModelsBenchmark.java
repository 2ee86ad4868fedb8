package org.hebb.bench;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload e: {@value #NEURONS} unconnected neurons of one of the models of issue 17, NEST's defaults, driven by
 * {@code I_e} above rheobase so that they fire repetitively (the GSL models then take the small steps of their
 * spikes), V_m spread over the subthreshold range, spikes recorded; 100 ms at h = 0.1 ms per operation on a network
 * that keeps running. Neuron updates per second = {@value #NEURONS} x 1000 / score.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NestModelsBenchmark {

    /** Population size. */
    public static final int NEURONS = 1000;

    /** The model. */
    @Param({"izhikevich", "iaf_cond_exp", "iaf_cond_alpha", "aeif_cond_alpha"})
    public String model;

    private Network net;

    /** The drive and the V_m range of each model: I_e (pA), lowest and highest initial V_m (mV). */
    static double[] drive(String model) {
        return switch (model) {
            case "izhikevich" -> new double[] {10.0, -70.0, 0.0};
            case "iaf_cond_exp", "iaf_cond_alpha" -> new double[] {500.0, -70.0, -55.0}; // rheobase 250 pA
            case "aeif_cond_alpha" -> new double[] {800.0, -70.6, -50.4};
            default -> throw new IllegalArgumentException("model: " + model);
        };
    }

    /** Builds the population and runs it 100 ms into its repetitive firing. */
    @Setup
    public void setUp() {
        net = build(model);
    }

    /** The population of {@code model} with its spike_recorder (the last node), 100 ms into its firing. */
    static Network build(String model) {
        double[] d = drive(model);
        Network net = new Network(0.1, 1);
        NodeCollection pop = net.create(model, NEURONS, Map.of("I_e", d[0]));
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < NEURONS; i++) {
            net.set(pop.get(i), "V_m", d[1] + (d[2] - d[1]) * rng.nextDouble());
        }
        net.connect(pop, net.create("spike_recorder"));
        net.simulate(100.0);
        return net;
    }

    /** 100 ms (1000 steps) of the whole population. */
    @Benchmark
    public double simulate100ms() {
        net.simulate(100.0);
        return net.time();
    }
}
