package org.hebb.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload a, the DC-pair run of the golden data (report section 3.1): {@link Workloads#dcPair()} built and
 * simulated for 1000 ms at h = 0.1 ms, V_m of both neurons recorded at every step. Includes building the network
 * (microseconds); dominated by per-step overhead, not by neuron updates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DcPairBenchmark {

    /** Builds and runs the pair; returns the spike count so nothing is optimised away. */
    @Benchmark
    public int dcPair1000ms() {
        Workloads.Built b = Workloads.dcPair();
        b.net().simulate(1000.0);
        return b.spikes();
    }
}
