package org.hebb.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.hebb.learn.task.Episode;
import org.hebb.learn.task.Task;
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
 * MountainCar fitness episodes per second on one thread: L2L's network (68 neurons, 60 dc_generators, 375
 * synapses), 110 env steps of 20 ms at 0.2 ms = 11,000 simulation steps per episode, a new network each time.
 * The genome is random U(-20, 20), which does not reach the goal, so every episode runs all 110 steps.
 *
 * <p>Run: {@code java -jar hebb-bench/target/benchmarks.jar MountainCarEpisodeBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MountainCarEpisodeBenchmark {

    private static final Task L2L = Task.mountainCarL2L();

    private double[] genome;
    private long seed;

    @Setup
    public void setup() {
        SplittableRandom rng = new SplittableRandom(1);
        genome = new double[L2L.genes()];
        for (int i = 0; i < genome.length; i++) {
            genome[i] = rng.nextDouble(-20, 20);
        }
    }

    /** One fitness episode (ops/s = episodes/s). */
    @Benchmark
    public double fitnessEpisode() {
        return Episode.fitness(L2L, genome, seed++ & 1023, null).score();
    }
}
