package org.hebb.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.cli.config.Suggestions;
import org.hebb.cli.config.TaskTable;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Optimizer;
import org.hebb.l2l.Optimizers;
import org.hebb.l2l.task.TaskOptimizee;
import org.hebb.cli.learn.PlasticityTable;
import org.hebb.learn.task.Task;

/**
 * The main job's configuration: how to run ({@code [run]}), the outer loop ({@code [optimizer]}, L2L's names) and
 * the inner loop ({@code [optimizee]}). Read from the user's TOML for {@code hebb run} and from {@code run.json}'s
 * {@code config.user} for {@code hebb resume} by the same code, so a resumed run is rebuilt exactly.
 *
 * @param out            {@code run.out}: the run directory, or null for the default ({@code runs/<config name>})
 * @param threads        {@code run.threads}: evaluation threads, 0 = one per core
 * @param timeoutSeconds {@code run.timeout_s}: per-individual time limit in seconds, or null for none
 * @param failureFitness {@code run.failure_fitness}: fitness of an individual that failed or timed out, or null
 *                       for the worst (-infinity for a maximised objective)
 * @param h5Every        {@code run.h5_every}: generations per trajectory segment, each written once (docs/trajectory-h5.md)
 * @param registered     {@code [optimizer]}: an {@link Optimizers} registry entry ({@code ga} is the genetic algorithm)
 * @param task           {@code [optimizee]}: the task ({@link TaskTable}, docs/task.md), or null for plasticity
 * @param plasticity     {@code [optimizee] name = "plasticity"}: meta-learning an agent's plasticity, else null
 */
