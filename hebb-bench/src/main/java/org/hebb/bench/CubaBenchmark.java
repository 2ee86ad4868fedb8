package org.hebb.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload f: the CUBA network of Brette et al. 2007 ({@link Cuba#build(long)}: 4,000 iaf_psc_exp, 2 %
 * connectivity, about 320,000 synapses), 1000 ms at h = 0.1 ms from a freshly built network (building is outside
 * the measurement, as in the Brunel workload).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class CubaBenchmark {

    private Workloads.Built built;
    private long seed = 1;

    /** A fresh network (new seed) for every operation. */
    @Setup(Level.Invocation)
    public void build() {
        built = null;
        built = Cuba.build(seed++);
    }

    /** One simulated second; returns the spike count so nothing is optimised away. */
    @Benchmark
    public int simulate1000ms() {
        built.net().simulate(1000.0);
        return built.spikes();
    }
}
