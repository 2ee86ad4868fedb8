package org.hebb.cli.paradigms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hebb.cli.OutputDirectory;
import org.hebb.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb compare-paradigms TASK [--budget EPISODES] [--seeds N] [--methods evolution,gradient,plasticity]
 * --out DIR}: ANN and SNN × evolution, gradient and plasticity on one task with equal episode budgets, run seeds
 * 0..N−1. Every (row, seed) run is one independent job on one thread; jobs share a pool of {@code --threads}, so the
 * files (but wall_s) do not depend on the thread count. Output written all or nothing. See docs/compare-paradigms.md.
 */
@Command(name = "compare-paradigms", mixinStandardHelpOptions = true,
        description = "Compare evolution, gradient and plasticity on ANN and SNN on one task (equal episode budgets, "
                + "several seeds): table.csv, table.md, learning curves and a report page.")
public final class ParadigmsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TASK", description = "CartPole-v1 or Acrobot-v1")
    String task;

    @Option(names = "--budget", paramLabel = "EPISODES",
            description = "training episodes per run (default: the task's, CartPole-v1 500, Acrobot-v1 300)")
    Integer budget;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "5", description = "run seeds 0..N-1 (default 5)")
    int seeds;

    @Option(names = "--methods", paramLabel = "LIST", defaultValue = "evolution,gradient,plasticity",
            description = "comma-separated subset of evolution, gradient, plasticity")
    String methods;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "runs in parallel (0: one per core); the files do not depend on it")
    int threads;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory (written all or nothing)")
    Path out;

    @picocli.CommandLine.Mixin
    org.hebb.cli.ForceOption force = new org.hebb.cli.ForceOption();

    @Option(names = "--quiet", description = "no progress lines on stderr")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ParadigmTask t = ParadigmTask.of(task);
        int b = budget == null ? t.budget() : budget;
        if (b < 1) {
            throw new UserError("--budget: " + b + " is not allowed; must be >= 1 episode");
        }
        if (seeds < 1) {
            throw new UserError("--seeds: " + seeds + " is not allowed; must be >= 1");
        }
        if (threads < 0) {
            throw new UserError("--threads: " + threads + " is not allowed; must be >= 0 (0: one per core)");
        }
        List<Contender> rows = rows(methods);
        OutputDirectory.checkReplaceable(out, force.force); // before the runs, not after them
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        List<List<ParadigmRun>> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<List<Future<ParadigmRun>>> futures = new ArrayList<>();
            for (Contender c : rows) {
                List<Future<ParadigmRun>> f = new ArrayList<>();
                for (long s = 0; s < seeds; s++) {
                    long seed = s;
                    f.add(pool.submit(() -> progress(ParadigmRun.run(c, t, seed, b))));
                }
                futures.add(f);
            }
            for (List<Future<ParadigmRun>> f : futures) {
                List<ParadigmRun> runs = new ArrayList<>();
                for (Future<ParadigmRun> r : f) {
                    runs.add(get(r));
                }
                results.add(runs);
            }
        } finally {
            pool.shutdownNow();
        }
        String command = "hebb compare-paradigms " + task + " --budget " + b + " --seeds " + seeds + " --methods "
                + String.join(",", rows.stream().map(Contender::method).distinct().toList());
        OutputDirectory.write(out, force.force, dir -> ParadigmTable.write(dir, "hebb compare-paradigms " + task, command, t, b,
                results));
        spec.commandLine().getOut().println("wrote " + out.resolve("table.md"));
        return 0;
    }

    private ParadigmRun progress(ParadigmRun r) {
        if (!quiet) {
            spec.commandLine().getErr().printf("%s seed %d: held-out %s at episodes %s; solved at %s (%.1f s)%n",
                    r.contender().label(), r.seed(), java.util.Arrays.toString(r.heldOut()),
                    java.util.Arrays.toString(r.testedAt()), r.solvedAt() < 0 ? "—" : r.solvedAt(), r.wallSeconds());
            spec.commandLine().getErr().flush();
        }
        return r;
    }

    private static ParadigmRun get(Future<ParadigmRun> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
        }
    }

    /** The rows of the given methods, in table order; an unknown or empty method list is a one-line error. */
    static List<Contender> rows(String methods) {
        Set<String> asked = new LinkedHashSet<>();
        for (String m : methods.split(",", -1)) {
            String name = m.strip();
            if (!Contender.METHODS.contains(name)) {
                throw new UserError("--methods: \"" + name + "\" is not allowed; must be a comma-separated subset of "
                        + String.join(", ", Contender.METHODS));
            }
            asked.add(name);
        }
        return Contender.ALL.stream().filter(c -> asked.contains(c.method())).toList();
    }
}
