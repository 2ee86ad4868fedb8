package org.hebb.cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Tiny configs for the CLI tests: a few generations of a small population with short fitness episodes. */
final class SmallRun {
    /** The files a run ends with that must be byte-identical between equal runs. */
    static final List<String> FILES = List.of("trajectory.h5", "best.genome", "generations.bin", "checkpoint.bin");

    private SmallRun() {
    }

    /** A GA run of {@code generations} generations of 6 individuals, {@code steps}-step episodes. */
    static String toml(int generations, int steps) {
        return """
                [run]
                threads = 2
                h5_every = 50

                [optimizer]
                name = "ga"
                seed = 11
                pop_size = 6
                cx_prob = 0.7
                mut_prob = 0.7
                ind_prob = 0.45
                tourn_size = 3
                mate_par = 0.5
                mut_par = 1.0
                n_iteration = %d

                [optimizee]
                name = "mountain-car"
                steps = %d
                seeding = "generation"
                """.formatted(generations, steps);
    }

    static Path write(Path dir, String name, String toml) throws IOException {
        return Files.writeString(dir.resolve(name), toml);
    }
}
