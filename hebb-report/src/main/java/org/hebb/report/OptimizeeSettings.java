package org.hebb.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hebb.learn.mountaincar.EpisodeSeeding;
import org.hebb.learn.mountaincar.MountainCarConfig;
import org.hebb.learn.mountaincar.MountainCarGenome;

/**
 * The MountainCar optimizee's settings as a run recorded them in {@code run.json}: the caller's config
 * ({@code config.user}) holds an {@code optimizee} object with the keys of the TOML {@code [optimizee]} table
 * ({@code name = "mountain-car"}, {@code hidden_neurons, resolution, steps, step_ms, input_current, weight_scale,
 * seeding, seed, episodes}), as {@code hebb run} records it; missing keys take L2L's defaults. A run that recorded no {@code optimizee} object gets L2L's defaults with the hidden-layer
 * size its genome length implies, and {@link #recorded()} says so.
 *
 * @param config   the settings
 * @param recorded whether they came from {@code run.json} (false: assumed defaults)
 */
public record OptimizeeSettings(MountainCarConfig config, boolean recorded) {

    /** The optimizee class whose runs have MountainCar figures. */
    public static final String MOUNTAIN_CAR_CLASS = "org.hebb.l2l.mountaincar.MountainCarOptimizee";

    /** The name {@code hebb run} records for this optimizee ({@code [optimizee] name}). */
    public static final String NAME = "mountain-car";

    private static final Set<String> KEYS = Set.of("name", "hidden_neurons", "resolution", "steps", "step_ms",
            "input_current", "weight_scale", "seeding", "seed", "episodes");

    /** Whether {@code runConfig} (run.json's {@code config}) is a run of the MountainCar optimizee. */
    public static boolean isMountainCar(JsonNode runConfig) {
        return MOUNTAIN_CAR_CLASS.equals(runConfig.path("optimizee").path("class").asText());
    }

    /**
     * The settings of a MountainCar run.
     *
     * @param runConfig    run.json's {@code config}
     * @param genomeLength the length of the run's genomes (checked against the settings)
     */
    public static OptimizeeSettings of(JsonNode runConfig, int genomeLength) {
        JsonNode t = runConfig.path("user").path("optimizee");
        MountainCarConfig c;
        boolean recorded = t.isObject();
        if (recorded) {
            c = read(t);
        } else {
            int h = MountainCarGenome.hiddenFor(genomeLength);
            if (h < 1) {
                throw new IllegalArgumentException("genome length: " + genomeLength + " is not allowed; must be a"
                        + " multiple of " + MountainCarGenome.size(1) + " (63 genes per hidden neuron)");
            }
            c = MountainCarConfig.DEFAULT.withHiddenNeurons(h);
        }
        if (c.genes() != genomeLength) {
            throw new IllegalArgumentException("run.json config.user.optimizee.hidden_neurons: " + c.hiddenNeurons()
                    + " is not allowed; the run's genomes have " + genomeLength + " genes, which needs "
                    + MountainCarGenome.hiddenFor(genomeLength));
        }
        return new OptimizeeSettings(c, recorded);
    }

    private static MountainCarConfig read(JsonNode t) {
        for (Iterator<String> it = t.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException(field(k) + ": unknown key is not allowed; must be one of "
                        + KEYS.stream().sorted().toList());
            }
        }
        if (t.has("name") && !NAME.equals(t.get("name").asText())) {
            throw new IllegalArgumentException(field("name") + ": " + t.get("name") + " is not allowed; must be \""
                    + NAME + "\"");
        }
        MountainCarConfig d = MountainCarConfig.DEFAULT;
        String mode = t.has("seeding") ? t.get("seeding").asText() : "generation";
        long seed = integer(t, "seed", 0);
        try {
            EpisodeSeeding seeding = switch (mode) {
                case "generation" -> EpisodeSeeding.perGeneration();
                case "fixed" -> new EpisodeSeeding.Fixed(seed);
                case "mean" -> new EpisodeSeeding.Mean((int) integer(t, "episodes", 1), seed);
                default -> throw new IllegalArgumentException("seeding: \"" + mode
                        + "\" is not allowed; must be \"generation\", \"fixed\" or \"mean\"");
            };
            return new MountainCarConfig((int) integer(t, "hidden_neurons", d.hiddenNeurons()),
                    real(t, "resolution", d.resolutionMs()), (int) integer(t, "steps", d.steps()),
                    real(t, "step_ms", d.stepMs()), real(t, "input_current", d.inputCurrentPa()),
                    real(t, "weight_scale", d.weightScalePa()), seeding);
        } catch (IllegalArgumentException e) { // the record's messages start with the key's name
            throw new IllegalArgumentException(field(e.getMessage()));
        }
    }

    private static long integer(JsonNode t, String key, long otherwise) {
        JsonNode n = t.get(key);
        if (n == null) {
            return otherwise;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new IllegalArgumentException(field(key) + ": " + n + " is not allowed; must be a whole number");
        }
        return n.asLong();
    }

    private static double real(JsonNode t, String key, double otherwise) {
        JsonNode n = t.get(key);
        if (n == null) {
            return otherwise;
        }
        if (!n.isNumber()) {
            throw new IllegalArgumentException(field(key) + ": " + n + " is not allowed; must be a number");
        }
        return n.asDouble();
    }

    private static String field(String rest) {
        return "run.json config.user.optimizee." + rest;
    }

    /** The settings as {@code [optimizee]} keys and values, for the report's configuration table. */
    public Map<String, Object> asTable() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hidden_neurons", config.hiddenNeurons());
        m.put("resolution", config.resolutionMs());
        m.put("steps", config.steps());
        m.put("step_ms", config.stepMs());
        m.put("input_current", config.inputCurrentPa());
        m.put("weight_scale", config.weightScalePa());
        switch (config.seeding()) {
            case EpisodeSeeding.PerGeneration g -> m.put("seeding", "generation");
            case EpisodeSeeding.Fixed f -> {
                m.put("seeding", "fixed");
                m.put("seed", f.seed());
            }
            case EpisodeSeeding.Mean mean -> {
                m.put("seeding", "mean");
                m.put("episodes", mean.episodes());
                m.put("seed", mean.firstSeed());
            }
        }
        return m;
    }
}
