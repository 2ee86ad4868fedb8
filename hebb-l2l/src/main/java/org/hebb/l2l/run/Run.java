package org.hebb.l2l.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Optimizer;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.eval.Evaluator;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.trajectory.GenerationRecord;
import org.hebb.l2l.trajectory.HallOfFame;
import org.hebb.l2l.trajectory.Trajectory;

/**
 * One Learning-to-Learn run in a directory: ask the optimizer, evaluate, tell, record, checkpoint, repeat.
 * {@link #start()} begins a new run; {@link #resume()} continues a stopped or killed one from its last checkpoint
 * and produces exactly the files an uninterrupted run would have. See {@link RunDirectory} for the files.
 *
 * {@snippet :
 * GeneticAlgorithmParameters ga = GeneticAlgorithmParameters.builder().seed(42).set("pop_size", 20)
         .set("cx_prob", 0.5).set("mut_prob", 0.3).set("n_iteration", 50).set("ind_prob", 0.2).set("tourn_size", 3)
         .set("mate_par", 0.5).set("mut_par", 0.5).build();
 * Optimizee f = FunctionOptimizee.of(BenchmarkFunction.RASTRIGIN, 2);
 * Trajectory t = Run.builder(new GeneticAlgorithm(ga, f, f.fitnessWeights()), f)
 *         .directory(Path.of("runs/rastrigin"))
 *         .trajectoryWriter(new Hdf5TrajectoryWriter())   // from hebb-report
 *         .listener(e -> System.out.println(e.statistics()))
 *         .build()
 *         .start();
 * }
 */
public final class Run {
    private final Optimizer optimizer;
    private final Optimizee optimizee;
    private final Path dir;
    private final Evaluator evaluator;
    private final boolean ownsEvaluator;
    private final FitnessWeights weights;
    private final double[] failureFitness;
    private final long evaluationSeed;
    private final int hallOfFame;
    private final int writeEvery;
    private final TrajectoryWriter writer;
    private final List<GenerationListener> listeners;
    private final Map<String, Object> userConfig;
    private final Map<String, String> libraries;
    private volatile boolean stopRequested;

    private Run(Builder b) {
        this.optimizer = b.optimizer;
        this.optimizee = b.optimizee;
        this.dir = Objects.requireNonNull(b.dir, "directory");
        this.ownsEvaluator = b.evaluator == null;
        this.evaluator = ownsEvaluator ? ThreadPoolEvaluator.ofAllCores() : b.evaluator;
        this.weights = optimizer.fitnessWeights(); // one source of truth: what the optimizer ranks by
        this.failureFitness = b.failureFitness != null ? b.failureFitness.clone() : weights.worst();
        if (failureFitness.length != weights.size()) {
            throw new IllegalArgumentException("failure_fitness: " + failureFitness.length
                    + " values is not allowed; must be " + weights.size() + " (one per fitness weight)");
        }
        this.evaluationSeed = b.evaluationSeed != null ? b.evaluationSeed
                : optimizer.parameters().get("seed") instanceof Number n ? n.longValue() : 0L;
        this.hallOfFame = b.hallOfFame;
        this.writeEvery = b.writeEvery;
        this.writer = b.writer;
        this.listeners = List.copyOf(b.listeners);
        this.userConfig = new LinkedHashMap<>(b.userConfig);
        this.libraries = new LinkedHashMap<>(b.libraries);
    }

    /** A builder for a run of {@code optimizer} on {@code optimizee}. */
    public static Builder builder(Optimizer optimizer, Optimizee optimizee) {
        return new Builder(optimizer, optimizee);
    }

    /** The run's directory. */
    public Path directory() {
        return dir;
    }

    /** Asks the run to stop after the current generation's checkpoint (e.g. from a signal handler). */
    public void requestStop() {
        stopRequested = true;
    }

    /**
     * The run directory format written (3: every file checked, see {@link RunIntegrity}; 2: the task layer's
     * optimizee without checksums; 1 was written before it).
     */
    public static final int FORMAT_VERSION = 3;

