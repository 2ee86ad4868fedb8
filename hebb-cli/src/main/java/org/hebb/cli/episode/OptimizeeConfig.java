package org.hebb.cli.episode;

import java.nio.file.Path;

import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.cli.config.TomlFile;
import org.hebb.learn.mountaincar.EpisodeSeeding;
import org.hebb.learn.mountaincar.MountainCarConfig;

/**
 * Reads the MountainCar optimizee's settings from the {@code [optimizee]} table of a TOML config; every key is
 * optional and defaults to L2L's value:
 *
 * <pre>
 * [optimizee]
 * hidden_neurons = 5        # hidden iaf_psc_alpha neurons
 * resolution = 0.2          # ms
 * steps = 110               # env steps per fitness episode at most
 * step_ms = 20.0            # simulated ms per env step
 * input_current = 40000.0   # pA on the active bin's dc_generator
 * weight_scale = 100.0      # pA per unit gene
 * seeding = "generation"    # "generation" (L2L: reset(seed=generation)), "fixed" (seed) or "mean" (episodes, seed)
 * seed = 0                  # fixed: the reset seed; mean: the first of the episodes' seeds
 * episodes = 1              # mean: how many episodes
 * </pre>
 *
 * Unknown keys are refused with the closest known name; other tables of the file are left to their readers.
 */
public final class OptimizeeConfig {

    /** The table's name. */
    public static final String TABLE = "optimizee";

    private OptimizeeConfig() {
    }

    /** Reads {@code [optimizee]} from a TOML file, which must have that table. */
    public static MountainCarConfig read(Path file) {
        ConfigTable root = TomlFile.read(file);
        if (!root.has(TABLE)) {
            throw new UserError(file + ": missing [" + TABLE + "] table (an empty one gives L2L's defaults)");
        }
        return read(root.getTable(TABLE));
    }

    /** Reads the settings from the {@code [optimizee]} table. */
    public static MountainCarConfig read(ConfigTable t) {
        MountainCarConfig d = MountainCarConfig.DEFAULT;
        int hidden = t.getInt("hidden_neurons", d.hiddenNeurons());
        double resolution = t.getDouble("resolution", d.resolutionMs());
        int steps = t.getInt("steps", d.steps());
        double stepMs = t.getDouble("step_ms", d.stepMs());
        double current = t.getDouble("input_current", d.inputCurrentPa());
        double scale = t.getDouble("weight_scale", d.weightScalePa());
        String mode = t.getString("seeding", "generation");
        boolean hasSeed = t.has("seed");
        boolean hasEpisodes = t.has("episodes");
        long seed = t.getLong("seed", 0);
        int episodes = t.getInt("episodes", 1);
        t.rejectUnknownKeys();
        try {
            EpisodeSeeding seeding = switch (mode) {
                case "generation" -> {
                    refuse(t, hasSeed, "seed", mode);
                    refuse(t, hasEpisodes, "episodes", mode);
                    yield EpisodeSeeding.perGeneration();
                }
                case "fixed" -> {
                    if (!hasSeed) {
                        throw new UserError(t.field("seed") + ": missing; seeding = \"fixed\" needs the reset seed");
                    }
                    refuse(t, hasEpisodes, "episodes", mode);
                    yield new EpisodeSeeding.Fixed(seed);
                }
                case "mean" -> new EpisodeSeeding.Mean(episodes, seed);
                default -> throw new UserError(t.field("seeding") + ": \"" + mode
                        + "\" is not allowed; must be \"generation\", \"fixed\" or \"mean\"");
            };
            return new MountainCarConfig(hidden, resolution, steps, stepMs, current, scale, seeding);
        } catch (IllegalArgumentException e) { // the record's messages start with the key's name
            throw new UserError(t.field(e.getMessage()));
        }
    }

    private static void refuse(ConfigTable t, boolean present, String key, String mode) {
        if (present) {
            throw new UserError(t.field(key) + ": not allowed with seeding = \"" + mode + "\"; remove it or use "
                    + (key.equals("seed") ? "\"fixed\" or \"mean\"" : "\"mean\""));
        }
    }
}
