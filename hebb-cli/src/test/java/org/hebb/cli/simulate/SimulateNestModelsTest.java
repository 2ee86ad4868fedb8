package org.hebb.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hebb.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The models of issue 17 through the spec format: the golden tsodyks2 case to the bit, and every new model running. */
class SimulateNestModelsTest {

    @TempDir
    Path tmp;

    private static List<String[]> csv(BufferedReader r) throws IOException {
        try (r) {
            return r.lines().filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
        }
    }

    @Test
    void tsodyks2SpecMatchesNestAndRecordsTransmittedWeights() throws IOException {
        Path out = tmp.resolve("tsodyks2");
        CliRun r = CliRun.of("simulate", Path.of("..", "examples", "tsodyks2-depressing.toml").toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Map<Long, String[]> hebb = new HashMap<>();
        List<String[]> rows = csv(Files.newBufferedReader(out.resolve("vm.csv")));
        assertThat(rows.get(0)).containsExactly("sender", "time_ms", "V_m", "I_syn_ex");
        for (String[] row : rows.subList(1, rows.size())) {
            hebb.put(Math.round(Double.parseDouble(row[1]) / 0.1), row);
        }
        List<String[]> golden = csv(new BufferedReader(new InputStreamReader(
                SimulateNestModelsTest.class.getResourceAsStream("/nest_models/tsodyks2_depressing_vm.csv"), StandardCharsets.UTF_8)));
        for (String[] g : golden.subList(1, golden.size())) {
            String[] h = hebb.get(Math.round(Double.parseDouble(g[0]) / 0.1));
            assertThat(Double.parseDouble(h[2])).as("V_m at %s", g[0]).isEqualTo(Double.parseDouble(g[1]));
            assertThat(Double.parseDouble(h[3])).as("I_syn_ex at %s", g[0]).isEqualTo(Double.parseDouble(g[2]));
        }
        List<String[]> weights = csv(Files.newBufferedReader(out.resolve("weights.csv")));
        assertThat(weights).hasSize(14); // header + 13 spikes
        assertThat(Double.parseDouble(weights.get(1)[3])).isEqualTo(125.0); // first spike: x = 1, u = U = 0.5
        assertThat(Double.parseDouble(weights.get(2)[3])).isLessThan(125.0);
    }

    @Test
    void everyNewModelRunsFromTheSpec() throws IOException {
        Path out = tmp.resolve("models");
        CliRun r = CliRun.of("simulate", Path.of("..", "examples", "nest-models.toml").toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String[]> spikes = csv(Files.newBufferedReader(out.resolve("spikes.csv")));
        for (String sender : List.of("1", "2", "3", "4", "5")) {
            assertThat(spikes.stream().filter(s -> s[0].equals(sender)).count()).as("spikes of node %s", sender).isPositive();
        }
        List<String[]> current = csv(Files.newBufferedReader(out.resolve("current.csv")));
        assertThat(current.get(0)).containsExactly("sender", "time_ms", "I");
        assertThat(current).hasSize(1 + 2 * 500);
    }
}
