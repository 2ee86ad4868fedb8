package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hebb.cli.CliRun;
import org.hebb.cli.OutputDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} into an existing non-empty directory, through the one helper every command uses: refused without
 * {@code --force} (nothing changed); with it a directory hebb wrote is replaced whole, so no file of the earlier
 * output survives, and one hebb did not write is refused. Two runs of one config are byte-identical, checksums
 * included.
 */
class OutputForceTest {
    static final Path SPEC = Path.of("..", "examples", "dc-pair.toml");

    @TempDir
    Path tmp;

    @Test
    void simulateRefusesAnExistingOutputAndForceReplacesItWhole() throws IOException {
        Path out = tmp.resolve("sim");
        assertThat(CliRun.of("simulate", SPEC.toString(), "--out", out.toString()).exitCode()).isZero();
        Map<String, byte[]> fresh = RunFilesIntegrityTest.contents(out);
        assertThat(fresh).containsKey(OutputDirectory.MARKER);
        Files.writeString(out.resolve("stale.csv"), "from an earlier output\n");

        CliRun again = CliRun.of("simulate", SPEC.toString(), "--out", out.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("error: --out: " + out + " exists and is not empty, which is not allowed;"
                + " choose a new directory, or add --force to replace it whole (only a directory hebb wrote)"
                + System.lineSeparator());
        assertThat(out.resolve("stale.csv")).exists();

        assertThat(CliRun.of("simulate", SPEC.toString(), "--out", out.toString(), "--force").exitCode()).isZero();
        Map<String, byte[]> replaced = RunFilesIntegrityTest.contents(out);
        assertThat(replaced).containsOnlyKeys(fresh.keySet());
        fresh.forEach((name, bytes) -> assertThat(replaced.get(name)).as(name).isEqualTo(bytes));
        assertThat(siblings()).containsExactly("sim"); // no staging or replaced folder left beside it
    }

    @Test
    void anEmptyDirectoryIsFilledInPlaceAndAFileIsReplacedOnlyWithForce() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Object inode = Files.readAttributes(empty, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertThat(CliRun.of("simulate", SPEC.toString(), "--out", empty.toString()).exitCode()).isZero();
        assertThat(Files.readAttributes(empty, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("the same folder (it may be the working directory)").isEqualTo(inode);
        assertThat(RunFilesIntegrityTest.contents(empty)).containsKeys("vm.csv", OutputDirectory.MARKER);
        assertThat(siblings()).containsExactly("empty");

        Path file = Files.writeString(tmp.resolve("spec.toml"), "old\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutputDirectory.writeFile(file, false,
                        t -> Files.writeString(t, "new\n")))
                .hasMessage("--out: " + file + " exists, which is not allowed without --force; choose another file,"
                        + " or add --force to replace it");
        assertThat(Files.readString(file)).isEqualTo("old\n");
        OutputDirectory.writeFile(file, true, t -> Files.writeString(t, "new\n"));
        assertThat(Files.readString(file)).isEqualTo("new\n");
        assertThat(siblings()).containsExactly("empty", "spec.toml");
    }

    @Test
    void forceRefusesADirectoryHebbDidNotWrite() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "\\documentclass{article}\n");
        for (List<String> command : List.of(List.of("simulate", SPEC.toString()),
                List.of("experiment", "dc-pair"), List.of("run", writeConfig().toString()))) {
            String[] args = Stream.concat(command.stream(), Stream.of("--out", mine.toString(), "--force"))
                    .toArray(String[]::new);
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).as(String.join(" ", command) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("error: --force: " + mine + " was not written by hebb (no "
                    + OutputDirectory.MARKER + " or run.json), which is not allowed; remove it yourself or choose"
                    + " another --out" + System.lineSeparator());
            assertThat(RunFilesIntegrityTest.contents(mine)).containsOnlyKeys("thesis.tex");
        }
        CliRun run = CliRun.of("run", writeConfig().toString(), "--out", mine.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("exists and is not empty").hasLineCount(1);
    }

    @Test
    void twoRunsOfOneConfigAreByteIdenticalAndForceReplacesARunWhole() throws IOException {
        Path config = writeConfig();
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        assertThat(CliRun.of("run", config.toString(), "--out", a.toString(), "--progress", "none").exitCode()).isZero();
        assertThat(CliRun.of("run", config.toString(), "--out", b.toString(), "--progress", "none").exitCode()).isZero();
        assertSameRunFiles(a, b);

        Files.writeString(b.resolve("notes.txt"), "stale\n");
        CliRun refused = CliRun.of("run", config.toString(), "--out", b.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("already holds a run").contains("--force").hasLineCount(1);
        CliRun forced = CliRun.of("run", config.toString(), "--out", b.toString(), "--progress", "none", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(b.resolve("notes.txt")).doesNotExist();
        assertSameRunFiles(a, b);
        assertThat(CliRun.of("verify", b.toString()).out()).isEqualTo(b + ": ok" + System.lineSeparator());
    }

    /** Every file but run.json (clocks, host) and the report is the same bytes: data, checksums and manifest. */
    private static void assertSameRunFiles(Path a, Path b) throws IOException {
        Map<String, byte[]> x = RunFilesIntegrityTest.contents(a), y = RunFilesIntegrityTest.contents(b);
        assertThat(y.keySet()).isEqualTo(x.keySet());
        for (String name : x.keySet()) {
            if (name.equals("run.json") || name.equals("report.html") || name.endsWith(".png") || name.endsWith(".svg")) {
                continue;
            }
            assertThat(y.get(name)).as(name).isEqualTo(x.get(name));
        }
        assertThat(x).containsKeys("checkpoint.bin", "generations.bin", "trajectory.h5", "trajectory-000000.h5",
                "best.genome");
    }

    private Path writeConfig() throws IOException {
        return SmallRun.write(tmp, "small.toml", SmallRun.controlToml(3, 10));
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
