package org.hebb.cli.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.cli.config.SeedDomain;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Optimizers;

/**
 * What {@code hebb compare} runs, read from TOML:
 *
 * <pre>
 * [compare]
 * budget = 2000            # evaluations per (optimizer, seed)
 * seeds = [1, 2, 3, 4, 5]  # run seeds; each seeds the optimizer
 * checkpoints = 10         # table rows: this many evenly spaced budgets, or a list of evaluation counts
 * threads = 0              # evaluation threads, 0 = one per core (results do not depend on it)
 * solve_check = false      # control optimizee: held-out test of candidates (docs/control.md)
 * stop_when_solved = false # with solve_check: end a run at its first solve
 *
 * [optimizee]              # as for hebb run: name = "control" | "mountain-car" | "function"
 * name = "control"
 * env = "CartPole-v1"
 *
 * [[optimizer]]            # one per line of the plot
 * name = "cmaes"           # org.hebb.l2l.Optimizers name
 * label = "CMA-ES"         # optional, defaults to name
 * sigma = 5.0              # every other key is the optimizer's parameter
 * </pre>
 *
 * @param optimizee  the optimizee all runs share
 * @param optimizers the optimizers, in file order
 * @param budget     evaluations per run
 * @param seeds      run seeds
 * @param checkpoints evaluation counts of the table's rows, ascending, the last = budget
 * @param threads    evaluation threads (0 = one per core)
 * @param solveCheck whether to run held-out tests
 * @param stopWhenSolved whether a run ends at its first solve
 */
