package org.hebb.cli.paradigms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.hebb.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParadigmsCommandTest {

    @TempDir
    Path dir;

    /** CartPole-v1 with budget 3 and seeds 2 unless {@code extra} gives them. */
    private CliRun run(Path out, String... extra) {
        List<String> e = List.of(extra);
        Stream<String> budget = e.contains("--budget") ? Stream.of() : Stream.of("--budget", "3");
        Stream<String> seeds = e.contains("--seeds") ? Stream.of() : Stream.of("--seeds", "2");
        Stream<String> base = Stream.of("compare-paradigms", "CartPole-v1", "--quiet", "--out", out.toString());
        return CliRun.of(Stream.of(base, budget, seeds, e.stream()).flatMap(s -> s).toArray(String[]::new));
    }

    /** table.csv without its wall_s column (the one value that is a measurement, not a result). */
    private static String withoutWall(Path table) throws IOException {
        int wall = ParadigmTable.COLUMNS.indexOf("wall_s");
        StringBuilder b = new StringBuilder();
        for (String line : Files.readAllLines(table)) {
            String[] cells = line.split(",", -1);
            cells[wall] = "";
            b.append(String.join(",", cells)).append('\n');
        }
        return b.toString();
    }

    @Test
    void aTinyRunWritesEveryRowAndTheSameFilesOnOneAndTwoThreads() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        CliRun r1 = run(one, "--threads", "1");
        assertThat(r1.exitCode()).as(r1.err()).isZero();
        CliRun r2 = run(two, "--threads", "2");
        assertThat(r2.exitCode()).as(r2.err()).isZero();

        List<String> table = Files.readAllLines(one.resolve("table.csv"));
        assertThat(table.get(0)).isEqualTo("network,method,algorithm,solved_runs,runs,median_episodes_to_solve,"
                + "heldout_mean_return,wall_s,spikes_per_decision,macs_per_decision");
        assertThat(table.subList(1, table.size()).stream().map(l -> String.join(" ", List.of(l.split(",")).subList(0, 3))))
                .containsExactly("ann evolution cmaes", "snn evolution cmaes", "ann gradient dqn", "snn gradient dqn",
                        "ann gradient ppo", "snn gradient ppo", "snn plasticity td-ltp");
        for (String line : table.subList(1, table.size())) {
            String[] c = line.split(",");
            assertThat(c).hasSize(10);
            assertThat(c[4]).isEqualTo("2");
            assertThat(Integer.parseInt(c[3])).isBetween(0, 2);
            assertThat(Double.parseDouble(c[6])).isBetween(8.0, 500.0); // CartPole returns: 8 .. 500 per episode
            if (c[0].equals("ann")) {
                assertThat(c[8]).isEqualTo("0.0");
            } else {
                assertThat(Double.parseDouble(c[8])).isPositive();
            }
        }
        // budget 3: tests at episodes 1, 2, 3 only
        assertThat(Files.readAllLines(one.resolve("heldout.csv"))).hasSize(1 + 7 * 2 * 3);
        assertThat(Files.readAllLines(one.resolve("curves.csv"))).hasSize(1 + 7 * 2 * 3);
        assertThat(withoutWall(two.resolve("table.csv"))).isEqualTo(withoutWall(one.resolve("table.csv")));
        for (String f : List.of("runs.csv", "heldout.csv", "curves.csv")) {
            assertThat(Files.readString(two.resolve(f))).as(f).isEqualTo(Files.readString(one.resolve(f)));
        }
        for (String f : List.of("table.md", "curves.png", "curves.svg", "report.html")) {
            assertThat(one.resolve(f)).isNotEmptyFile();
        }
        assertThat(Files.readString(one.resolve("report.html"))).contains("<table>", "curves.svg", "snn plasticity"
                .split(" ")[1]);
        // and the same command again: byte for byte
        Path again = dir.resolve("again");
        assertThat(run(again, "--threads", "2").exitCode()).isZero();
        assertThat(withoutWall(again.resolve("table.csv"))).isEqualTo(withoutWall(one.resolve("table.csv")));
        assertThat(Files.readString(again.resolve("curves.csv"))).isEqualTo(Files.readString(one.resolve("curves.csv")));
    }

    @Test
    void methodsSelectRowsAndTheMacsAreTheHandCountedOnes() throws IOException {
        Path out = dir.resolve("evo");
        CliRun r = run(out, "--methods", "evolution,plasticity", "--seeds", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> table = Files.readAllLines(out.resolve("table.csv"));
        assertThat(table).hasSize(4);
        // ann evolution: MLP 4-16-2 → 4·16 + 16·2 = 96; snn evolution: 20 kernel steps × 24 bins × 2 outputs = 960;
        // plasticity: 20 steps × 162 inputs (81 Fourier features of order 2 in 4 dims, ± pairs) × 40 actor neurons
        assertThat(table.get(1)).startsWith("ann,evolution,cmaes,").endsWith(",0.0,96");
        assertThat(table.get(2)).startsWith("snn,evolution,cmaes,").endsWith(",960");
        assertThat(table.get(3)).startsWith("snn,plasticity,td-ltp,").endsWith(",129600");
    }

    @Test
    void badInputIsOneLineExitTwoAndNothingWritten() throws IOException {
        Path out = dir.resolve("never");
        assertBad(CliRun.of("compare-paradigms", "Pong-v5", "--out", out.toString()),
                "error: TASK: \"Pong-v5\" is not allowed; must be one of CartPole-v1, Acrobot-v1");
        assertBad(run(out, "--methods", "evolution,hebbian"), "error: --methods: \"hebbian\" is not allowed; must be a "
                + "comma-separated subset of evolution, gradient, plasticity");
        assertBad(run(out, "--budget", "0"), "error: --budget: 0 is not allowed; must be >= 1 episode");
        assertBad(run(out, "--seeds", "0"), "error: --seeds: 0 is not allowed; must be >= 1");
        assertThat(out).doesNotExist();
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        assertBad(run(full), "error: --out: " + full + " exists and is not empty, which is not allowed; choose a new"
                + " directory, or add --force to replace it whole (only a directory hebb wrote)");
        try (Stream<Path> s = Files.list(full)) {
            assertThat(s.toList()).containsExactly(full.resolve("keep.txt"));
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("full");
        }
    }

    private static void assertBad(CliRun r, String line) {
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(line);
        assertThat(r.err().strip().lines()).hasSize(1);
    }
}
