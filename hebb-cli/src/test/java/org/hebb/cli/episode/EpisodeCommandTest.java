package org.hebb.cli.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

import org.hebb.cli.config.TaskTable;
import org.hebb.cli.config.TomlFile;
import org.hebb.learn.task.EpisodeRecord;
import org.hebb.learn.task.EpisodeSeeding;
import org.hebb.learn.task.Task;
import org.hebb.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpisodeCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static double[] randomGenome(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        return DoubleStream.generate(() -> rng.nextDouble(-20, 20)).limit(n).toArray();
    }

    private Path genomeFile(double[] g) throws IOException {
        return file("genome.txt", DoubleStream.of(g).mapToObj(Double::toString).collect(Collectors.joining("\n", "", "\n")));
    }

    /** Velocity bins below 15 -> hidden 0 -> left, the others -> hidden 1 -> right. */
    private static double[] velocityFollowing() {
        double[] g = new double[315];
        for (int i = 0; i < 30; i++) {
            g[(i < 15 ? 0 : 1) * 30 + i] = 20;            // velocity bin i -> hidden 0 or 1
        }
        g[300 + 0 * 5 + 0] = 20;                            // hidden 0 -> left
        g[300 + 2 * 5 + 1] = 20;                            // hidden 1 -> right
        return g;
    }

    @Test
    void aMinimalConfigRunsOneEpisodeAndPrintsItsTrace() throws IOException {
        Path cfg = file("mc.toml", "[optimizee]\n");
        double[] g = velocityFollowing();
        CliRun r = CliRun.of("episode", cfg.toString(), "--genome", genomeFile(g).toString(), "--seed", "7");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        EpisodeRecord expected = EpisodeRecord.fitness(Task.mountainCarL2L(), g, 7);
        assertThat(r.out()).isEqualTo(expected.toCsv());
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("step,position,velocity,count_left,count_none,count_right,action");
        assertThat(lines[1]).startsWith("1,").endsWith(",2").contains(",0.0,"); // from rest, pushes right
        assertThat(lines).hasSize(111); // 110 steps: the controller does not reach the goal within them
    }

    @Test
    void theSameGenomeAndSeedGiveTheSameCsvAndTheResolutionCanBeOverridden() throws IOException {
        Path cfg = file("mc.toml", "[optimizee]\nsteps = 30\n");
        double[] g = randomGenome(1, 315);
        Path gf = genomeFile(g);
        CliRun a = CliRun.of("episode", cfg.toString(), "--genome", gf.toString(), "--seed", "3");
        CliRun b = CliRun.of("episode", cfg.toString(), "--genome", gf.toString(), "--seed", "3");
        assertThat(a.exitCode()).isZero();
        assertThat(b.out()).isEqualTo(a.out());
        assertThat(a.out().lines().count()).isEqualTo(31);
        CliRun fine = CliRun.of("episode", cfg.toString(), "--genome", gf.toString(), "--seed", "3", "--resolution", "0.1");
        EpisodeRecord expected = EpisodeRecord.fitness(Task.mountainCarL2L().toBuilder().maxSteps(30).resolutionMs(0.1)
                .build(), g, 3);
        assertThat(fine.out()).isEqualTo(expected.toCsv());
    }

    @Test
    void theOptimizeeTableIsRead() throws IOException {
        Path cfg = file("mc.toml", """
                [optimizee]
                hidden_neurons = 2
                resolution = 0.1
                steps = 50
                step_ms = 10.0
                input_current = 30000
                weight_scale = 50.0
                seeding = "mean"
                episodes = 4
                seed = 9

                [other]
                anything = 1
                """);
        assertThat(TaskTable.read(TomlFile.read(cfg).getTable("optimizee"))).isEqualTo(Task.mountainCarL2L().toBuilder()
                .hiddenNeurons(2).resolutionMs(0.1).maxSteps(50).stepMs(10.0).inputCurrentPa(30000).weightScalePa(50)
                .seeding(new EpisodeSeeding.Mean(4, 9)).build());
        assertThat(TaskTable.read(TomlFile.read(file("f.toml", "[optimizee]\nseeding = \"fixed\"\nseed = 5\n"))
                .getTable("optimizee")).seeding()).isEqualTo(new EpisodeSeeding.Fixed(5));
        CliRun r = CliRun.of("episode", cfg.toString(), "--genome", genomeFile(randomGenome(2, 126)).toString(), "--seed", "0");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().count()).isBetween(2L, 51L);
    }

    private void assertError(CliRun r, String message) {
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: " + message + System.lineSeparator());
    }

    @Test
    void aGenomeFileWithTheWrongCountIsRefused() throws IOException {
        Path cfg = file("mc.toml", "[optimizee]\n");
        Path gf = genomeFile(randomGenome(1, 314));
        assertError(CliRun.of("episode", cfg.toString(), "--genome", gf.toString(), "--seed", "0"),
                "genome " + gf + ": 314 numbers is not allowed; must be 315 (one per line, for MountainCar-v0's 60-5-3 network)");
    }

    @Test
    void aLineThatIsNotANumberIsRefusedWithItsLineNumber() throws IOException {
        Path cfg = file("mc.toml", "[optimizee]\n");
        Path gf = file("g.txt", "1.5\n-2\nabc\n");
        assertError(CliRun.of("episode", cfg.toString(), "--genome", gf.toString(), "--seed", "0"),
                "genome " + gf + " line 3: 'abc' is not allowed; must be a number");
        Path nan = file("n.txt", "1.5\nNaN\n");
        assertError(CliRun.of("episode", cfg.toString(), "--genome", nan.toString(), "--seed", "0"),
                "genome " + nan + " line 2: 'NaN' is not allowed; must be a finite number");
    }

    @Test
    void aMissingFileIsRefused() throws IOException {
        Path cfg = file("mc.toml", "[optimizee]\n");
        Path gf = dir.resolve("nope.txt");
        assertError(CliRun.of("episode", cfg.toString(), "--genome", gf.toString(), "--seed", "0"), "genome " + gf + ": no such file");
        Path missingCfg = dir.resolve("none.toml");
        assertError(CliRun.of("episode", missingCfg.toString(), "--genome", gf.toString(), "--seed", "0"), missingCfg + ": no such file");
    }

    @Test
    void aNegativeSeedIsRefused() throws IOException {
        Path cfg = file("mc.toml", "[optimizee]\n");
        Path gf = genomeFile(randomGenome(1, 315));
        assertError(CliRun.of("episode", cfg.toString(), "--genome", gf.toString(), "--seed", "-1"),
                "--seed: -1 is not allowed; must be an integer in [0, 2^63-1]");
        assertError(CliRun.of("episode", cfg.toString(), "--genome", gf.toString(), "--seed", "9223372036854775808"),
                "--seed: 9223372036854775808 is not allowed; must be an integer in [0, 2^63-1]");
    }

    @Test
    void badConfigValuesAreRefusedNamingTheField() throws IOException {
        Path gf = genomeFile(randomGenome(1, 315));
        String[][] cases = {
            {"[optimizee]\nhiden_neurons = 4\n", "optimizee.hiden_neurons: unknown key (did you mean hidden_neurons?)"},
            {"[optimizee]\nhidden_neurons = -1\n", "optimizee.hidden_neurons: -1 is not allowed; must be >= 0"},
            {"[optimizee]\nseeding = \"random\"\n", "optimizee.seeding: \"random\" is not allowed; must be \"generation\", \"fixed\" or \"mean\""},
            {"[optimizee]\nseeding = \"fixed\"\n", "optimizee.seed: missing; seeding = \"fixed\" needs the reset seed"},
            {"[optimizee]\nseed = 3\n", "optimizee.seed: not allowed with seeding = \"generation\"; remove it or use \"fixed\" or \"mean\""},
            {"[optimizee]\nseeding = \"mean\"\nepisodes = 0\n", "optimizee.episodes: 0 is not allowed; must be >= 1"},
            {"[optimizee]\nresolution = 0.3\n", "optimizee.resolution: 0.3 is not allowed; 1 ms (delay, t_ref) must be a whole number of steps, e.g. 0.1, 0.2, 0.5, 1"},
            {"[other]\n", "CFG: missing [optimizee] table (an empty one gives L2L's defaults)"},
        };
        for (String[] c : cases) {
            Path cfg = file("bad.toml", c[0]);
            CliRun r = CliRun.of("episode", cfg.toString(), "--genome", gf.toString(), "--seed", "0");
            assertThat(r.exitCode()).as(c[0]).isEqualTo(2);
            String expected = c[1].replace("CFG", cfg.toString());
            if (expected.contains("unknown key")) {
                assertThat(r.err()).as(c[0]).startsWith("error: " + expected.substring(0, expected.indexOf(" (did")));
                assertThat(r.err()).contains("hidden_neurons").doesNotContain("\n\n");
                assertThat(r.err().lines().count()).isEqualTo(1);
            } else {
                assertThat(r.err()).as(c[0]).isEqualTo("error: " + expected + System.lineSeparator());
            }
        }
        Path cfg = file("ok.toml", "[optimizee]\n");
        assertError(CliRun.of("episode", cfg.toString(), "--genome", gf.toString(), "--seed", "0", "--resolution", "0.3"),
                "--resolution: 0.3 is not allowed; 1 ms (delay, t_ref) must be a whole number of steps, e.g. 0.1, 0.2, 0.5, 1");
    }

    /** The defect of issue 9: the README's main config could not be replayed (optimizee.name: unknown key). */
    @Test
    void everyRunConfigReplaysAndOtherTasksPrintTheirObservations() throws IOException {
        Path gf = file("velocity.txt", DoubleStream.of(velocityFollowing()).mapToObj(Double::toString)
                .collect(Collectors.joining("\n", "", "\n")));
        CliRun r = CliRun.of("episode", "../examples/mountain-car-ga.toml", "--genome", gf.toString(), "--seed", "7");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(EpisodeRecord.fitness(Task.mountainCarL2L(), velocityFollowing(), 7).toCsv());
        Task cp = TaskTable.read(TomlFile.read(java.nio.file.Path.of("../examples/cartpole-cmaes.toml")).getTable("optimizee"));
        CliRun c = CliRun.of("episode", "../examples/cartpole-cmaes.toml", "--genome",
                genomeFile(randomGenome(4, cp.genes())).toString(), "--seed", "2");
        assertThat(c.err()).isEmpty();
        assertThat(c.out()).startsWith("step,obs0,obs1,obs2,obs3,count_left,count_right,action\n1,");
        assertError(CliRun.of("episode", "../examples/cartpole-cmaes.toml", "--genome", gf.toString(), "--seed", "2"),
                "genome " + gf + ": 315 numbers is not allowed; must be " + cp.genes() + " (one per line, for "
                        + cp.describeShape() + ")");
    }

    @Test
    void aDirectoryThatIsNotARunIsRefused() throws IOException {
        assertError(CliRun.of("episode", dir.toString(), "--seed", "0"), "RUN_DIR: " + dir
                + " is not a hebb run (no run.json); must be a directory written by 'hebb run'");
    }

    @Test
    void htmlWritesTheSameEpisodeAsAnAnimatedPage() throws IOException {
        Path cfg = file("mc.toml", "[optimizee]\n");
        double[] g = velocityFollowing();
        Path page = dir.resolve("pages/episode.html");
        CliRun r = CliRun.of("episode", cfg.toString(), "--genome", genomeFile(g).toString(), "--seed", "7", "--html",
                page.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        EpisodeRecord expected = EpisodeRecord.fitness(Task.mountainCarL2L(), g, 7);
        assertThat(r.out()).isEqualTo(expected.toCsv()); // the CSV still goes to stdout
        assertThat(Files.readString(page)).isEqualTo(org.hebb.report.html.EpisodeAnimation.page(expected,
                "MountainCar-v0 \u2013 episode from reset(seed=7), " + expected.steps() + " steps, "
                        + Task.mountainCarL2L().describeShape()));
        try (var files = Files.list(page.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("episode.html");
        }
    }
}
