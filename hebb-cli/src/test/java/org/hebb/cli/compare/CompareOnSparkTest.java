package org.hebb.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hebb.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code [compare] engine = "spark"} writes the thread pool's table (docs/spark.md). */
class CompareOnSparkTest {

    @Test
    void compareOnSparkWritesTheThreadPoolsTable(@TempDir Path dir) throws Exception {
        Path threads = Files.writeString(dir.resolve("t.toml"), CompareCommandTest.SPHERE.formatted(2));
        Path spark = Files.writeString(dir.resolve("s.toml"), CompareCommandTest.SPHERE.formatted(2)
                .replace("threads = 2\n", "threads = 2\nengine = \"spark\"\nmaster = \"local[2]\"\n"));
        assertThat(CliRun.of("compare", threads.toString(), "--out", dir.resolve("t").toString(), "--quiet")
                .exitCode()).isZero();
        CliRun r = CliRun.of("compare", spark.toString(), "--out", dir.resolve("s").toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("s/compare.csv")))
                .isEqualTo(Files.readString(dir.resolve("t/compare.csv")));
    }
}
