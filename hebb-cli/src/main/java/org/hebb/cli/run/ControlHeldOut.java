package org.hebb.cli.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hebb.gym.Registry;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.learn.control.ControlEpisode;
import org.hebb.learn.control.ControllerConfig;
import org.hebb.learn.control.HeldOutTest;

/**
 * {@code hebb evaluate} for a run of the {@code control} optimizee: {@link HeldOutTest}'s episodes (full episodes with
 * the task's registered limit, a new network per episode) from {@code reset(seed=S..)}, spread over threads. Every
 * episode depends on its seed only and the mean is summed in seed order, so the result equals
 * {@link HeldOutTest#of} exactly for the default 100 episodes from seed 10000.
 */
final class ControlHeldOut {
    private ControlHeldOut() {
    }

    static HeldOutTest run(double[] genome, ControllerConfig config, long firstSeed, int episodes, int threads)
            throws Exception {
        int limit = Registry.spec(config.envId()).maxEpisodeSteps();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, episodes)));
        try {
            List<Future<ControlEpisode.Result>> results = new ArrayList<>(episodes);
            for (int k = 0; k < episodes; k++) {
                long seed = firstSeed + k;
                results.add(pool.submit(() -> ControlEpisode.run(genome, config, seed, limit)));
            }
            double[] returns = new double[episodes];
            double sum = 0;
            for (int k = 0; k < episodes; k++) {
                try {
                    returns[k] = results.get(k).get().totalReward();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception x ? x : e;
                }
                sum += returns[k];
            }
            return new HeldOutTest(episodes, sum / episodes, returns);
        } finally {
            pool.shutdownNow();
        }
    }

    static void print(PrintWriter out, Path dir, String status, ControllerConfig config, long firstSeed,
            HeldOutTest t) {
        String env = config.envId();
        double[] r = t.returns();
        double min = java.util.Arrays.stream(r).min().orElse(Double.NaN);
        double max = java.util.Arrays.stream(r).max().orElse(Double.NaN);
        out.printf("held-out test of %s (run %s)%n", dir.resolve(RunDirectory.BEST_GENOME), status);
        out.printf(Locale.ROOT, "episodes:           %d (reset(seed=%d..%d), %s's %d-step limit)%n", t.episodes(),
                firstSeed, firstSeed + t.episodes() - 1, env, Registry.spec(env).maxEpisodeSteps());
        out.printf(Locale.ROOT, "mean return:        %.2f (min %.2f, max %.2f)%n", t.meanReturn(), min, max);
        OptionalDouble th = HeldOutTest.threshold(env);
        if (th.isEmpty()) {
            out.printf("solved:             no threshold (%s registers no reward threshold)%n", env);
        } else {
            // HeldOutTest.solved asks for all 100 episodes: a shorter test only reports how the mean compares
            boolean reached = t.meanReturn() >= th.getAsDouble();
            String verdict = t.episodes() == HeldOutTest.EPISODES ? (t.solved(env) ? "yes" : "no")
                    : "not decided (the test is " + HeldOutTest.EPISODES + " episodes)";
            out.printf(Locale.ROOT, "solved:             %s (mean return %.2f %s %s's threshold %.1f)%n", verdict,
                    t.meanReturn(), reached ? ">=" : "<", env, th.getAsDouble());
        }
        out.flush();
    }
}
