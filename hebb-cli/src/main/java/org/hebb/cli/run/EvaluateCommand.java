package org.hebb.cli.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hebb.cli.UserError;
import org.hebb.learn.mountaincar.EpisodeResult;
import org.hebb.learn.mountaincar.HeldOutEvaluation;
import org.hebb.learn.mountaincar.MountainCarConfig;
import org.hebb.learn.mountaincar.MountainCarEpisode;
import org.hebb.l2l.run.RunDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb evaluate RUN_DIR [--episodes 100] [--first-seed 10000]}: the held-out test of a run's best individual
 * ({@link HeldOutEvaluation}): full Gymnasium episodes from {@code reset(seed=10000..10099)} with the registered
 * 200-step limit; success rate, mean return, mean steps to the goal, and whether the mean return reaches -110.
 * A run of the {@code control} optimizee gets its task's test instead (docs/control.md): the same seeds with the
 * task's registered limit, mean return against the task's registered reward threshold.
 * It only reads the run directory, so it may be used on a run that is still going.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Held-out test of a run's best individual: full MountainCar-v0 episodes from",
            "reset(seed=10000..), 200-step limit; prints success rate, mean return, mean steps to goal, solved.",
            "A control run (docs/control.md) is tested on its task: registered limit, mean return vs threshold."})
public final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "a directory written by 'hebb run'")
    Path dir;

    @Option(names = "--episodes", paramLabel = "N", defaultValue = "100", description = "episodes, >= 1 (default ${DEFAULT-VALUE})")
    int episodes;

    @Option(names = "--first-seed", paramLabel = "S", defaultValue = "10000",
            description = "seed of the first episode, >= 0; episode k uses S + k (default ${DEFAULT-VALUE})")
    long firstSeed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "threads, 0 = one per core (default)")
    int threads;

    @Override
    public Integer call() throws Exception {
        if (episodes < 1) {
            throw new UserError("--episodes: " + episodes + " is not allowed; must be >= 1");
        }
        if (firstSeed < 0 || firstSeed > Long.MAX_VALUE - episodes) {
            throw new UserError("--first-seed: " + firstSeed + " is not allowed; must be >= 0 (and seed + episodes "
                    + "must fit in 64 bits)");
        }
        ObjectNode runJson = ResumeCommand.readRun(dir);
        RunConfig c = ResumeCommand.recordedConfig(dir, runJson).withThreads(threads);
        PrintWriter out = spec.commandLine().getOut();
        if (c.control() != null) {
            double[] genome = bestGenome(c.control().genes(), c.control().envId() + "'s controller");
            ControlHeldOut.print(out, dir, runJson.path("status").asText(), c.control(), firstSeed,
                    ControlHeldOut.run(genome, c.control(), firstSeed, episodes, c.effectiveThreads()));
            return 0;
        }
        double[] genome = bestGenome(c.optimizee().genes(), c.optimizee().hiddenNeurons() + " hidden neurons");
        HeldOutEvaluation h = evaluate(genome, c.optimizee(), c.effectiveThreads());
        out.printf("held-out test of %s (run %s)%n", dir.resolve(RunDirectory.BEST_GENOME),
                runJson.path("status").asText());
        out.printf(Locale.ROOT, "episodes:           %d (reset(seed=%d..%d), MountainCar-v0's 200-step limit)%n",
                h.episodes(), firstSeed, firstSeed + episodes - 1);
        out.printf(Locale.ROOT, "success rate:       %.2f (%d/%d reached the goal)%n", h.successRate(), h.successes(),
                h.episodes());
        out.printf(Locale.ROOT, "mean return:        %.2f%n", h.meanReturn());
        out.printf(Locale.ROOT, "mean steps to goal: %s%n",
                h.successes() == 0 ? "none reached it" : String.format(Locale.ROOT, "%.2f", h.meanStepsToGoal()));
        out.printf(Locale.ROOT, "solved:             %s (mean return %.2f %s -110)%n", h.solved() ? "yes" : "no",
                h.meanReturn(), h.solved() ? ">=" : "<");
        out.flush();
        return 0;
    }

    private double[] bestGenome(int genes, String forWhat) throws IOException {
        if (!Files.isRegularFile(dir.resolve(RunDirectory.BEST_GENOME))) {
            throw new UserError("RUN_DIR: " + dir + " has no " + RunDirectory.BEST_GENOME
                    + " yet is not allowed; must have finished at least one generation");
        }
        double[] g;
        try {
            g = RunDirectory.readBestGenome(dir);
        } catch (NumberFormatException e) {
            throw new UserError(dir.resolve(RunDirectory.BEST_GENOME) + ": " + e.getMessage()
                    + " is not allowed; must be one number per line");
        }
        if (g.length != genes) {
            throw new UserError(dir.resolve(RunDirectory.BEST_GENOME) + ": " + g.length + " numbers is not allowed; "
                    + "must be " + genes + " (for " + forWhat + ")");
        }
        return g;
    }

    /**
     * {@link HeldOutEvaluation#of} with the episodes spread over threads; every episode depends on its seed only
     * and the sums are taken in seed order, so the result equals the sequential one exactly.
     */
    HeldOutEvaluation evaluate(double[] genome, MountainCarConfig config, int nThreads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(nThreads, episodes));
        try {
            List<Future<EpisodeResult>> results = new ArrayList<>(episodes);
            for (int k = 0; k < episodes; k++) {
                long seed = firstSeed + k;
                results.add(pool.submit(() -> MountainCarEpisode.fullEpisode(genome, config, seed, null)));
            }
            double[] returns = new double[episodes];
            int successes = 0;
            long goalSteps = 0;
            double sum = 0;
            for (int k = 0; k < episodes; k++) {
                EpisodeResult r;
                try {
                    r = results.get(k).get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception x ? x : e;
                }
                returns[k] = r.totalReward();
                sum += r.totalReward();
                if (r.reachedGoal()) {
                    successes++;
                    goalSteps += r.steps();
                }
            }
            return new HeldOutEvaluation(episodes, successes, sum / episodes,
                    successes == 0 ? Double.NaN : (double) goalSteps / successes, returns);
        } finally {
            pool.shutdownNow();
        }
    }
}
