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
 * Workload c at full size (Brunel 12,500) on {@code threads} threads (kernel status local_num_threads): the same
 * network and seeds as {@link BrunelBenchmark}, so the spike trains are the same bits on any thread count and the
 * times compare the kernels alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class BrunelThreadsBenchmark {

    /** local_num_threads. */
    @Param({"1", "2"})
    public int threads;

    /** Excitatory neurons (Brunel 12,500). */
    @Param({"10000"})
    public int ne;

    private Workloads.Built built;
    private long seed = 1;

    /** A fresh network (new seed) for every operation. */
    @Setup(Level.Invocation)
    public void build() {
        built = null;
        built = Workloads.brunel(ne, seed++);
        built.net().setLocalNumThreads(threads);
    }

    /** One simulated second; returns the spike count so nothing is optimised away. */
    @Benchmark
    public int simulate1000ms() {
        built.net().simulate(1000.0);
        return built.spikes();
    }
}
