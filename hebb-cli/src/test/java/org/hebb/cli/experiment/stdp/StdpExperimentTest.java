package org.hebb.cli.experiment.stdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hebb.cli.Hebb;
import org.hebb.sim.synapse.TraceStdp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hebb experiment stdp} writes both runs, and the CSV is the rule replayed on the same seeded trains. */
class StdpExperimentTest {

    @Test
    void writesCsvAndFigureForBothSigns(@TempDir Path dir) throws Exception {
        int rc = Hebb.commandLine().execute("experiment", "stdp", "--out", dir.toString());
        assertThat(rc).isZero();
        for (String run : List.of("alpha-1", "alpha+1")) {
            Path d = dir.resolve(run);
            assertThat(d.resolve("stdp_trace.png")).isNotEmptyFile();
            assertThat(d.resolve("stdp_trace.svg")).isNotEmptyFile();
            List<String> csv = Files.readAllLines(d.resolve("stdp_trace.csv"));
            assertThat(csv.get(0)).isEqualTo("time_ms,pre_trace,post_trace,weight");
            assertThat(csv).hasSize(1001);
            TraceStdpProtocol.Result r = new TraceStdpProtocol(TraceStdp.Params.report(run.equals("alpha-1") ? -1.0 : 1.0), 500.0, 1.0,
                    1000.0, 20.0, 20.0, 42L).run();
            for (int k = 0; k < 1000; k++) {
                String[] f = csv.get(k + 1).split(",");
                assertThat(Double.parseDouble(f[0])).isEqualTo(k + 1.0);
                assertThat(Double.parseDouble(f[3])).isEqualTo(r.weight()[k]);
                assertThat(r.weight()[k]).isBetween(0.0, 1000.0);
            }
            double last = r.weight()[999];
            if (run.equals("alpha-1")) {
                assertThat(last).isGreaterThan(500.0); // eq. 12 with alpha < 0 only moves w up
            } else {
                assertThat(last).isLessThan(500.0); // with alpha > 0 only down
            }
        }
    }

    @Test
    void badRateIsOneLine(@TempDir Path dir) {
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = Hebb.commandLine();
        cl.setErr(new java.io.PrintWriter(err));
        int rc = cl.execute("experiment", "stdp", "--out", dir.toString(), "--pre-rate", "-5");
        assertThat(rc).isNotZero();
        assertThat(err.toString().strip()).isEqualTo("error: --pre-rate: -5.0 Hz is not allowed; must be in [0, 1000.0] "
                + "Hz (at most one spike per 1.0 ms step)");
        err.getBuffer().setLength(0);
        assertThat(cl.execute("experiment", "stdp", "--out", dir.toString(), "--post-rate", "1001")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("error: --post-rate: 1001.0 Hz is not allowed; must be in [0, "
                + "1000.0] Hz (at most one spike per 1.0 ms step)");
    }
}
