package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hebb.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to {@code hebb run}, {@code hebb resume} and {@code hebb evaluate}: exit code 2, one line on stderr
 * naming the field, the value and what is allowed, and for config errors no run directory left behind.
 */
class RunBadInputTest {
    static final String GOOD = SmallRun.toml(2, 5);
    static final String CONTROL = SmallRun.controlToml(2, 5);

    @TempDir
    Path tmp;

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                Arguments.of("unknown key", GOOD.replace("pop_size", "pop_sise"),
                        "optimizer.pop_sise: unknown parameter of ga (did you mean 'pop_size'?); ga takes: cx_prob, "
                                + "elitism, ind_prob, mate_par, mut_par, mut_prob, n_iteration, pop_size, "
                                + "reevaluate_all, tourn_size"),
                Arguments.of("unknown table", GOOD.replace("[optimizer]", "[optimiser]"),
                        "optimiser: unknown key (did you mean 'optimizer'?)"),
                Arguments.of("missing table", GOOD.substring(0, GOOD.indexOf("[optimizee]")),
                        "[optimizee]: missing required table"),
                Arguments.of("unknown [run] key", GOOD.replace("h5_every", "h5_evry"),
                        "run.h5_evry: unknown key (did you mean 'h5_every'?)"),
                Arguments.of("unknown optimizee key", GOOD.replace("steps = 5", "stepz = 5"),
                        "optimizee.stepz: unknown key (did you mean 'steps'?)"),
                Arguments.of("seed 2^70", GOOD.replace("seed = 11", "seed = 1180591620717411303424"),
                        "optimizer.seed: 1180591620717411303424 is not allowed; must be an integer in [0, 2^64-1]"),
                Arguments.of("seed 2^64", GOOD.replace("seed = 11", "seed = 18446744073709551616"),
                        "optimizer.seed: 18446744073709551616 is not allowed; must be an integer in [0, 2^64-1]"),
                Arguments.of("negative seed", GOOD.replace("seed = 11", "seed = -1"),
                        "optimizer.seed: -1 is not allowed; must be an integer in [0, 2^64-1]"),
                Arguments.of("GA without seed", GOOD.replace("seed = 11\n", ""),
                        "optimizer.seed: missing required key"),
                Arguments.of("missing optimizer name", GOOD.replace("name = \"ga\"\n", ""),
                        "optimizer.name: missing required key"),
                Arguments.of("unknown optimizer", GOOD.replace("name = \"ga\"", "name = \"es\""),
                        "optimizer.name: \"es\" is not allowed; must be one of " + RunConfig.OPTIMIZERS),
                Arguments.of("population 1", GOOD.replace("pop_size = 6", "pop_size = 1"),
                        "optimizer.pop_size: 1 is not allowed; must be >= 2"),
                Arguments.of("cx_prob above 1", GOOD.replace("cx_prob = 0.7", "cx_prob = 1.5"),
                        "optimizer.cx_prob: 1.5 is not allowed; must be in [0, 1]"),
                Arguments.of("mut_prob below 0", GOOD.replace("mut_prob = 0.7", "mut_prob = -0.1"),
                        "optimizer.mut_prob: -0.1 is not allowed; must be in [0, 1]"),
                Arguments.of("ind_prob above 1", GOOD.replace("ind_prob = 0.45", "ind_prob = 2"),
                        "optimizer.ind_prob: 2.0 is not allowed; must be in [0, 1]"),
                Arguments.of("tournament larger than population", GOOD.replace("tourn_size = 3", "tourn_size = 7"),
                        "optimizer.tourn_size: 7 is not allowed; must be in [1, pop_size = 6]"),
                Arguments.of("pop_size not an integer", GOOD.replace("pop_size = 6", "pop_size = 6.5"),
                        "optimizer.pop_size: 6.5 is not allowed; must be an integer"),
                Arguments.of("negative threads", GOOD.replace("threads = 2", "threads = -1"),
                        "run.threads: -1 is not allowed; must be in [0, 1024] (0 = one per core; more threads than cores "
                                + "only cost memory)"),
                Arguments.of("100000 threads", GOOD.replace("threads = 2", "threads = 100000"),
                        "run.threads: 100000 is not allowed; must be in [0, 1024] (0 = one per core; more threads "
                                + "than cores only cost memory)"),
                Arguments.of("a billion individuals", GOOD.replace("pop_size = 6", "pop_size = 1000000000"),
                        "optimizer.pop_size: 1000000000 needs about "),
                Arguments.of("100000 hidden neurons", CONTROL.replace("hidden_neurons = 0", "hidden_neurons = 100000"),
                        "optimizee.hidden_neurons: 100000 needs about "),
                Arguments.of("zero h5_every", GOOD.replace("h5_every = 50", "h5_every = 0"),
                        "run.h5_every: 0 is not allowed; must be >= 1 (generations)"),
                Arguments.of("zero timeout", GOOD.replace("[run]\n", "[run]\ntimeout_s = 0\n"),
                        "run.timeout_s: 0.0 is not allowed; must be in (0, 1e9] seconds (leave it out for no limit)"),
                Arguments.of("two failure fitness values", GOOD.replace("[run]\n", "[run]\nfailure_fitness = [-1, -2]\n"),
                        "run.failure_fitness: 2 values is not allowed; must be 1 (one per fitness objective)"),
                Arguments.of("bad seeding", GOOD.replace("seeding = \"generation\"", "seeding = \"random\""),
                        "optimizee.seeding: \"random\" is not allowed; must be \"generation\", \"fixed\" or \"mean\""),
                Arguments.of("negative steps", GOOD.replace("steps = 5", "steps = -1"),
                        "optimizee.steps: -1 is not allowed; must be >= 0 (0 = the task's limit)"),
                Arguments.of("syntax error", GOOD.replace("[optimizer]", "[optimizer"), "TOML syntax error"),
                Arguments.of("unknown optimizee", GOOD.replace("name = \"mountain-car\"", "name = \"mountaincar\""),
                        "optimizee.name: \"mountaincar\" is not allowed; must be one of [mountain-car, control, plasticity]"),
                Arguments.of("unknown registry optimizer", CONTROL.replace("name = \"cmaes\"", "name = \"cma\""),
                        "optimizer.name: \"cma\" is not allowed; must be one of [ga, cmaes, evolution_strategies, "),
                Arguments.of("parameter cmaes does not take", CONTROL.replace("sigma = 5.0", "sigmaa = 5.0"),
                        "optimizer.sigmaa: unknown parameter of cmaes (did you mean 'sigma'?); cmaes takes: "
                                + "n_iteration, pop_size, restarts, sigma, stop_criterion, tol_fun, tol_x"),
                Arguments.of("GA key given to cmaes", CONTROL.replace("sigma = 5.0", "cx_prob = 0.5"),
                        "optimizer.cx_prob: unknown parameter of cmaes"),
                Arguments.of("bad registry value", CONTROL.replace("sigma = 5.0", "pop_size = 3"),
                        "optimizer.pop_size: 3 is not allowed; must be >= 4"),
                Arguments.of("registry optimizer without seed", CONTROL.replace("seed = 3\n", ""),
                        "optimizer.seed: missing required key"),
                Arguments.of("unknown control key", CONTROL.replace("neurons_per_dimension", "neurons_per_dim"),
                        "optimizee.neurons_per_dim: unknown key"),
                Arguments.of("unknown task", CONTROL.replace("CartPole-v1", "CartPole-v9"),
                        "optimizee.env: "),
                Arguments.of("control failure_fitness of two", CONTROL.replace("[run]\n", "[run]\nfailure_fitness = [0, 0]\n"),
                        "run.failure_fitness: 2 values is not allowed; must be 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigs")
    void aBadConfigIsOneLineAndLeavesNoRunDirectory(String name, String toml, String message) throws Exception {
        Path cfg = SmallRun.write(tmp, "bad.toml", toml);
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", cfg.toString(), "--out", out.toString());

        assertOneLineError(r, message);
        assertThat(out).doesNotExist();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingConfigFileIsOneLine() {
        CliRun r = CliRun.of("run", tmp.resolve("nope.toml").toString(), "--out", tmp.resolve("out").toString());
        assertOneLineError(r, "nope.toml: no such file");
    }

    @Test
    void anUnwritableOutputDirectoryIsOneLine() throws Exception {
        Path cfg = SmallRun.write(tmp, "good.toml", GOOD);
        Path file = Files.writeString(tmp.resolve("a-file"), "x"); // tests run as root: a file in the way, not chmod
        CliRun r = CliRun.of("run", cfg.toString(), "--out", file.resolve("run").toString());
        assertOneLineError(r, "--out: " + file.resolve("run") + " is not writable (" + file + " is not a directory)");
    }

    @Test
    void runIntoAnExistingRunIsRefused() throws Exception {
        Path cfg = SmallRun.write(tmp, "good.toml", GOOD);
        Path out = tmp.resolve("out");
        assertThat(CliRun.of("run", cfg.toString(), "--out", out.toString()).exitCode()).isZero();
        byte[] before = Files.readAllBytes(out.resolve("run.json"));

        CliRun r = CliRun.of("run", cfg.toString(), "--out", out.toString());
        assertOneLineError(r, "--out: " + out + " already holds a run is not allowed; continue it with 'hebb resume "
                + out + "', choose another --out, or add --force to replace it whole");
        assertThat(Files.readAllBytes(out.resolve("run.json"))).isEqualTo(before);
    }

    @Test
    void negativeThreadsOnTheCommandLineIsOneLine() throws Exception {
        Path cfg = SmallRun.write(tmp, "good.toml", GOOD);
        CliRun r = CliRun.of("run", cfg.toString(), "--out", tmp.resolve("out").toString(), "--threads", "-2");
        assertOneLineError(r, "--threads: -2 is not allowed; must be in [0, 1024]");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void resumeOfADirectoryThatIsNotARunIsOneLine() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertOneLineError(CliRun.of("resume", empty.toString()),
                "RUN_DIR: " + empty + " is not a hebb run (no run.json); must be a directory written by 'hebb run'");
        assertOneLineError(CliRun.of("resume", tmp.resolve("missing").toString()),
                "RUN_DIR: " + tmp.resolve("missing") + " is not allowed; no such directory");
        assertThat(empty).isEmptyDirectory();
        assertOneLineError(CliRun.of("evaluate", empty.toString()), "is not a hebb run (no run.json)");
    }

    @Test
    void resumeOfARunWhoseConfigWasEditedIsOneLine() throws Exception {
        Path cfg = SmallRun.write(tmp, "good.toml", GOOD.replace("n_iteration = 2", "n_iteration = 3"));
        Path out = tmp.resolve("out");
        assertThat(CliRun.of("run", cfg.toString(), "--out", out.toString()).exitCode()).isZero();
        Path runJson = out.resolve("run.json");
        String text = Files.readString(runJson);
        Files.writeString(runJson, text.replace("\"pop_size\" : 6", "\"pop_size\" : 8")
                .replace("\"status\" : \"finished\"", "\"status\" : \"stopped\""));

        CliRun r = CliRun.of("resume", out.toString());
        assertOneLineError(r, runJson + ": config edited since the run started (sha256 ");
        assertThat(r.err()).contains("undo the edit, or start a new run with 'hebb run'");
    }

    @Test
    void evaluateRefusesBadEpisodeCounts() throws Exception {
        assertOneLineError(CliRun.of("evaluate", tmp.toString(), "--episodes", "0"),
                "--episodes: 0 is not allowed; must be >= 1");
        assertOneLineError(CliRun.of("evaluate", tmp.toString(), "--first-seed", "-1"),
                "--first-seed: -1 is not allowed; must be an integer in [0, 2^63-1]");
        assertOneLineError(CliRun.of("evaluate", tmp.toString(), "--first-seed", "9223372036854775808"),
                "--first-seed: 9223372036854775808 is not allowed; must be an integer in [0, 2^63-1]");
        assertOneLineError(CliRun.of("episode", tmp.toString(), "--seed", "9223372036854775808"),
                "--seed: 9223372036854775808 is not allowed; must be an integer in [0, 2^63-1]");
    }

    private static void assertOneLineError(CliRun r, String message) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains(message);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
    }
}
