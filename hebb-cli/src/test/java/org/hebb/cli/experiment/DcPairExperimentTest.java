package org.hebb.cli.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hebb.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code hebb experiment dc-pair}: report §3.1 from one command, checked against NEST's spike counts. */
class DcPairExperimentTest {
    @TempDir
    Path tmp;

    /** Spike counts of NEST 3.9.0 (golden dc_pair/summary.json) for each model at h = 0.1 ms. */
    @ParameterizedTest
    @CsvSource({"iaf_psc_alpha, 62, 31", "iaf_psc_exp, 62, 0", "iaf_psc_delta, 62, 62"})
    void writesDataAndFigureWithNestSpikeCounts(String model, int n1, int n2) throws IOException {
        Path out = tmp.resolve(model);
        CliRun r = CliRun.of("experiment", "dc-pair", "--model", model, "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("neuron 1 fired " + n1 + " spikes, neuron 2 fired " + n2)
                .contains(out.resolve("fig8-dc-pair.png").toString());
        List<String> spikes = Files.readAllLines(out.resolve("spikes.csv"));
        assertThat(spikes.get(0)).isEqualTo("sender,time_ms");
        assertThat(spikes.stream().skip(1).filter(l -> l.startsWith("1,"))).hasSize(n1);
        assertThat(spikes.stream().skip(1).filter(l -> l.startsWith("2,"))).hasSize(n2);
        byte[] png = Files.readAllBytes(out.resolve("fig8-dc-pair.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(out.resolve("fig8-dc-pair.svg"))).contains("<svg").contains("time (ms)").contains("neuron 2 (target) V_m");
        // 2 neurons, one sample per 0.1 ms through 1000 ms (hebb keeps the last 1 ms that NEST omits)
        assertThat(Files.readAllLines(out.resolve("vm.csv"))).hasSize(1 + 2 * 10000);
    }

    @Test
    void coarseResolutionRecordsOnItsOwnGrid() throws IOException {
        Path out = tmp.resolve("h1");
        CliRun r = CliRun.of("experiment", "dc-pair", "--resolution", "1.0", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("neuron 1 fired 62 spikes");
        assertThat(Files.readAllLines(out.resolve("vm.csv"))).hasSize(1 + 2 * 1000);
    }

    @Test
    void fig8NamesTheModelAndResolutionThatMadeIt() {
        var chart = DcPairExperiment.figure(DcPairExperiment.run("iaf_psc_exp", 0.2), "iaf_psc_exp", 0.2);
        assertThat(chart.getTitle().getText())
                .isEqualTo("DC-driven iaf_psc_exp neuron and its target, h = 0.2 ms (report §3.1, Fig. 8)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--resolution|0.3|--resolution: 0.3 is not allowed; must divide the experiment's 1 ms delay",
            "--resolution|0|--resolution: 0.0 is not allowed; must be a finite number > 0 ms",
            "--model|hh_psc_alpha|--model: 'hh_psc_alpha' is not allowed; must be a neuron model with a membrane "
                    + "potential V_m, one of iaf_psc_alpha, iaf_psc_exp, iaf_psc_delta, izhikevich, iaf_cond_exp, "
                    + "iaf_cond_alpha, aeif_cond_alpha",
            "--model|parrot_neuron|--model: 'parrot_neuron' is not allowed; must be a neuron model with a membrane "
                    + "potential V_m, one of iaf_psc_alpha, iaf_psc_exp, iaf_psc_delta, izhikevich, iaf_cond_exp, "
                    + "iaf_cond_alpha, aeif_cond_alpha"})
    void badOptionsGiveOneLineAndNoOutput(String option, String value, String message) {
        Path out = tmp.resolve("bad");
        CliRun r = CliRun.of("experiment", "dc-pair", option, value, "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("error: " + message).doesNotContain("\n");
        assertThat(out).doesNotExist();
    }
}