    /** The config this run is fingerprinted by: optimizer, optimizee layout, weights, seeds and the user's config. */
    public ObjectNode config() {
        ObjectNode c = RunDirectory.JSON.createObjectNode();
        ObjectNode o = c.putObject("optimizer");
        o.put("name", optimizer.name());
        ObjectNode params = RunDirectory.JSON.valueToTree(optimizer.parameters());
        if (optimizer.parameters().get("seed") instanceof Long seed) {
            params.set("seed", unsignedSeed(seed));
        }
        o.set("parameters", params);
        ObjectNode e = c.putObject("optimizee");
        e.put("class", optimizee.getClass().getName());
        ArrayNode layout = e.putArray("layout");
        for (ParameterBlock p : optimizee.layout().blocks()) {
            layout.addObject().put("name", p.name()).put("length", p.length());
        }
        c.set("fitness_weights", RunDirectory.JSON.valueToTree(weights.values()));
        c.set("failure_fitness", RunDirectory.JSON.valueToTree(failureFitness));
        c.set("evaluation_seed", unsignedSeed(evaluationSeed));
        c.put("hall_of_fame", hallOfFame);
        c.set("user", RunDirectory.JSON.valueToTree(userConfig));
        return c;
    }

    /**
     * A 64-bit seed as run.json records it: seeds are 0 … 2^64−1 held in a long of the same bits, so one of 2^63 or
     * more is written as its unsigned value, never as a negative number (docs/run.md, "Seeds").
     */
    static com.fasterxml.jackson.databind.JsonNode unsignedSeed(long seed) {
        return seed >= 0 ? RunDirectory.JSON.getNodeFactory().numberNode(seed)
                : RunDirectory.JSON.getNodeFactory().numberNode(new java.math.BigInteger(Long.toUnsignedString(seed)));
    }

    /** Starts a new run; the directory must be new or empty of runs and writable. Returns the trajectory. */
    public Trajectory start() throws IOException {
        if (RunDirectory.isRun(dir)) {
            throw new IllegalArgumentException("directory: " + dir + " already holds a run is not allowed; "
                    + "must be a new directory (or resume it)");
        }
        RunDirectory.ensureWritable(dir);
        return RunDirectory.locked(dir, this::startLocked);
    }

    private Trajectory startLocked() throws IOException {
        ObjectNode config = config();
        String sha = RunDirectory.fingerprint(config);
        ObjectNode runJson = RunDirectory.JSON.createObjectNode();
        runJson.put("format", "hebb-run");
        runJson.put("format_version", FORMAT_VERSION);
        runJson.put("status", "running");
        runJson.set("config", config);
        runJson.put("config_sha256", sha);
        ObjectNode seeds = runJson.putObject("seeds");
        Object optimizerSeed = optimizer.parameters().get("seed");
        seeds.set("optimizer", optimizerSeed instanceof Long l ? unsignedSeed(l) : RunDirectory.JSON.valueToTree(optimizerSeed));
        seeds.set("evaluation", unsignedSeed(evaluationSeed));
        runJson.set("provenance", Provenance.collect(libraries));
        runJson.putArray("sessions");
        Files.deleteIfExists(dir.resolve(RunDirectory.CHECKPOINT));
        return loop(runJson, sha, newTrajectory(), null, GenerationLog.openAt(dir.resolve(RunDirectory.GENERATIONS),
                0, 0));
    }

    /**
     * Continues the run in the directory from its last checkpoint. The builder must describe the same run
     * (optimizer built afresh from the same parameters, same optimizee, weights and config); a directory that is not
     * a run, or whose {@code run.json} config was edited, is rejected.
     */
    public Trajectory resume() throws IOException {
        if (!Files.isDirectory(dir) || !RunDirectory.isRun(dir)) {
            throw new IllegalArgumentException("directory: " + dir + " is not a hebb run (no " + RunDirectory.RUN_JSON
                    + ") is not allowed; must be a directory written by a run");
        }
        RunDirectory.ensureWritable(dir);
        return RunDirectory.locked(dir, this::resumeLocked);
    }

