package org.hebb.cli.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.hebb.cli.UserError;
import org.hebb.learn.task.EpisodeSeeding;
import org.hebb.learn.task.InputEncoding;
import org.hebb.learn.task.Task;

/**
 * The one reader and writer of a task's {@code [optimizee]} table (docs/task.md), used by {@code hebb run},
 * {@code resume}, {@code episode}, {@code evaluate}, {@code compare} and the report. {@code name = "control"} is any
 * Gymnasium task ({@code env} required); {@code name = "mountain-car"} is L2L's MountainCar network
 * ({@link Task#mountainCarL2L()}), whose keys default to L2L's values. Both take the same keys:
 *
 * <pre>
 * env, encoding, neurons_per_dimension, ranges, field_width, input_current, hidden_neurons, group_size,
 * default_action, gain, resolution, step_ms, weight_scale, weight_bound, steps, seeding, seed, episodes
 * </pre>
 *
 * Unknown keys are refused with the closest known name. {@link #write} writes every key, defaults included, so a
 * recorded run does not depend on the defaults of the version that resumes it; {@link #read} of it gives the same
 * task back.
 */
public final class TaskTable {

    /** The task names {@code [optimizee] name} takes. */
    public static final List<String> NAMES = List.of("mountain-car", "control");

    /** Every key of the table but {@code name}. */
    public static final List<String> KEYS = List.of("env", "encoding", "neurons_per_dimension", "ranges",
            "field_width", "input_current", "hidden_neurons", "group_size", "default_action", "gain", "resolution",
            "step_ms", "weight_scale", "weight_bound", "steps", "seeding", "seed", "episodes");

    private TaskTable() {
    }

    /** Whether {@code name} is a task name (rather than, say, compare's {@code function}). */
    public static boolean isTask(String name) {
        return NAMES.contains(name);
    }

    /** Reads the task of an {@code [optimizee]} table whose {@code name} is one of {@link #NAMES}. */
    public static Task read(ConfigTable t) {
        String name = t.has("name") ? t.getString("name") : "mountain-car"; // an empty table: L2L's network
        if (!isTask(name)) { // first, so another optimizee's keys are not reported as unknown ones of a task
            throw new UserError(t.field("name") + ": \"" + name + "\" is not allowed; must be one of " + NAMES);
        }
        t.allow("name");
        t.allow(KEYS.toArray(String[]::new));
        t.rejectUnknownKeys(); // before the values, so a misspelt key is named as such, not reported as a missing one
        boolean preset = name.equals("mountain-car");
        String env = preset ? t.getString("env", "MountainCar-v0") : t.getString("env");
        if (preset && !env.equals("MountainCar-v0")) {
            throw new UserError(t.field("env") + ": \"" + env + "\" is not allowed with name = \"mountain-car\"; must be"
                    + " MountainCar-v0 (use name = \"control\" for other tasks)");
        }
        Task.Builder b;
        try {
            b = preset ? Task.mountainCarL2LBuilder() : Task.builder(env);
        } catch (IllegalArgumentException e) { // an unknown id, or a box with no default range (then ranges decide)
            if (!t.has("ranges") || e.getMessage().contains("not allowed; must be one of")) {
                throw new UserError(t.field("env") + ": " + e.getMessage());
            }
            b = null;
        }
        try {
            if (b == null) {
                double[][] r = ranges(t);
                b = unboundedBuilder(env, r);
            }
            if (t.has("encoding")) {
                b.encoding(InputEncoding.of(t.getString("encoding")));
            }
            if (t.has("ranges")) {
                double[][] r = ranges(t);
                b.ranges(r[0], r[1]);
            }
            if (t.has("neurons_per_dimension")) {
                b.perDimension(t.getInt("neurons_per_dimension", 0));
            }
            if (t.has("field_width")) {
                b.fieldWidth(t.getDouble("field_width"));
            }
            if (t.has("input_current")) {
                b.inputCurrentPa(t.getDouble("input_current"));
            }
            if (t.has("hidden_neurons")) {
                b.hiddenNeurons(t.getInt("hidden_neurons", 0));
            }
            if (t.has("group_size")) {
                b.groupSize(t.getInt("group_size", 0));
            }
            if (t.has("default_action")) {
                b.defaultAction(t.getInt("default_action", 0));
            }
            if (t.has("gain")) {
                b.gain(t.getDouble("gain"));
            }
            if (t.has("resolution")) {
                b.resolutionMs(t.getDouble("resolution"));
            }
            if (t.has("step_ms")) {
                b.stepMs(t.getDouble("step_ms"));
            }
            if (t.has("weight_scale")) {
                b.weightScalePa(t.getDouble("weight_scale"));
            }
            if (t.has("weight_bound")) {
                b.weightBound(t.getDouble("weight_bound"));
            }
            if (t.has("steps")) {
                b.maxSteps(t.getInt("steps", 0));
            }
            b.seeding(seeding(t));
            return b.build();
        } catch (IllegalArgumentException e) { // the task's messages start with the key's name
            throw new UserError(t.field(e.getMessage()));
        }
    }

