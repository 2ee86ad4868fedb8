package org.hebb.cli.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.cli.episode.OptimizeeConfig;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.hebb.l2l.control.ControlOptimizee;
import org.hebb.l2l.mountaincar.MountainCarOptimizee;
import org.hebb.learn.control.ControllerConfig;
import org.hebb.learn.control.InputEncoding;
import org.hebb.learn.mountaincar.EpisodeSeeding;

/**
 * Reads an {@code [optimizee]} table into an optimizee: {@code name = "control"} (the spiking controller on any
 * Gymnasium task, docs/control.md), {@code "mountain-car"} (L2L's MountainCar optimizee, docs/mountain-car.md) or
 * {@code "function"} (a benchmark function, minimised; {@code function}, {@code dimensions}, {@code noise}).
 */
public final class OptimizeeTable {

    /** The names {@code [optimizee] name} accepts. */
    public static final List<String> NAMES = List.of("control", "mountain-car", "function");

    /** The keys of {@code name = "control"}. */
    public static final List<String> CONTROL_KEYS = List.of("name", "env", "encoding", "neurons_per_dimension", "ranges",
            "field_width", "input_current", "hidden_neurons", "group_size", "default_action", "gain", "resolution",
            "step_ms", "weight_scale", "weight_bound", "steps", "seeding", "seed", "episodes");

    private OptimizeeTable() {
    }

    /** The optimizee the table describes. */
    public static Optimizee read(ConfigTable t) {
        String name = t.getString("name");
        return switch (name) {
            case "control" -> ControlOptimizee.of(control(t));
            case "mountain-car" -> {
                t.allow("name");
                yield MountainCarOptimizee.of(OptimizeeConfig.read(t));
            }
            case "function" -> function(t);
            default -> throw new UserError(t.field("name") + ": \"" + name + "\" is not allowed; must be one of " + NAMES);
        };
    }

    private static Optimizee function(ConfigTable t) {
        t.allow("name", "function", "dimensions", "noise");
        String f = t.getString("function", "sphere");
        int dims = t.getInt("dimensions", 2);
        double noise = t.getDouble("noise", 0.0);
        t.rejectUnknownKeys();
        BenchmarkFunction fn;
        try {
            fn = BenchmarkFunction.valueOf(f.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError(t.field("function") + ": \"" + f + "\" is not allowed; must be one of "
                    + java.util.Arrays.stream(BenchmarkFunction.values()).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList());
        }
        if (dims < 1) {
            throw new UserError(t.field("dimensions") + ": " + dims + " is not allowed; must be >= 1");
        }
        FunctionOptimizee o = FunctionOptimizee.of(fn, dims);
        return noise > 0 ? o.withNoise(noise) : o;
    }

    /** Reads the spiking controller's settings; every key but {@code env} is optional (docs/control.md). */
    public static ControllerConfig control(ConfigTable t) {
        t.allow(CONTROL_KEYS.toArray(String[]::new));
        t.rejectUnknownKeys(); // first, so a misspelt key is named as such, not reported as a missing one
        String env = t.getString("env");
        ControllerConfig d;
        try {
            d = ControllerConfig.defaults(env);
        } catch (IllegalArgumentException e) { // an unknown id, or a box with no default range (then ranges decide)
            if (!t.has("ranges") || e.getMessage().contains("not allowed; must be one of")) {
                throw new UserError(t.field("env") + ": " + e.getMessage());
            }
            d = null;
        }
        InputEncoding enc = InputEncoding.BINS;
        String encName = t.getString("encoding", "bins");
        try {
            enc = InputEncoding.of(encName);
        } catch (IllegalArgumentException e) {
            throw new UserError(t.field(e.getMessage()));
        }
        double[][] ranges = t.has("ranges") ? ranges(t) : ControllerConfig.defaultRanges(env);
        int n = t.getInt("neurons_per_dimension", 10);
        double width = t.getDouble("field_width", 1.0);
        double current = t.getDouble("input_current",
                enc == InputEncoding.BINS ? ControllerConfig.BINS_CURRENT_PA : ControllerConfig.GAUSSIAN_CURRENT_PA);
        int hidden = t.getInt("hidden_neurons", 5);
        int group = t.getInt("group_size", 1);
        int dflt = t.getInt("default_action", d == null ? 0 : d.defaultAction());
        double gain = t.getDouble("gain", d == null ? 0.01 : d.gain());
        double resolution = t.getDouble("resolution", 0.2);
        double stepMs = t.getDouble("step_ms", 20.0);
        double scale = t.getDouble("weight_scale", 100.0);
        double bound = t.getDouble("weight_bound", 20.0);
        int steps = t.getInt("steps", 0);
        EpisodeSeeding seeding = seeding(t);
        t.allow("name");
        t.rejectUnknownKeys();
        try {
            return new ControllerConfig(env, enc, n, ranges[0], ranges[1], width, current, hidden, group, dflt, gain,
                    resolution, stepMs, scale, bound, steps, seeding);
        } catch (IllegalArgumentException e) { // the record's messages start with the key's name
            throw new UserError(t.field(e.getMessage()));
        }
    }

    private static double[][] ranges(ConfigTable t) {
        JsonNode v = t.raw("ranges");
        if (!v.isArray()) {
            throw new UserError(t.field("ranges") + ": " + v + " is not allowed; must be [[lo, hi], ...], one per dimension");
        }
        double[][] r = new double[2][v.size()];
        for (int d = 0; d < v.size(); d++) {
            JsonNode p = v.get(d);
            String f = t.field("ranges") + "[" + d + "]";
            if (!p.isArray() || p.size() != 2) {
                throw new UserError(f + ": " + p + " is not allowed; must be [lo, hi]");
            }
            r[0][d] = ConfigTable.asDouble(p.get(0), f + "[0]");
            r[1][d] = ConfigTable.asDouble(p.get(1), f + "[1]");
        }
        return r;
    }

    /** {@code seeding = "generation" | "fixed" (seed) | "mean" (episodes, seed)}, as MountainCar's. */
    static EpisodeSeeding seeding(ConfigTable t) {
        String mode = t.getString("seeding", "generation");
        boolean hasSeed = t.has("seed");
        boolean hasEpisodes = t.has("episodes");
        long seed = t.getLong("seed", 0);
        int episodes = t.getInt("episodes", 1);
        try {
            return switch (mode) {
                case "generation" -> {
                    if (hasSeed || hasEpisodes) {
                        throw new UserError(t.field(hasSeed ? "seed" : "episodes")
                                + ": not allowed with seeding = \"generation\"; remove it or use \"fixed\" or \"mean\"");
                    }
                    yield EpisodeSeeding.perGeneration();
                }
                case "fixed" -> {
                    if (!hasSeed || hasEpisodes) {
                        throw new UserError(t.field(hasEpisodes ? "episodes" : "seed") + (hasEpisodes
                                ? ": not allowed with seeding = \"fixed\"; use \"mean\"" : ": missing; seeding = \"fixed\" needs the reset seed"));
                    }
                    yield new EpisodeSeeding.Fixed(seed);
                }
                case "mean" -> new EpisodeSeeding.Mean(episodes, seed);
                default -> throw new UserError(t.field("seeding") + ": \"" + mode
                        + "\" is not allowed; must be \"generation\", \"fixed\" or \"mean\"");
            };
        } catch (IllegalArgumentException e) {
            throw new UserError(t.field(e.getMessage()));
        }
    }
}
