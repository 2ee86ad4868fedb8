package org.hebb.cli.learn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hebb.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hebb report} on a learn directory: the learning curve and report.html from the checked records, the held-out
 * test {@code hebb evaluate} recorded (marked when it tested an earlier checkpoint), a partial report of a stopped run,
 * and one line for a run with no episode yet.
 */
class LearnReportCommandTest {
    @TempDir
    Path tmp;

    private Path config() throws Exception {
        return Files.writeString(tmp.resolve("small.toml"), LearnCommandTest.SMALL);
    }

    @Test
    void aFinishedRunsReportShowsTheCurveAndTheRecordedTest() throws Exception {
        Path dir = tmp.resolve("run");
        assertThat(CliRun.of("learn", config().toString(), "--out", dir.toString(), "--progress", "none").exitCode())
                .isZero();
        CliRun first = CliRun.of("report", dir.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().strip()).isEqualTo(dir.toAbsolutePath().resolve("report.html").toString());
        String page = Files.readString(dir.resolve("report.html"));
        assertThat(page).contains("status <b>max_episodes</b> · 6 episodes", "id=\"no-evaluation\"")
                .doesNotContain("id=\"partial\"");
        assertThat(dir.resolve("learning-curve.png")).isNotEmptyFile();
        assertThat(dir.resolve("learning-curve.svg")).isNotEmptyFile();

        CliRun ev = CliRun.of("evaluate", dir.toString(), "--episodes", "4");
        assertThat(ev.exitCode()).as(ev.err()).isZero();
        JsonNode recorded = new ObjectMapper().readTree(dir.resolve("evaluation.json").toFile());
        double mean = recorded.path("mean_return").asDouble();
        assertThat(ev.out()).contains(String.format(Locale.ROOT, "mean return:        %.2f", mean));
        assertThat(recorded.path("episodes").asInt()).isEqualTo(4);
        assertThat(CliRun.of("report", dir.toString()).exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<td data-value=\"" + mean + "\">",
                "4 (reset(seed=10000..10003))", "<td>not decided</td>").doesNotContain("id=\"stale-evaluation\"");
        assertThat(CliRun.of("verify", dir.toString()).exitCode()).as("figures and report.html are not checked")
                .isZero();
    }

    @Test
    void aStoppedRunGetsAPartialReportAndAnEarlierTestIsMarked() throws Exception {
        Path dir = tmp.resolve("stopped");
        LearnCommand cmd = new LearnCommand();
        cmd.stopAfter = 2;
        cmd.stopAsAsked = true;
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(new StringWriter()));
        assertThat(cl.execute(config().toString(), "--out", dir.toString(), "--progress", "none")).isZero();
        assertThat(CliRun.of("evaluate", dir.toString(), "--episodes", "2").exitCode()).isZero();
        CliRun r = CliRun.of("report", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("partial report: the run has not finished (status stopped); it shows the 2"
                + " episodes of its last checkpoint ('hebb resume " + dir + "' continues it)");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("id=\"partial\"")
                .doesNotContain("id=\"stale-evaluation\"");

        assertThat(CliRun.of("resume", dir.toString(), "--progress", "none").exitCode()).isZero();
        assertThat(CliRun.of("report", dir.toString()).exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("report.html"))).contains("id=\"stale-evaluation\"")
                .doesNotContain("id=\"partial\"");
    }

    @Test
    void aRunWithNoEpisodeYetIsOneLine() throws Exception {
        Path dir = tmp.resolve("early");
        LearnCommand cmd = new LearnCommand();
        cmd.stopAfter = 1;
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(new StringWriter()));
        assertThat(cl.execute(config().toString(), "--out", dir.toString(), "--progress", "none")).isZero();
        for (String f : new String[] {"checkpoint.bin", "learning.csv", "weights.h5"}) {
            Files.delete(dir.resolve(f)); // as a kill before the first checkpoint leaves it
        }
        CliRun r = CliRun.of("report", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: RUN_DIR: " + dir + " has no checkpointed episode (status running),"
                + " which is not allowed; must have finished at least one episode" + System.lineSeparator());
        assertThat(CliRun.of("verify", dir.toString()).exitCode()).isZero();
    }
}
