package org.hebb.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload b: {@link Workloads#population(int)} (unconnected iaf_psc_alpha, I_e 400 pA, about 34 Hz each, spikes
 * recorded) simulated for 1000 ms at h = 0.1 ms, a fresh network per operation (built outside the measurement).
 * Neuron updates per second = neurons x 10,000 / score.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PopulationBenchmark {

    /** Population size. */
    @Param({"1000", "64000"})
    public int neurons;

    private Workloads.Built built;

    /** A fresh, wired population for every operation. */
    @Setup(Level.Invocation)
    public void build() {
        built = Workloads.population(neurons);
    }

    /** 1000 ms of the population; returns the spike count so nothing is optimised away. */
    @Benchmark
    public int simulate1000ms() {
        built.net().simulate(1000.0);
        return built.spikes();
    }
}
