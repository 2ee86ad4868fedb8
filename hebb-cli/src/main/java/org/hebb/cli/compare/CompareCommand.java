package org.hebb.cli.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.hebb.cli.OutputDirectory;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.cli.config.TomlFile;
import org.hebb.l2l.Optimizers;
import org.hebb.l2l.Population;
import org.hebb.l2l.eval.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb compare CONFIG.toml --out DIR}: several optimizers on one optimizee, each with the same budget of
 * evaluations and the same run seeds, in process with a thread-pool evaluator; writes compare.csv, compare.md,
 * compare.png/.svg (and solve.csv with the solve check) into DIR, all or nothing. See docs/control.md.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run several optimizers on one optimizee with equal evaluation budgets and several seeds; "
                + "write a table and a plot of best fitness against evaluations.")
public final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG.toml", description = "[compare], [optimizee], [[optimizer]] tables")
    Path config;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory (written all or nothing)")
    Path out;

    @picocli.CommandLine.Mixin
    org.hebb.cli.ForceOption force = new org.hebb.cli.ForceOption();

    @Option(names = "--quiet", description = "no progress lines on stderr")
    boolean quiet;

    @picocli.CommandLine.Mixin
    org.hebb.cli.run.EngineOption engine = new org.hebb.cli.run.EngineOption();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ConfigTable root = TomlFile.read(config);
        CompareConfig c = CompareConfig.read(root);
        checkBudgets(c);
        OutputDirectory.checkReplaceable(out, force.force); // before the runs, not after them
        int threads = c.threads() == 0 ? Runtime.getRuntime().availableProcessors() : c.threads();
        List<List<CompareRun.Result>> all = new ArrayList<>();
        engine.withDefaults(root.getTable("compare")).engine();
        try (Evaluator evaluator = engine.open(threads, null, "hebb compare " + config.getFileName())) {
            for (CompareConfig.OptimizerSpec o : c.optimizers()) {
                List<CompareRun.Result> runs = new ArrayList<>();
                for (long seed : c.seeds()) {
                    long t0 = System.nanoTime();
                    CompareRun.Result r = CompareRun.run(c, o, seed, evaluator);
                    runs.add(r);
                    if (!quiet) {
                        CompareRun.Point last = r.curve().get(r.curve().size() - 1);
                        spec.commandLine().getErr().printf("%s seed %s: best %s after %d evaluations%s (%.1f s)%n",
                                o.label(), Long.toUnsignedString(seed),
                                CompareSummary.num(last.best()), last.evaluations(), c.solveCheck()
                                        ? ", solved at " + (r.solvedAtEpisodes() < 0 ? "—" : r.solvedAtEpisodes() + " episodes")
                                        + ", held-out " + CompareSummary.num(r.finalHeldOut()) : "",
                                (System.nanoTime() - t0) / 1e9);
                        spec.commandLine().getErr().flush();
                    }
                }
                all.add(runs);
            }
        }
        OutputDirectory.write(out, force.force, dir -> CompareSummary.write(dir, CompareSummary.title(c), c, all));
        spec.commandLine().getOut().println("wrote " + out.resolve("compare.md"));
        return 0;
    }

    /** Refuses a budget that does not cover one optimizer's first population: that optimizer would never tell. */
    static void checkBudgets(CompareConfig c) {
        for (CompareConfig.OptimizerSpec spec : c.optimizers()) {
            Population first;
            try {
                first = Optimizers.create(spec.name(), spec.parameters(), c.optimizee(), c.seeds()[0]).ask();
            } catch (IllegalArgumentException e) {
                throw new UserError("optimizer " + spec.label() + ": " + e.getMessage());
            }
            if (first.evaluationCount() > c.budget()) {
                throw new UserError("compare.budget: " + c.budget() + " is not allowed; must be >= the first population of "
                        + spec.label() + " (" + first.evaluationCount() + " evaluations)");
            }
        }
    }
}
