package org.hebb.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.hebb.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hebb simulate} end to end: the example spec of report §3.1 against NEST 3.9.0's run of the same network. */
class SimulateCommandTest {
    static final Path EXAMPLE = Path.of("..", "examples", "dc-pair.toml");

    @TempDir
    Path tmp;

    @Test
    void exampleSpecReproducesNestMembraneTracesAndSpikes() throws IOException {
        Path out = tmp.resolve("run");
        CliRun r = CliRun.of("simulate", EXAMPLE.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("vm.csv").contains("spikes.csv");

        List<String[]> golden = csv(gz("/golden/nest/dc_pair/dc_pair_iaf_psc_alpha_res0.1_vm.csv.gz"));
        Map<String, double[]> hebb = new HashMap<>(); // "sender@step" -> V_m
        List<String[]> rows = csv(Files.newBufferedReader(out.resolve("vm.csv")));
        assertThat(rows.get(0)).containsExactly("sender", "time_ms", "V_m");
        for (String[] row : rows.subList(1, rows.size())) {
            long step = Math.round(Double.parseDouble(row[1]) / 0.1);
            hebb.put(row[0] + "@" + step, new double[] {Double.parseDouble(row[2])});
        }
        double maxErr = 0;
        for (String[] row : golden.subList(1, golden.size())) {
            long step = Math.round(Double.parseDouble(row[0]) / 0.1);
            for (int n = 1; n <= 2; n++) {
                double[] v = hebb.get(n + "@" + step);
                assertThat(v).as("sample of neuron %d at step %d", n, step).isNotNull();
                maxErr = Math.max(maxErr, Math.abs(v[0] - Double.parseDouble(row[n])));
            }
        }
        assertThat(golden).hasSize(9991);
        assertThat(maxErr).isLessThanOrEqualTo(1e-9);

        List<String[]> nestSpikes = csv(new BufferedReader(new InputStreamReader(
                SimulateCommandTest.class.getResourceAsStream("/golden/nest/dc_pair/dc_pair_iaf_psc_alpha_res0.1_spikes.csv"),
                StandardCharsets.UTF_8)));
        List<String[]> spikes = csv(Files.newBufferedReader(out.resolve("spikes.csv")));
        assertThat(spikes).hasSameSizeAs(nestSpikes);
        for (int i = 1; i < spikes.size(); i++) {
            assertThat(spikes.get(i)[0]).isEqualTo(nestSpikes.get(i)[0]);
            assertThat(Math.round(Double.parseDouble(spikes.get(i)[1]) / 0.1))
                    .isEqualTo(Math.round(Double.parseDouble(nestSpikes.get(i)[1]) / 0.1));
        }
    }

    @Test
    void csvNumbersParseBackToTheSimulatedDoubles() throws IOException {
        Path out = tmp.resolve("rt");
        assertThat(CliRun.of("simulate", EXAMPLE.toString(), "--out", out.toString()).exitCode()).isZero();
        var sim = org.hebb.cli.experiment.DcPairExperiment.run("iaf_psc_alpha", 0.1);
        var ev = sim.network().multimeterEvents(sim.multimeter());
        List<String[]> rows = csv(Files.newBufferedReader(out.resolve("vm.csv")));
        assertThat(rows).hasSize(ev.senders().length + 1);
        for (int i = 0; i < ev.senders().length; i++) {
            assertThat(Double.parseDouble(rows.get(i + 1)[2])).isEqualTo(ev.values("V_m")[i]);
            assertThat(Double.parseDouble(rows.get(i + 1)[1])).isEqualTo(ev.times()[i]);
        }
    }

    static BufferedReader gz(String resource) throws IOException {
        return new BufferedReader(new InputStreamReader(
                new GZIPInputStream(SimulateCommandTest.class.getResourceAsStream(resource)), StandardCharsets.UTF_8));
    }

    static List<String[]> csv(BufferedReader r) throws IOException {
        try (r) {
            List<String[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split(","));
            }
            return rows;
        }
    }
}
