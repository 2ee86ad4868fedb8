package org.hebb.bench;

import java.util.concurrent.TimeUnit;

import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.StepResult;
import org.hebb.gym.VectorEnv;
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
 * MountainCar-v0 environment steps per second: one task through the public {@code Env.step} (a fresh observation
 * array and result per step, as Gymnasium returns), and 1,024 copies through {@code VectorEnv.step} (scores are per
 * single-copy step). The policy is the push-with-the-velocity heuristic; ended episodes are reset (single) or
 * autoreset (vector), so resets are part of the measured mix as in a real rollout.
 *
 * <p>Run: {@code java -jar hebb-bench/target/benchmarks.jar MountainCarBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MountainCarBenchmark {

    private static final int COPIES = 1024;

    private Env env;
    private float[] obs;
    private VectorEnv envs;
    private int[] actions;

    @Setup
    public void setUp() {
        env = Registry.make("MountainCar-v0");
        obs = env.reset(0).observation();
        envs = Registry.makeVec("MountainCar-v0", COPIES);
        envs.reset(0);
        actions = new int[COPIES];
    }

    @Benchmark
    public float singleStep() {
        StepResult r = env.step(obs[1] >= 0 ? 2 : 0);
        obs = r.done() ? env.reset().observation() : r.observation();
        return obs[0];
    }

    @Benchmark
    @OperationsPerInvocation(COPIES)
    public float vectorStep1024() {
        float[] o = envs.observations();
        for (int i = 0; i < COPIES; i++) {
            actions[i] = o[2 * i + 1] >= 0 ? 2 : 0;
        }
        envs.step(actions);
        return envs.observations()[0];
    }
}
