package org.hebb.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload d: one MountainCar controller episode, {@link Workloads#controllerEpisode}: L2L's 68-neuron network
 * built anew, then 110 closed-loop-style steps (set two dc amplitudes, simulate 20 ms at 0.2 ms, decode the output
 * spike counts) on a fixed input schedule. Includes building. Episodes per second = 1000 / score.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ControllerEpisodeBenchmark {

    private Workloads.ControllerInputs inputs;

    /** The genome and the input schedule, fixed. */
    @Setup
    public void setUp() {
        inputs = Workloads.controllerInputs();
    }

    /** One episode; returns spikes + actions so nothing is optimised away. */
    @Benchmark
    public long episode() {
        Workloads.Episode e = Workloads.controllerEpisode(inputs);
        return ((long) e.spikes() << 32) | e.actionSum();
    }
}
