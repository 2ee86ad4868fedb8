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

    /** {@link #FILES} and the trajectory segments ({@code trajectory-NNNNNN.h5}) in {@code dir}, sorted. */
    static List<String> files(Path dir) throws IOException {
        List<String> all = new java.util.ArrayList<>(FILES);
        try (var files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.matches("trajectory-\\d+\\.h5")).sorted()
                    .forEach(all::add);
        }
        return all;
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

    /**
     * CMA-ES on a tiny CartPole-v1 controller: 2 bins per dimension straight to the 2 outputs (16 genes, so
     * λ = 4 + floor(3 ln 16) = 12), {@code steps}-step fitness episodes, {@code generations} generations.
     */
    static String controlToml(int generations, int steps) {
        return """
                [run]
                threads = 2
                h5_every = 2

                [optimizer]
                name = "cmaes"
                seed = 3
                sigma = 5.0
                n_iteration = %d

                [optimizee]
                name = "control"
                env = "CartPole-v1"
                neurons_per_dimension = 2
                hidden_neurons = 0
                resolution = 1.0
                steps = %d
                seeding = "generation"
                """.formatted(generations, steps);
    }

    /** Starts {@code hebb run CONFIG --out DIR --progress lines} in a child JVM, its output going to {@code log}. */
    static Process child(Path config, Path dir, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"),
                org.hebb.cli.Hebb.class.getName(), "run", config.toString(), "--out", dir.toString(), "--progress",
                "lines");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static Path write(Path dir, String name, String toml) throws IOException {
        return Files.writeString(dir.resolve(name), toml);
    }
}