    private Trajectory resumeLocked() throws IOException {
        ObjectNode runJson = RunDirectory.readRunJson(dir);
        int version = runJson.path("format_version").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException("run.json format_version: " + version + " is not allowed; must be "
                    + FORMAT_VERSION + " (a run written by an earlier hebb: finish it with the hebb that started it)");
        }
        String recorded = runJson.path("config_sha256").asText(); // readRunJson checked it against the config
        String sha = RunDirectory.fingerprint(config());
        if (!sha.equals(recorded)) {
            throw new IllegalArgumentException("config: sha256 " + sha + " is not allowed; must equal the run's "
                    + recorded + " (resume with the config in " + dir.resolve(RunDirectory.RUN_JSON) + ")");
        }
        RunDirectory.deleteStaging(dir); // a kill during an atomic write leaves its temp file
        List<String> problems = RunIntegrity.problems(dir, true); // every file it reads or appends to, checked
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst());
        }
        Trajectory t = newTrajectory();
        Checkpoint c = RunIntegrity.load(dir, t, writer);
        if (c != null) {
            optimizer.readState(new DataInputStream(new ByteArrayInputStream(c.optimizerState())));
            if (optimizer.generation() != c.generations()) {
                throw new IllegalArgumentException("checkpoint: " + c.generations() + " generations, optimizer "
                        + optimizer.generation() + " is not allowed; must agree");
            }
        } else if (optimizer.generation() != 0) {
            throw new IllegalArgumentException("optimizer: generation " + optimizer.generation()
                    + " is not allowed; must be freshly built (generation 0) to resume a run without checkpoint");
        }
        GenerationLog log = GenerationLog.openAt(dir.resolve(RunDirectory.GENERATIONS), c == null ? 0 : c.logLength(),
                c == null ? 0 : c.logChain());
        return loop(runJson, sha, t, c, log);
    }

    private Trajectory newTrajectory() {
        return new Trajectory(optimizer.name(), optimizer.parameters(), optimizee.layout(), weights, evaluationSeed,
                hallOfFame);
    }

    /**
     * Runs generations until done or stopped, from {@code last} (null: a new run). The generations its checkpoint
     * counts are in full trajectory segments, the rest of {@code t} in the log; a generation that completes a segment
     * goes into it instead of the log. Each generation's files are written, then the checkpoint naming their sums.
     */
    private Trajectory loop(ObjectNode runJson, String sha, Trajectory t, Checkpoint last, GenerationLog log)
            throws IOException {
        SortedMap<String, FileSum> files = last == null ? new TreeMap<>() : new TreeMap<>(last.files());
        int inSegments = last == null ? 0 : last.segmentGenerations();
        TrajectorySegments segments = writer == null ? null : new TrajectorySegments(dir, writer, writeEvery, files);
        GenerationStep step = new GenerationStep(optimizer, optimizee, evaluator, weights, failureFitness,
                evaluationSeed);
        ObjectNode session = ((ArrayNode) runJson.get("sessions")).addObject();
        session.put("started_utc", Instant.now().toString());
        session.put("first_generation", t.size());
        session.put("evaluator", evaluator.getClass().getSimpleName());
        session.put("parallelism", evaluator.parallelism());
        session.set("engine", RunDirectory.JSON.valueToTree(evaluator.describe())); // updated when the session ends
        runJson.put("status", "running");
        RunDirectory.writeRunJson(dir, runJson);
        if (last == null) { // a checkpoint of no generation before any generation's file: none without it is a loss
            new Checkpoint(sha, 0, 0, 0, 0, new byte[0], files).write(dir.resolve(RunDirectory.CHECKPOINT));
        }
        long t0 = System.nanoTime();
        long evaluations = 0;
        String status = "failed";
        HallOfFame.Entry lastBest = null;
        try (log) {
            while (!optimizer.isDone() && !stopRequested) {
                long g0 = System.nanoTime();
                GenerationRecord r = step.run();
                t.add(r);
                boolean completes = segments != null && segments.completes(t.size());
                long end = 0;
                if (completes) { // segment and index on disk before the checkpoint that counts them
                    segments.write(t, t.size() - writeEvery);
                    inSegments = t.size();
                } else {
                    end = log.append(r);
                }
                if (t.best() != lastBest) {
                    lastBest = t.best();
                    files.put(RunDirectory.BEST_GENOME, RunDirectory.writeBestGenome(dir, lastBest.genome()));
                }
                ByteArrayOutputStream state = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(state);
                optimizer.writeState(out);
                out.flush();
                last = new Checkpoint(sha, t.size(), inSegments, end, completes ? 0 : log.chain(), state.toByteArray(),
                        files);
                last.write(dir.resolve(RunDirectory.CHECKPOINT));
                if (completes) {
                    log.clear(); // a kill before this: the resume cuts the log to the checkpoint's 0 bytes
                }
                evaluations += r.evaluatedCount();
                long now = System.nanoTime();
                GenerationEvent ev = new GenerationEvent(t.statistics().getLast(), t.best(), t.size(),
                        optimizer.plannedGenerations(), r.evaluatedCount(), (now - g0) * 1e-9,
                        evaluations / Math.max(1e-9, (now - t0) * 1e-9), this);
                for (GenerationListener l : listeners) {
                    l.onGeneration(ev);
                }
            }
            if (t.size() > 0) { // also after a kill between checkpoint and outputs: finish them now
                files.put(RunDirectory.BEST_GENOME, RunDirectory.writeBestGenome(dir, t.best().genome()));
                if (segments != null) {
                    segments.finish(t, inSegments);
                }
                last.withFiles(files).write(dir.resolve(RunDirectory.CHECKPOINT)); // the sums of what it ends with
            }
            status = optimizer.isDone() ? "finished" : "stopped";
        } finally {
            session.put("ended_utc", Instant.now().toString());
            session.put("wall_seconds", (System.nanoTime() - t0) * 1e-9);
            session.put("generations", t.size() - session.get("first_generation").asInt());
            session.put("evaluations", evaluations);
            session.put("status", status);
            session.set("engine", RunDirectory.JSON.valueToTree(evaluator.describe()));
            runJson.put("status", status);
            RunDirectory.writeRunJson(dir, runJson);
            if (ownsEvaluator) {
                evaluator.close();
            }
        }
        return t;
    }

    /** Reads a run.json value for callers (e.g. the CLI rebuilding a run to resume it). */
    public static JsonNode recordedConfig(Path dir) throws IOException {
        return RunDirectory.readRunJson(dir).path("config");
    }

    /** Builds a {@link Run}; only the directory is required. */
    public static final class Builder {
        private final Optimizer optimizer;
        private final Optimizee optimizee;
        private Path dir;
        private Evaluator evaluator;
        private double[] failureFitness;
        private Long evaluationSeed;
        private int hallOfFame = Trajectory.DEFAULT_HALL_OF_FAME;
        private int writeEvery = 1;
        private TrajectoryWriter writer;
        private final List<GenerationListener> listeners = new ArrayList<>();
        private final Map<String, Object> userConfig = new LinkedHashMap<>();
        private final Map<String, String> libraries = new LinkedHashMap<>();

        private Builder(Optimizer optimizer, Optimizee optimizee) {
            this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
            this.optimizee = Objects.requireNonNull(optimizee, "optimizee");
        }

        /** The run directory (created if absent). */
        public Builder directory(Path dir) {
            this.dir = dir;
            return this;
        }

        /** The evaluator; default: a {@link ThreadPoolEvaluator} on all cores, owned and closed by the run. */
        public Builder evaluator(Evaluator evaluator) {
            this.evaluator = evaluator;
            return this;
        }

        /** The fitness recorded for an individual that failed or timed out; default: the worst (±infinity). */
        public Builder failureFitness(double... fitness) {
            this.failureFitness = fitness.clone();
            return this;
        }

        /** The seed evaluations get; default: the optimizer's {@code seed} parameter. */
        public Builder evaluationSeed(long seed) {
            this.evaluationSeed = seed;
            return this;
        }

        /** Hall-of-fame size; default 20, as L2L. */
        public Builder hallOfFame(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("hall_of_fame: " + size + " is not allowed; must be >= 1");
            }
            this.hallOfFame = size;
            return this;
        }

        /** Where the trajectory file goes (e.g. hebb-report's HDF5 writer); default none. */
        public Builder trajectoryWriter(TrajectoryWriter writer) {
            this.writer = writer;
            return this;
        }

        /**
         * Trajectory segments of {@code n} generations: one is written each time {@code n} generations are done
         * (and a partial one at the end); default 1.
         */
        public Builder writeEvery(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("write_every: " + n + " is not allowed; must be >= 1");
            }
            this.writeEvery = n;
            return this;
        }

        /** Adds a per-generation listener. */
        public Builder listener(GenerationListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Adds the caller's config (e.g. the optimizee's settings), recorded in run.json and fingerprinted. */
        public Builder config(Map<String, ?> config) {
            userConfig.putAll(config);
            return this;
        }

        /** Records a library version in run.json's provenance. */
        public Builder library(String name, String version) {
            libraries.put(name, version);
            return this;
        }

        public Run build() {
            return new Run(this);
        }
    }
}