public record RunConfig(Path out, int threads, Double timeoutSeconds, double[] failureFitness, int h5Every,
        Registered registered, Task task, PlasticityTable plasticity) {

    /**
     * An optimizer of the {@link Optimizers} registry.
     *
     * @param name       registry name, e.g. {@code cmaes}
     * @param seed       {@code [optimizer] seed}, the optimizer's seed: 0 … 2^64−1 as the long of the same bits
     *                   ({@link org.hebb.cli.config.SeedDomain#RUN})
     * @param parameters the other keys as given (L2L's names); the registry fills in the rest with its defaults
     */
    public record Registered(String name, long seed, Map<String, Object> parameters) {
        public Registered {
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }

    /** Default of {@code run.h5_every}: segments of 100 generations (a few MB each; see docs/trajectory-h5.md). */
    public static final int DEFAULT_H5_EVERY = 100;
    /** The optimizers {@code [optimizer] name} accepts: every {@link Optimizers} name and {@code ga}, the GA's alias. */
    public static final List<String> OPTIMIZERS = Stream.concat(Stream.of("ga"), Optimizers.names().stream()).toList();
    /** The optimizees {@code [optimizee] name} accepts. */
    public static final List<String> OPTIMIZEES = Stream.concat(TaskTable.NAMES.stream(),
            Stream.of(PlasticityTable.NAME)).toList();

    /** Reads the three tables from a config's root table; unknown tables and keys are refused with a suggestion. */
    public static RunConfig read(ConfigTable root) {
        root.allow("run", "optimizer", "optimizee");
        root.rejectUnknownKeys(); // first, so a misspelt table is named as such, not reported as a missing one
        ConfigTable run = table(root, "run", false);
        ConfigTable opt = table(root, "optimizer", true);
        ConfigTable ee = table(root, "optimizee", true);
        String name = opt.getString("name"); // checked first, so an unknown name is reported as such
        if (!OPTIMIZERS.contains(name)) {
            throw new UserError(opt.field("name") + ": \"" + name + "\" is not allowed; must be one of " + OPTIMIZERS);
        }
        Registered reg = readRegistered(opt, name);
        String eeName = ee.getString("name");
        if (!OPTIMIZEES.contains(eeName)) {
            throw new UserError(ee.field("name") + ": \"" + eeName + "\" is not allowed; must be one of " + OPTIMIZEES);
        }
        PlasticityTable plasticity = eeName.equals(PlasticityTable.NAME) ? PlasticityTable.read(ee) : null;
        Task task = plasticity == null ? TaskTable.read(ee) : null; // both refuse unknown keys
        RunConfig c = new RunConfig(null, 0, null, null, DEFAULT_H5_EVERY, reg, task, plasticity).withRunTable(run);
        c.memoryEstimate().check(Runtime.getRuntime().maxMemory()); // before the optimizer allocates anything
        c.newOptimizer(c.newOptimizee(), opt); // the registry checks values (some against the genome size) now, not mid-run
        return c;
    }

    /** The optimizer's name as configured: a registry name or {@code ga}. */
    public String optimizerName() {
        return registered.name();
    }

    /** A new optimizee as configured. */
    public Optimizee newOptimizee() {
        return plasticity != null ? plasticity.optimizee() : TaskOptimizee.of(task);
    }

    /** A new optimizer over {@code o} (from {@link #newOptimizee()}), in its initial state. */
    public Optimizer newOptimizer(Optimizee o) {
        return newOptimizer(o, new ConfigTable(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                "optimizer"));
    }

    private Optimizer newOptimizer(Optimizee o, ConfigTable t) {
        try {
            return Optimizers.create(registered.name(), registered.parameters(), o, registered.seed());
        } catch (IllegalArgumentException e) { // the registry's messages start with "<optimizer>.<key>: "
            String m = e.getMessage().lines().findFirst().orElse("");
            String prefix = Optimizers.canonicalName(registered.name()) + ".";
            throw new UserError(t.field(m.startsWith(prefix) ? m.substring(prefix.length()) : m));
        }
    }

    private RunConfig withRunTable(ConfigTable t) {
        t.allow("out", "threads", "timeout_s", "failure_fitness", "h5_every", "engine", "master"); // EngineOption's
        t.rejectUnknownKeys();
        Path o = t.has("out") ? Path.of(nonBlank(t, "out")) : null;
        int th = checkThreads(t.field("threads"), t.getInt("threads", 0));
        Double to = null;
        if (t.has("timeout_s")) {
            to = t.getDouble("timeout_s");
            if (!(to > 0 && to <= 1e9)) {
                throw new UserError(t.field("timeout_s") + ": " + to + " is not allowed; must be in (0, 1e9] seconds "
                        + "(leave it out for no limit)");
            }
        }
        double[] ff = t.has("failure_fitness") ? t.getDoubles("failure_fitness") : null; // one value or an array
        if (ff != null && ff.length != 1) { // a task has one objective
            throw new UserError(t.field("failure_fitness") + ": " + ff.length + " values is not allowed; must be 1 "
                    + "(one per fitness objective)");
        }
        int every = t.getInt("h5_every", DEFAULT_H5_EVERY);
        if (every < 1) {
            throw new UserError(t.field("h5_every") + ": " + every + " is not allowed; must be >= 1 (generations)");
        }
        return new RunConfig(o, th, to, ff, every, registered, task, plasticity);
    }

    private static String nonBlank(ConfigTable t, String key) {
        String s = t.getString(key);
        if (s.isBlank()) {
            throw new UserError(t.field(key) + ": \"" + s + "\" is not allowed; must be a directory path");
        }
        return s;
    }

    private static ConfigTable table(ConfigTable root, String name, boolean required) {
        if (required && !root.has(name)) {
            throw new UserError("[" + name + "]: missing required table");
        }
        return root.getTable(name);
    }

    /** A registry optimizer: {@code seed} is required (as the GA's); every other key must be one it takes. */
    private static Registered readRegistered(ConfigTable t, String name) {
        Set<String> allowed = Optimizers.parameterNames(name);
        Map<String, Object> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = t.entries(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            if (k.equals("name") || k.equals("seed")) {
                continue;
            }
            if (!allowed.contains(k)) {
                throw new UserError(t.field(k) + ": unknown parameter of " + name + Suggestions.didYouMean(k, allowed)
                        + "; " + name + " takes: " + String.join(", ", allowed));
            }
            params.put(k, ConfigTable.plainValue(e.getValue()));
        }
        return new Registered(name, org.hebb.cli.config.SeedDomain.RUN.readLong(t, "seed"), params);
    }


    /** The run directory: {@code --out} if given, else {@code run.out}, else {@code runs/<config file name>}. */
    public Path directory(Path cliOut, Path configFile) {
        if (cliOut != null) {
            return cliOut;
        }
        if (out != null) {
            return out;
        }
        String name = configFile.getFileName().toString();
        return Path.of("runs", name.endsWith(".toml") ? name.substring(0, name.length() - 5) : name);
    }

    /** A copy with another thread count (the command line's {@code --threads}). */
    public RunConfig withThreads(int n) {
        RunConfig c = new RunConfig(out, checkThreads("--threads", n), timeoutSeconds, failureFitness, h5Every,
                registered, task, plasticity);
        c.memoryEstimate().check(Runtime.getRuntime().maxMemory()); // one network per thread
        return c;
    }

    /** The most evaluation threads a run, a comparison or a held-out test may use (docs/run.md, "Limits"). */
    public static final int MAX_THREADS = 1024;

    /** {@code n} as a thread count: 0 (one per core) to {@link #MAX_THREADS}, else one line naming {@code field}. */
    public static int checkThreads(String field, int n) {
        if (n < 0 || n > MAX_THREADS) {
            throw new UserError(field + ": " + n + " is not allowed; must be in [0, " + MAX_THREADS + "] (0 = one per "
                    + "core; more threads than cores only cost memory)");
        }
        return n;
    }

    /** What this run will keep in memory (population, trajectory, one network per thread), before it allocates. */
    MemoryEstimate memoryEstimate() {
        long genes = task != null ? task.genes() : newOptimizee().layout().size();
        return MemoryEstimate.of(registered.name(), registered.parameters(), genes, task, effectiveThreads());
    }

    /** The per-individual time limit, or null for none (at least 1 ms, the evaluator's resolution). */
    public Duration timeout() {
        return timeoutSeconds == null ? null : Duration.ofNanos(Math.max(1_000_000L, Math.round(timeoutSeconds * 1e9)));
    }

    /** The thread count to use: {@link #threads}, or the number of cores when 0. */
    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /**
     * What {@code run.json} records under {@code config.user} and fingerprints: every setting that shapes the
     * trajectory or the run's files, with defaults filled in. Machine choices ({@code out}, {@code threads}) are left
     * out, so a run can be moved and resumed on another machine.
     */
    public Map<String, Object> toUserConfig() {
        Map<String, Object> run = new LinkedHashMap<>();
        if (timeoutSeconds != null) {
            run.put("timeout_s", timeoutSeconds);
        }
        if (failureFitness != null) {
            run.put("failure_fitness", failureFitness.clone());
        }
        run.put("h5_every", h5Every);
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("name", optimizerName());
        opt.put("seed", org.hebb.cli.config.SeedDomain.unsigned(registered.seed())); // 0 … 2^64-1, exactly
        opt.putAll(registered.parameters());
        Map<String, Object> ee = plasticity != null ? plasticity.table() : TaskTable.write(task);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("run", run);
        user.put("optimizer", opt);
        user.put("optimizee", ee);
        return user;
    }
}
