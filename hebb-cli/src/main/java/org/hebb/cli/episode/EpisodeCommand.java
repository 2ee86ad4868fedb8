package org.hebb.cli.episode;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.hebb.cli.UserError;
import org.hebb.learn.mountaincar.EpisodeTrace;
import org.hebb.learn.mountaincar.MountainCarConfig;
import org.hebb.learn.mountaincar.MountainCarEpisode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb episode CONFIG.toml --genome FILE --seed S [--resolution MS]}: one MountainCar fitness episode of a
 * genome from {@code reset(seed=S)}, printed as a CSV with one row per env step.
 */
@Command(name = "episode", mixinStandardHelpOptions = true,
        description = {"Runs one MountainCar episode of a spiking controller and prints it as CSV:",
            "step,position,velocity,count_left,count_none,count_right,action (state before the step)."})
public final class EpisodeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG.toml", description = "config with an [optimizee] table (may be empty)")
    Path config;

    @Option(names = "--genome", required = true, paramLabel = "FILE", description = "the weights, one number per line (315 for 5 hidden neurons)")
    Path genome;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "Gymnasium's reset(seed=S), >= 0")
    long seed;

    @Option(names = "--resolution", paramLabel = "MS", description = "simulation resolution, ms (default: the config's, 0.2)")
    Double resolution;

    @Override
    public Integer call() {
        if (seed < 0) {
            throw new UserError("--seed: " + seed + " is not allowed; must be >= 0");
        }
        MountainCarConfig c = OptimizeeConfig.read(config);
        if (resolution != null) {
            try {
                c = c.withResolution(resolution);
            } catch (IllegalArgumentException e) {
                throw new UserError("--" + e.getMessage());
            }
        }
        double[] g = GenomeFile.read(genome, c.genes(), c.hiddenNeurons() + " hidden neurons");
        EpisodeTrace trace = new EpisodeTrace();
        MountainCarEpisode.fitnessEpisode(g, c, seed, trace);
        PrintWriter out = spec.commandLine().getOut();
        trace.writeCsv(out);
        out.flush();
        return 0;
    }
}
