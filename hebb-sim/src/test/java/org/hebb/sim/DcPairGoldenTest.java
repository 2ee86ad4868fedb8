package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden {@code dc_pair} runs (NEST 3.9): dc_generator 500 pA -> neuron 1 -> neuron 2 (weight 1000,
 * delay 1 ms), 1000 ms. Spike steps identical, |V_m - V_m_NEST| <= 1e-9 mV and synaptic currents likewise
 * at every NEST sample.
 */
class DcPairGoldenTest {

    static final double TOL = 1e-9;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String model : List.of("iaf_psc_alpha", "iaf_psc_exp", "iaf_psc_delta")) {
            for (String res : List.of("0.1", "0.01", "1")) {
                String base = "dc_pair/dc_pair_" + model + "_res" + res;
                if (GoldenData.exists(base + "_vm.csv")) {
                    out.add(Arguments.of(model, Double.parseDouble(res), base));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} h={1}")
    @MethodSource("cases")
    void matchesNest(String model, double h, String base) {
        GoldenData.Table vm = GoldenData.csv(base + "_vm.csv");
        double interval = vm.rows().get(0)[0];
        boolean currents = vm.header().contains("I_syn_ex_n1");
        Network net = new Network(h, 1);
        NodeCollection dc = net.create("dc_generator", 1, Map.of("amplitude", 500.0));
        NodeCollection n = net.create(model, 2);
        List<String> vars = currents ? List.of("V_m", "I_syn_ex", "I_syn_in") : List.of("V_m");
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", interval, "record_from", vars));
        NodeCollection sr = net.create("spike_recorder");
        net.connect(dc, n.get(0), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(1.0).withDelay(1.0));
        net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(1000.0).withDelay(1.0));
        net.connect(mm, n);
        net.connect(n, sr);
        net.simulate(1000.0);

        MultimeterEvents ev = net.multimeterEvents(mm);
        double worst = 0.0;
        for (int j = 0; j < 2; j++) {
            int id = n.id(j);
            double[] t = ev.timesOf(id);
            for (String var : vars) {
                double[] v = ev.trace(var, id);
                int col = vm.column(var + "_n" + (j + 1));
                for (double[] row : vm.rows()) {
                    int k = (int) Math.round(row[0] / interval) - 1; // sample m is the m-th one
                    assertThat(Math.round(t[k] / h)).isEqualTo(Math.round(row[0] / h));
                    double err = Math.abs(v[k] - row[col]);
                    worst = Math.max(worst, err);
                    assertThat(err).as("%s n%d at %s ms", var, j + 1, row[0]).isLessThanOrEqualTo(TOL);
                }
            }
        }
        System.out.printf("dc_pair %s h=%s: max |error| %.3g%n", model, h, worst);

        SpikeEvents spikes = net.spikeEvents(sr);
        for (int j = 0; j < 2; j++) {
            List<Long> expected = new ArrayList<>();
            for (double[] row : GoldenData.csv(base + "_spikes.csv").rows()) {
                if ((int) row[0] == j + 1) {
                    expected.add(Math.round(row[1] / h));
                }
            }
            List<Long> actual = new ArrayList<>();
            for (double t : spikes.timesOf(n.id(j))) {
                actual.add(Math.round(t / h));
            }
            assertThat(actual).as("spike steps of n%d", j + 1).isEqualTo(expected);
        }
    }
}
