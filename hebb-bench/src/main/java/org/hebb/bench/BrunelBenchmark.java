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
 * Workload c: the Brunel balanced network {@link Workloads#brunel(int, long)} with {@code ne} excitatory neurons
 * (N = 1.25 ne, CE = ne/10), 1000 ms at h = 0.1 ms from a freshly built and wired network (building is outside the
 * measurement, like NEST's separate build and simulate times). ne = 10,000 is the full size of NEST's
 * brunel_alpha_numpy example (15.6 M recurrent synapses), hence the large heap.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class BrunelBenchmark {

    /** Excitatory neurons. */
    @Param({"2000", "10000"})
    public int ne;

    private Workloads.Built built;
    private long seed = 1;

    /** A fresh network (new seed) for every operation. */
    @Setup(Level.Invocation)
    public void build() {
        built = null;
        built = Workloads.brunel(ne, seed++);
    }

    /** One simulated second; returns the spike count so nothing is optimised away. */
    @Benchmark
    public int simulate1000ms() {
        built.net().simulate(1000.0);
        return built.spikes();
    }
}
