package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hebb.cli.CliRun;
import org.hebb.l2l.run.RunIntegrity;
import org.hebb.l2l.trajectory.GenerationRecord;
import org.hebb.l2l.trajectory.Trajectory;
import org.hebb.report.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code hebb run} child process killed with SIGKILL mid-run, its segment length ({@code h5_every = 20})
 * longer than the generations done, so no HDF5 file exists yet: {@code hebb report} rebuilds the generations from
 * the log, says the report is partial (stdout and the page), and the generations it shows are the uninterrupted
 * run's first ones, row for row; {@code hebb verify} passes the killed directory (or names only what resume
 * rewrites).
 */
class KilledRunReportTest {
    static final int GENERATIONS = 40;

    @TempDir
    Path tmp;

    @Test
    void aKilledRunGetsAPartialReportOfItsCheckpointedGenerations() throws Exception {
        // as in the issue: killed near generation 9 of segments of 20, so trajectory.h5 does not exist yet
        Path config = SmallRun.write(tmp, "kill.toml", SmallRun.toml(GENERATIONS, 40).replace("h5_every = 50",
                "h5_every = 20"));
        Path dir = tmp.resolve("killed");
        Process p = SmallRun.child(config, dir, tmp.resolve("child.log"));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!Files.readString(tmp.resolve("child.log")).contains("generation 8/") && p.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(p.isAlive()).as("child still running when killed: %s", Files.readString(tmp.resolve("child.log")))
                .isTrue();
        p.destroyForcibly(); // SIGKILL: no shutdown hook, run.json stays "running"
        p.waitFor();
        assertThat(dir.resolve("trajectory.h5")).as("h5_every = 20: no HDF5 file yet").doesNotExist();

        CliRun verify = CliRun.of("verify", dir.toString());
        assertThat(verify.exitCode() == 0 || verify.err().contains("rewrites it")).as(verify.err()).isTrue();
        CliRun report = CliRun.of("report", dir.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        RunIntegrity.Recorded killed = RunReport.read(dir);
        int done = killed.trajectory().size();
        assertThat(done).isBetween(8, 19);
        assertThat(killed.partial()).isTrue();
        assertThat(report.out()).startsWith("partial report: the run has not finished (status running); it shows the "
                + done + " generations of its last checkpoint");
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("<b>Partial report.</b> The run has not finished (status running): this report"
                + " shows the " + done + " generations");
        assertThat(dir.resolve("fig12-fitness.png")).exists();

        Path whole = tmp.resolve("whole");
        assertThat(CliRun.of("run", config.toString(), "--out", whole.toString(), "--progress", "none").exitCode())
                .isZero();
        Trajectory full = RunReport.read(whole).trajectory();
        assertThat(RunReport.read(whole).partial()).isFalse();
        assertThat(Files.readString(whole.resolve("report.html"))).doesNotContain("Partial report");
        for (int g = 0; g < done; g++) {
            GenerationRecord a = killed.trajectory().generations().get(g), b = full.generations().get(g);
            for (int i = 0; i < a.size(); i++) {
                assertThat(a.genome(i)).as("generation %d individual %d", g, i).isEqualTo(b.genome(i));
                assertThat(a.fitness(i)).as("generation %d individual %d", g, i).isEqualTo(b.fitness(i));
            }
        }
    }

}
