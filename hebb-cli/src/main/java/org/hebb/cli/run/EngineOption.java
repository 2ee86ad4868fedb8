package org.hebb.cli.run;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.l2l.eval.Evaluator;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.spark.SparkMaster;
import picocli.CommandLine.Option;

/**
 * Where evaluations run, shared by {@code hebb run}, {@code resume} and {@code compare} as a picocli mixin:
 * {@code --engine threads|spark [--master URL]}, else the config's {@code engine} and {@code master} keys. The one
 * option that moves a run from a laptop ({@code local[*]}) to a cluster ({@code spark://HOST:7077}); results do not
 * depend on it (docs/spark.md). Spark is loaded reflectively: it is not in hebb.jar, the launcher adds its jars.
 */
public final class EngineOption {
    /** The engines {@code --engine} accepts. */
    public static final List<String> ENGINES = List.of("threads", "spark");
    static final String SPARK_MISSING = "Spark classes missing: run with ./hebb --engine spark … (the launcher adds "
            + "them) or put Spark 4.2 jars on the class path";
    private static final Duration EXECUTOR_WAIT = Duration.ofSeconds(120);

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "threads (default) or spark; default: the config's engine key")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master with --engine spark: local[*] (default; spark-submit's --master if set), "
                    + "local[N], spark://HOST:7077, ...")
    String master;

    /** Fills what the command line left open from a config table's {@code engine} and {@code master} keys. */
    public EngineOption withDefaults(ConfigTable table) {
        if (engine == null && table.has("engine")) {
            engine = table.getString("engine");
            check(table.field("engine"));
        }
        if (master == null && table.has("master")) {
            master = table.getString("master");
        }
        return this;
    }

    /** {@code threads} or {@code spark}. */
    public String engine() {
        check("--engine");
        return engine == null ? "threads" : engine;
    }

    private void check(String field) {
        if (engine != null && !ENGINES.contains(engine)) {
            throw new UserError(field + ": \"" + engine + "\" is not allowed; must be one of " + ENGINES);
        }
    }

    /**
     * Opens the evaluator: a thread pool of {@code threads}, or a Spark application named {@code appName}; each with
     * the per-individual {@code timeout} (or null). Bad engine, master URL, JDK or a dead master are one line.
     */
    public Evaluator open(int threads, Duration timeout, String appName) {
        if (!engine().equals("spark")) {
            if (master != null) {
                throw new UserError("--master: " + master + " is not allowed without --engine spark (or [run] "
                        + "engine = \"spark\")");
            }
            return ThreadPoolEvaluator.of(threads, timeout);
        }
        String url = master != null ? master : System.getProperty("spark.master", "local[*]"); // set by spark-submit
        SparkMaster.checkUrl(url); // these need no Spark classes: a typo is reported even without them
        SparkMaster.checkJdk(Runtime.version());
        try {
            Class.forName("org.apache.spark.SparkContext", false, EngineOption.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError missing) {
            throw new UserError(SPARK_MISSING);
        }
        try {
            return (Evaluator) Class.forName("org.hebb.spark.SparkEvaluator")
                    .getMethod("start", String.class, String.class, Duration.class, Duration.class, Map.class)
                    .invoke(null, url, appName, timeout, EXECUTOR_WAIT, Map.of());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // the one-line IllegalArgumentException of a dead master, or Spark's own failure
            }
            throw new IllegalStateException("Spark failed to start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new UserError(SPARK_MISSING + " (" + e + ")");
        }
    }

    /** How a session line names the engine: "2 evaluation threads" or "Spark local[2] (app local-..., 2 cores)". */
    public static String label(Evaluator e) {
        Map<String, Object> d = e.describe();
        if ("spark".equals(d.get("engine"))) {
            return "Spark " + d.get("master") + " (application " + d.get("application_id") + ", " + e.parallelism()
                    + " cores)";
        }
        return e.parallelism() + " evaluation thread" + (e.parallelism() == 1 ? "" : "s");
    }
}
