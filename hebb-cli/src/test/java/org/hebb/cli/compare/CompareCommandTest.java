package org.hebb.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hebb.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @TempDir
    Path dir;

    static final String SPHERE = """
            [compare]
            budget = 60
            seeds = [1, 2, 3]
            checkpoints = [10, 30]
            threads = %d

            [optimizee]
            name = "function"
            function = "sphere"
            dimensions = 3

            [[optimizer]]
            name = "cmaes"
            label = "CMA-ES"
            sigma = 1.0

            [[optimizer]]
            name = "cross_entropy"
            pop_size = 8
            """;

    private Path config(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void thePlotAndTableAreTitledWithTheTaskAndSeedCount() {
        CompareConfig c = CompareConfig.read(org.hebb.cli.config.TomlFile.read(Path.of("../examples/compare-cartpole.toml")));
        assertThat(CompareSummary.title(c)).isEqualTo("CartPole-v1: 5 optimizers, 5 seeds, 2000 evaluations each");
    }

    @Test
    void aComparisonThatCannotFitIsRefusedBeforeItRuns() {
        String toml = "[compare]\nbudget = 10\n[optimizee]\nname = \"control\"\nenv = \"CartPole-v1\"\n"
                + "[[optimizer]]\nname = \"cmaes\"\n[[optimizer]]\nname = \"ga\"\npop_size = 1000000000\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompareConfig.read(
                org.hebb.cli.config.TomlFile.parse(toml, "t")))
                .hasMessageStartingWith("optimizer[1].pop_size: 1000000000 needs about ").hasMessageNotContaining("\n");
    }

    @Test
    void compareSeedsOutsideZeroTo2To64MinusOneAreRefused() {
        for (String bad : new String[] {"-1", "18446744073709551616"}) {
            String toml = "[compare]\nbudget = 10\nseeds = [1, " + bad + "]\n[optimizee]\nname = \"control\"\n"
                    + "env = \"CartPole-v1\"\n[[optimizer]]\nname = \"cmaes\"\n";
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompareConfig.read(
                    org.hebb.cli.config.TomlFile.parse(toml, "t"))).hasMessage("compare.seeds[1]: " + bad
                    + " is not allowed; must be an integer in [0, 2^64-1]");
        }
    }

    @Test
    void writesTableCsvAndPlotWithEqualBudgets() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("compare", config("sphere.toml", SPHERE.formatted(1)).toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("compare.png")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("compare.svg"))).contains("<svg", "CMA-ES", "cross_entropy");
        List<String> csv = Files.readAllLines(out.resolve("compare.csv"));
        assertThat(csv.get(0)).isEqualTo("optimizer,seed,evaluations,best");
        for (String label : List.of("CMA-ES", "cross_entropy")) {
            for (int seed = 1; seed <= 3; seed++) {
                String prefix = label + "," + seed + ",";
                List<String> rows = csv.stream().filter(l -> l.startsWith(prefix)).toList();
                String last = rows.get(rows.size() - 1);
                assertThat(last.split(",")[2]).as(prefix).isEqualTo("60");   // exactly the budget, never more
                double first = Double.parseDouble(rows.get(0).split(",")[3]);
                double end = Double.parseDouble(last.split(",")[3]);
                assertThat(end).isLessThanOrEqualTo(first);                  // best so far of a minimised function
            }
        }
        String md = Files.readString(out.resolve("compare.md"));
        assertThat(md).contains("| evaluations | CMA-ES | cross_entropy |", "| 10 |", "| 30 |", "| 60 |");
        assertThat(out.resolve("solve.csv")).doesNotExist();
    }

    @Test
    void oneThreadAndTwoGiveTheSameFiles() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(CliRun.of("compare", config("one.toml", SPHERE.formatted(1)).toString(), "--out", a.toString(), "--quiet").exitCode()).isZero();
        assertThat(CliRun.of("compare", config("two.toml", SPHERE.formatted(2)).toString(), "--out", b.toString(), "--quiet").exitCode()).isZero();
        assertThat(Files.readString(b.resolve("compare.csv"))).isEqualTo(Files.readString(a.resolve("compare.csv")));
    }

    @Test
    void quantilesInterpolateLinearly() {
        assertThat(CompareSummary.quantile(new double[] {4, 1, 3, 2}, 0.5)).isEqualTo(2.5);
        assertThat(CompareSummary.quantile(new double[] {4, 1, 3, 2}, 0.25)).isEqualTo(1.75);
        assertThat(CompareSummary.quantile(new double[] {5, 1, 3}, 0.5)).isEqualTo(3.0);
        assertThat(CompareSummary.quantile(new double[] {1, Double.POSITIVE_INFINITY, 2}, 0.5)).isEqualTo(2.0);
    }

    private void refused(String toml, String message) throws IOException {
        Path out = dir.resolve("never");
        CliRun r = CliRun.of("compare", config("bad.toml", toml).toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: " + message);
        assertThat(out).doesNotExist();
    }

    @Test
    void badInputIsOneLineEach() throws IOException {
        String ok = SPHERE.formatted(1);
        refused(ok.replace("name = \"cmaes\"", "name = \"pso\""), "optimizer[0].name: 'pso' is not allowed; must be one of "
                + "[cmaes, evolution_strategies, snes, cross_entropy, face, gradient_descent, enkf, simulated_annealing, "
                + "parallel_tempering, grid_search, genetic_algorithm]");
        refused(ok.replace("budget = 60", "budgte = 60"), "compare.budgte: unknown key (did you mean 'budget'?); allowed: "
                + "budget, seeds, checkpoints, threads, solve_check, stop_when_solved, engine, master");
        refused(ok.replace("sigma = 1.0", "sigmaa = 1.0"), "optimizer[0].sigmaa: unknown parameter of cmaes (did you mean "
                + "'sigma'?); allowed: n_iteration, pop_size, restarts, sigma, stop_criterion, tol_fun, tol_x");
        refused(ok.replace("budget = 60", "budget = 5").replace("checkpoints = [10, 30]", "checkpoints = 5"),
                "compare.budget: 5 is not allowed; must be >= the first population of CMA-ES (7 evaluations)");
        refused(ok.replace("sigma = 1.0", "sigma = 0.0"), "optimizer CMA-ES: cmaes.sigma: 0.0 is not allowed; must be > 0");
        refused(ok.replace("threads = 1", "threads = 1\nsolve_check = true"),
                "compare.solve_check: true is not allowed; the held-out test needs [optimizee] name = \"control\"");
        refused(ok.replace("checkpoints = [10, 30]", "checkpoints = [30, 10]"),
                "compare.checkpoints[1]: 10 is not allowed; must be an integer in 31..60 (ascending, at most the budget)");
        refused(ok.replace("seeds = [1, 2, 3]", "seeds = [1, 1]"), "compare.seeds[1]: 1 is not allowed; seeds must differ");
        refused(ok.replace("label = \"CMA-ES\"", "label = \"cross_entropy\""), "optimizer[1].label: \"cross_entropy\" is not "
                + "allowed; it names an earlier optimizer too (give each a distinct label)");
        refused("[compare]\nbudget = 10\n[[optimizer]]\nname = \"cmaes\"\n",
                "optimizee: missing [optimizee] table (name = \"control\", \"mountain-car\" or \"function\")");
        refused(ok.substring(0, ok.indexOf("[[optimizer]]")), "optimizer: missing; give at least one [[optimizer]] table "
                + "with a name, one of [cmaes, evolution_strategies, snes, cross_entropy, face, gradient_descent, enkf, "
                + "simulated_annealing, parallel_tempering, grid_search, genetic_algorithm]");
    }

    @Test
    void controlOptimizeeSettingsAreCheckedByName() throws IOException {
        String head = "[compare]\nbudget = 20\n[[optimizer]]\nname = \"cmaes\"\n[optimizee]\nname = \"control\"\n";
        refused(head + "env = \"CartPole-v1\"\nhiden_neurons = 3\n", "optimizee.hiden_neurons: unknown key (did you mean "
                + "'hidden_neurons'?); allowed: " + "name, " + String.join(", ", org.hebb.cli.config.TaskTable.KEYS));
        refused(head + "env = \"CartPole-v1\"\nencoding = \"rbf\"\n",
                "optimizee.encoding: \"rbf\" is not allowed; must be \"bins\" or \"gaussian\"");
        refused(head + "env = \"CartPole-v1\"\nranges = [[0, 1]]\n",
                "optimizee.ranges: 1 is not allowed; CartPole-v1 has 4 observation dimensions");
        refused(head + "env = \"CartPole-v1\"\ndefault_action = 2\n",
                "optimizee.default_action: 2 is not allowed; must be in 0..1 for CartPole-v1");
        refused(head + "env = \"CartPole-v1\"\nseeding = \"fixed\"\n",
                "optimizee.seed: missing; seeding = \"fixed\" needs the reset seed");
    }

    /** A short CartPole comparison with the solve check: a hand-checked file layout, not a learning result. */
    @Test
    void solveCheckWritesItsTable() throws IOException {
        Path out = dir.resolve("cp");
        String toml = """
                [compare]
                budget = 16
                seeds = [1]
                checkpoints = 2
                threads = 2
                solve_check = true

                [optimizee]
                name = "control"
                env = "CartPole-v1"
                neurons_per_dimension = 4
                hidden_neurons = 0
                resolution = 1.0
                steps = 50

                [[optimizer]]
                name = "cross_entropy"
                label = "CE"
                pop_size = 8
                """;
        CliRun r = CliRun.of("compare", config("cp.toml", toml).toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> solve = Files.readAllLines(out.resolve("solve.csv"));
        assertThat(solve.get(0)).isEqualTo("optimizer,seed,training_episodes,solved_at_episodes,solved_at_evaluations,"
                + "held_out_tests,held_out_mean_return");
        String[] row = solve.get(1).split(",");
        assertThat(row[0]).isEqualTo("CE");
        assertThat(row[2]).isEqualTo("16");                       // one fitness episode per evaluation
        assertThat(row[3]).isEqualTo("-1");                       // 50-step fitness episodes never reach 475
        assertThat(Double.parseDouble(row[6])).isBetween(8.0, 500.0);  // the last best's full held-out test
        assertThat(Files.readString(out.resolve("compare.md"))).contains("| CE | 0/1 | — |");
    }

    /** docs/results.md's GA run with seed 2, repeated: the results pipeline gives the published numbers. */
    @Test
    void publishedCartPoleRunIsReproduced() throws IOException {
        String full = Files.readString(Path.of("..", "examples", "compare-cartpole.toml"));
        String ga = full.substring(0, full.indexOf("[[optimizer]]", full.indexOf("label = \"GA\"")))
                .replace("seeds = [1, 2, 3, 4, 5]", "seeds = [2]");
        Path out = dir.resolve("ga2");
        CliRun r = CliRun.of("compare", config("ga2.toml", ga).toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("solve.csv")).get(1)).isEqualTo("GA,2,53,53,53,2,480.64");
    }
}
