package org.hebb.cli.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.hebb.cli.UserError;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.l2l.task.HeldOutEngine;
import org.hebb.learn.task.Episode;
import org.hebb.learn.task.HeldOut;
import org.hebb.learn.task.Task;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb evaluate RUN_DIR [--episodes 100] [--first-seed 10000]}: the task's held-out test ({@link HeldOut}) of a
 * run's best individual, run by l2l's held-out engine: full Gymnasium episodes from {@code reset(seed=10000..10099)}
 * with the registered limit; success rate, mean return (and steps to the goal), and whether the mean return reaches
 * the task's registered reward threshold (only the standard 100 episodes from seed 10000 decide it).
 * It only reads the run directory, so it may be used on a run that is still going.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Tests a run's best individual on held-out episodes of its task.",
            "Full episodes from reset(seed=10000..) with the registered limit; prints success rate, mean return, and",
            "solved (the mean against the task's threshold, decided by the standard 100 episodes only)."})
public final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "a directory written by 'hebb run'")
    Path dir;

    @Option(names = "--episodes", paramLabel = "N", defaultValue = "100", description = "episodes, >= 1 (default ${DEFAULT-VALUE})")
    int episodes;

    @Option(names = "--first-seed", paramLabel = "S", defaultValue = "10000",
            description = "seed of the first episode, in [0, 2^63-1]; episode k uses S + k (default ${DEFAULT-VALUE})")
    java.math.BigInteger firstSeedArg;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "threads, 0 = one per core (default)")
    int threads;

    @Override
    public Integer call() throws Exception {
        RunConfig.checkThreads("--threads", threads);
        if (episodes < 1) {
            throw new UserError("--episodes: " + episodes + " is not allowed; must be >= 1");
        }
        long firstSeed = org.hebb.cli.config.SeedDomain.TASK_ENV.toLong(
                org.hebb.cli.config.SeedDomain.TASK_ENV.check("--first-seed", firstSeedArg));
        if (firstSeed > Long.MAX_VALUE - episodes) {
            throw new UserError("--first-seed: " + firstSeed + " is not allowed; must be <= 2^63-1 - --episodes (the "
                    + "last episode's seed is a task seed too)");
        }
        if (org.hebb.cli.learn.LearnCommand.isLearnDirectory(dir)) {
            // checked and run before anything is printed: a refused directory prints only its one line
            HeldOut.Result r = org.hebb.cli.learn.LearnEvaluation.run(dir, new HeldOut(firstSeed, episodes), threads);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("held-out test of the learned agent in %s (%s)%n", dir,
                    org.hebb.cli.learn.LearnEvaluation.policy(dir));
            print(out, r);
            return 0;
        }
        ObjectNode runJson = RunRecord.readRun(dir);
        RunConfig c = RunRecord.recordedConfig(dir, runJson).withThreads(threads);
        Task task = RunRecord.recordedTask(dir, runJson);
        double[] genome = RunRecord.bestGenome(dir, task);
        HeldOut test = new HeldOut(firstSeed, episodes);
        HeldOut.Result r;
        try (ThreadPoolEvaluator e = ThreadPoolEvaluator.of(c.effectiveThreads(), null)) {
            r = HeldOutEngine.run(test, task.envId(), Episode.player(task), genome, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("held-out test of %s (run %s)%n", dir.resolve(RunDirectory.BEST_GENOME),
                runJson.path("status").asText());
        print(out, r);
        return 0;
    }

    /** Prints a held-out result: episodes, success rate (where the task has one), mean return, solved. */
    public static void print(PrintWriter out, HeldOut.Result r) {
        String env = r.envId();
        HeldOut test = r.test();
        double[] ret = r.returns();
        double min = java.util.Arrays.stream(ret).min().orElse(Double.NaN);
        double max = java.util.Arrays.stream(ret).max().orElse(Double.NaN);
        out.printf(Locale.ROOT, "episodes:           %d (reset(seed=%d..%d), %s's %d-step limit)%n", r.episodes(),
                test.firstSeed(), test.firstSeed() + r.episodes() - 1, env, HeldOut.limit(env));
        HeldOut.SuccessKind kind = HeldOut.successKind(env);
        if (kind != HeldOut.SuccessKind.NONE) {
            String what = kind == HeldOut.SuccessKind.GOAL ? "reached the goal" : "lasted the whole limit";
            out.printf(Locale.ROOT, "success rate:       %.2f (%d/%d %s)%n", r.successRate(), r.successCount(),
                    r.episodes(), what);
        }
        out.printf(Locale.ROOT, "mean return:        %.2f (min %.2f, max %.2f)%n", r.meanReturn(), min, max);
        if (kind == HeldOut.SuccessKind.GOAL) {
            out.printf(Locale.ROOT, "mean steps to goal: %s%n", r.successCount() == 0 ? "none reached it"
                    : String.format(Locale.ROOT, "%.2f", r.meanStepsToSuccess()));
        }
        OptionalDouble th = HeldOut.threshold(env);
        if (th.isEmpty()) {
            out.printf("solved:             no threshold (%s registers no reward threshold)%n", env);
        } else {
            boolean reached = r.meanReturn() >= th.getAsDouble();
            String verdict = test.standard() ? (r.solved() ? "yes" : "no")
                    : "not decided (the test is " + HeldOut.EPISODES + " episodes from seed " + HeldOut.FIRST_SEED + ")";
            out.printf(Locale.ROOT, "solved:             %s (mean return %.2f %s %s's threshold %.1f)%n", verdict,
                    r.meanReturn(), reached ? ">=" : "<", env, th.getAsDouble());
        }
        out.flush();
    }
}