    /** A task with no default range (an unbounded observation box) must give ranges: built from them. */
    private static Task.Builder unboundedBuilder(String env, double[][] r) {
        try {
            return Task.builder(env);
        } catch (IllegalArgumentException e) {
            return Task.builderWithRanges(env, r[0], r[1]);
        }
    }

    /** Every key of {@code task}'s table, defaults included, in {@link #KEYS} order after {@code name}. */
    public static Map<String, Object> write(Task task) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", "mountain-car".equals(task.preset()) ? "mountain-car" : "control");
        t.put("env", task.envId());
        t.put("encoding", task.encoding().configName());
        t.put("neurons_per_dimension", task.perDimension());
        List<List<Double>> ranges = new ArrayList<>();
        double[] lo = task.low();
        double[] hi = task.high();
        for (int d = 0; d < lo.length; d++) {
            ranges.add(List.of(lo[d], hi[d]));
        }
        t.put("ranges", ranges);
        t.put("field_width", task.fieldWidth());
        t.put("input_current", task.inputCurrentPa());
        t.put("hidden_neurons", task.hiddenNeurons());
        t.put("group_size", task.groupSize());
        t.put("default_action", task.defaultAction());
        t.put("gain", task.gain());
        t.put("resolution", task.resolutionMs());
        t.put("step_ms", task.stepMs());
        t.put("weight_scale", task.weightScalePa());
        t.put("weight_bound", task.weightBound());
        t.put("steps", task.maxSteps());
        switch (task.seeding()) {
            case EpisodeSeeding.PerGeneration p -> t.put("seeding", "generation");
            case EpisodeSeeding.Fixed f -> {
                t.put("seeding", "fixed");
                t.put("seed", f.seed());
            }
            case EpisodeSeeding.Mean m -> {
                t.put("seeding", "mean");
                t.put("episodes", m.episodes());
                t.put("seed", m.firstSeed());
            }
        }
        return t;
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

    /** {@code seeding = "generation" | "fixed" (seed) | "mean" (episodes, seed)}. */
    static EpisodeSeeding seeding(ConfigTable t) {
        String mode = t.getString("seeding", "generation");
        boolean hasSeed = t.has("seed");
        boolean hasEpisodes = t.has("episodes");
        long seed = SeedDomain.TASK_ENV.readLong(t, "seed", 0);
        int episodes = t.getInt("episodes", 1);
        try {
            return switch (mode) {
                case "generation" -> {
                    if (hasSeed || hasEpisodes) {
                        throw new UserError(t.field(hasSeed ? "seed" : "episodes")
                                + ": not allowed with seeding = \"generation\"; remove it or use "
                                + (hasSeed ? "\"fixed\" or \"mean\"" : "\"mean\""));
                    }
                    yield EpisodeSeeding.perGeneration();
                }
                case "fixed" -> {
                    if (!hasSeed || hasEpisodes) {
                        throw new UserError(t.field(hasEpisodes ? "episodes" : "seed") + (hasEpisodes
                                ? ": not allowed with seeding = \"fixed\"; remove it or use \"mean\""
                                : ": missing; seeding = \"fixed\" needs the reset seed"));
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
