package org.hebb.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.hebb.learn.task.Episode;
import org.hebb.learn.task.EpisodeResult;
import org.hebb.learn.task.LockstepEpisodes;
import org.hebb.learn.task.Task;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload d, lockstep: the main job's evaluation of one thread's block, {@value #BLOCK} closed-loop MountainCar-v0
 * fitness episodes of L2L's network ({@link Task#mountainCarL2L()}, 110 steps or until the goal) from one generation's
 * start state (reset seed 0), played together by {@link LockstepEpisodes}; beside it the same episodes one at a time
 * through the kernel ({@link Episode#fitness}, a network built per episode). Genome 0 is workload d's; the others are
 * U(-20, 20) from seed 2. Scores are per episode.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LockstepEpisodeBenchmark {

    /** Episodes per block: 32 individuals on 2 threads. */
    public static final int BLOCK = 16;

    private final Task task = Task.mountainCarL2L();
    private double[][] genomes;
    private long[] seeds;

    /** The block's genomes and seeds, fixed. */
    @Setup
    public void setUp() {
        genomes = genomes(task);
        seeds = new long[BLOCK];
    }

    /** Workload d's genome, then U(-20, 20) genomes from seed 2. */
    static double[][] genomes(Task task) {
        Workloads.ControllerInputs in = Workloads.controllerInputs();
        double[][] g = new double[BLOCK][task.genes()];
        int k = 0;
        for (double[] w : new double[][] {in.vh(), in.ph(), in.ho()}) { // the task's genome order
            System.arraycopy(w, 0, g[0], k, w.length);
            k += w.length;
        }
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 1; i < BLOCK; i++) {
            for (int j = 0; j < g[i].length; j++) {
                g[i][j] = rng.nextDouble(-20.0, 20.0);
            }
        }
        return g;
    }

    /** The block in lockstep; returns the summed steps so nothing is optimised away. */
    @Benchmark
    @OperationsPerInvocation(BLOCK)
    public long lockstep() {
        long steps = 0;
        for (EpisodeResult r : LockstepEpisodes.run(task, genomes, seeds, task.episodeSteps(), null)) {
            steps += r.steps();
        }
        return steps;
    }

    /** The same episodes one at a time through the kernel. */
    @Benchmark
    @OperationsPerInvocation(BLOCK)
    public long oneAtATime() {
        long steps = 0;
        for (int i = 0; i < BLOCK; i++) {
            steps += Episode.fitness(task, genomes[i], seeds[i], null).steps();
        }
        return steps;
    }

    /** @return the spikes of all neurons over the block's episodes, for the report's rate */
    static long blockSpikes() {
        Task task = Task.mountainCarL2L();
        long[] n = new long[1];
        LockstepEpisodes.run(task, genomes(task), new long[BLOCK], task.episodeSteps(), new LockstepEpisodes.Recorder() {
            @Override
            public void spike(int episode, int neuron, double timeMs, int step) {
                n[0]++;
            }

            @Override
            public void step(int episode, int step, double[] input, int[] groupCounts, double[] action, double reward) {
            }
        });
        return n[0];
    }
}