public record CompareConfig(Optimizee optimizee, List<OptimizerSpec> optimizers, int budget, long[] seeds,
        int[] checkpoints, int threads, boolean solveCheck, boolean stopWhenSolved) {

    /** One optimizer of the comparison: its label in the table and plot, its registry name and parameters. */
    public record OptimizerSpec(String label, String name, Map<String, Object> parameters) {
    }

    /** Generations an optimizer may run when its config leaves {@code n_iteration} out: the budget decides. */
    static final int UNLIMITED_GENERATIONS = 1_000_000;

    /** Reads a whole config file's root table. */
    public static CompareConfig read(ConfigTable root) {
        root.allow("compare", "optimizee", "optimizer");
        root.rejectUnknownKeys();
        if (!root.has("optimizee")) {
            throw new UserError("optimizee: missing [optimizee] table (name = \"control\", \"mountain-car\" or \"function\")");
        }
        ConfigTable c = root.getTable("compare");
        c.allow("budget", "seeds", "checkpoints", "threads", "solve_check", "stop_when_solved", "engine", "master");
        c.rejectUnknownKeys(); // first, so a misspelt key is named as such, not reported as a missing one
        int budget = c.getInt("budget", -1);
        if (!c.has("budget")) {
            throw new UserError(c.field("budget") + ": missing required key (evaluations per run)");
        }
        if (budget < 1) {
            throw new UserError(c.field("budget") + ": " + budget + " is not allowed; must be >= 1 (evaluations per run)");
        }
        long[] seeds = seeds(c);
        int[] checkpoints = checkpoints(c, budget);
        int threads = org.hebb.cli.run.RunConfig.checkThreads(c.field("threads"), c.getInt("threads", 0));
        boolean solve = c.getBoolean("solve_check", false);
        boolean stop = c.getBoolean("stop_when_solved", false);
        if (stop && !solve) {
            throw new UserError(c.field("stop_when_solved") + ": true is not allowed without solve_check = true");
        }
        Optimizee optimizee = OptimizeeTable.read(root.getTable("optimizee"));
        if (solve && !CompareRun.returnScored(optimizee)) {
            throw new UserError(c.field("solve_check") + ": true is not allowed; the held-out test needs "
                    + "[optimizee] name = \"control\"");
        }
        List<OptimizerSpec> specs = optimizers(root.getTables("optimizer"));
        org.hebb.learn.task.Task task = optimizee instanceof org.hebb.l2l.task.TaskOptimizee t ? t.task() : null;
        int cores = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        for (int i = 0; i < specs.size(); i++) { // one run at a time: its optimizer and a network per thread must fit
            org.hebb.cli.run.MemoryEstimate.of("optimizer[" + i + "]", specs.get(i).name(), specs.get(i).parameters(),
                    optimizee.layout().size(), task, cores, false).check(Runtime.getRuntime().maxMemory());
        }
        return new CompareConfig(optimizee, specs, budget, seeds, checkpoints, threads, solve, stop);
    }

    private static long[] seeds(ConfigTable c) {
        if (!c.has("seeds")) {
            return new long[] {1, 2, 3, 4, 5};
        }
        JsonNode v = c.raw("seeds");
        if (!v.isArray() || v.isEmpty()) {
            throw new UserError(c.field("seeds") + ": " + v + " is not allowed; must be a non-empty list of "
                    + "integers in [0, 2^64-1]");
        }
        long[] s = new long[v.size()];
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < s.length; i++) {
            s[i] = SeedDomain.RUN.toLong(SeedDomain.RUN.of(v.get(i), c.field("seeds") + "[" + i + "]"));
            if (!seen.add(s[i])) {
                throw new UserError(c.field("seeds") + "[" + i + "]: " + Long.toUnsignedString(s[i])
                        + " is not allowed; seeds must differ");
            }
        }
        return s;
    }

    private static int[] checkpoints(ConfigTable c, int budget) {
        JsonNode v = c.raw("checkpoints");
        if (v == null) {
            return evenly(10, budget);
        }
        if (v.isIntegralNumber()) {
            int n = v.asInt();
            if (n < 1 || n > budget) {
                throw new UserError(c.field("checkpoints") + ": " + v + " is not allowed; must be in 1.." + budget
                        + " (rows) or a list of evaluation counts");
            }
            return evenly(n, budget);
        }
        if (!v.isArray() || v.isEmpty()) {
            throw new UserError(c.field("checkpoints") + ": " + v + " is not allowed; must be a row count or a list of evaluation counts");
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            int prev = out.isEmpty() ? 0 : out.get(out.size() - 1);
            if (!e.isIntegralNumber() || e.asLong() <= prev || e.asLong() > budget) {
                throw new UserError(c.field("checkpoints") + "[" + i + "]: " + e + " is not allowed; must be an integer in "
                        + (prev + 1) + ".." + budget + " (ascending, at most the budget)");
            }
            out.add(e.asInt());
        }
        if (out.get(out.size() - 1) != budget) {
            out.add(budget);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] evenly(int n, int budget) {
        Set<Integer> s = new LinkedHashSet<>();
        for (int k = 1; k <= n; k++) {
            s.add((int) Math.max(1, Math.round((double) budget * k / n)));
        }
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<OptimizerSpec> optimizers(List<ConfigTable> tables) {
        if (tables.isEmpty()) {
            throw new UserError("optimizer: missing; give at least one [[optimizer]] table with a name, one of "
                    + Optimizers.names());
        }
        List<OptimizerSpec> specs = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        for (ConfigTable t : tables) {
            String name = t.getString("name");
            if (!Optimizers.accepts(name)) {
                throw new UserError(t.field("name") + ": '" + name + "' is not allowed; must be one of " + Optimizers.names());
            }
            String label = t.getString("label", name);
            if (!labels.add(label)) {
                throw new UserError(t.field("label") + ": \"" + label + "\" is not allowed; it names an earlier optimizer "
                        + "too (give each a distinct label)");
            }
            Map<String, Object> params = new LinkedHashMap<>();
            Set<String> allowed = Optimizers.parameterNames(name);
            for (Iterator<Map.Entry<String, JsonNode>> it = t.entries(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("name") || e.getKey().equals("label")) {
                    continue;
                }
                if (!allowed.contains(e.getKey())) {
                    throw new UserError(t.field(e.getKey()) + ": unknown parameter of " + name
                            + org.hebb.cli.config.Suggestions.didYouMean(e.getKey(), allowed) + "; allowed: "
                            + String.join(", ", allowed));
                }
                params.put(e.getKey(), ConfigTable.plainValue(e.getValue()));
            }
            if (allowed.contains("n_iteration") && !params.containsKey("n_iteration")) {
                params.put("n_iteration", UNLIMITED_GENERATIONS);
            }
            specs.add(new OptimizerSpec(label, name, params));
        }
        return specs;
    }

}
