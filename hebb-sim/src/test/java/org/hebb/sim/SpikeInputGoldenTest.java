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
 * The golden {@code spike_input} runs (NEST 3.9): one spike_generator with per-spike weights -> one
 * neuron (weight 1, delay 1 ms), h = 0.1 ms, 200 ms; V_m and both synaptic currents at every step.
 */
class SpikeInputGoldenTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String model : List.of("iaf_psc_alpha", "iaf_psc_exp")) {
            out.add(Arguments.of(model, "default", Map.of()));
            out.add(Arguments.of(model, "Ie300", Map.of("I_e", 300.0)));
            out.add(Arguments.of(model, "tausyn_eq_taum", Map.of("tau_syn_ex", 10.0, "tau_syn_in", 10.0, "tau_m", 10.0)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesNest(String model, String variant, Map<String, Object> params) {
        double h = 0.1;
        GoldenData.Table schedule = GoldenData.csv("spike_input/spike_input_schedule.csv");
        double[] times = schedule.rows().stream().mapToDouble(r -> r[0]).toArray();
        double[] weights = schedule.rows().stream().mapToDouble(r -> r[1]).toArray();
        Network net = new Network(h, 1);
        NodeCollection sg = net.create("spike_generator", 1, Map.of("spike_times", times, "spike_weights", weights));
        NodeCollection n = net.create(model, 1, params);
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", h, "record_from", List.of("V_m", "I_syn_ex", "I_syn_in")));
        NodeCollection sr = net.create("spike_recorder");
        net.connect(sg, n, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(1.0).withDelay(1.0));
        net.connect(mm, n);
        net.connect(n, sr);
        net.simulate(200.0);

        String base = "spike_input/spike_input_" + model + "_" + variant;
        GoldenData.Table vm = GoldenData.csv(base + "_vm.csv");
        MultimeterEvents ev = net.multimeterEvents(mm);
        double worst = 0.0;
        for (String var : List.of("V_m", "I_syn_ex", "I_syn_in")) {
            double[] v = ev.values(var);
            int col = vm.column(var);
            for (double[] row : vm.rows()) {
                int k = (int) Math.round(row[0] / h) - 1;
                assertThat(Math.round(ev.times()[k] / h)).isEqualTo(Math.round(row[0] / h));
                double err = Math.abs(v[k] - row[col]);
                worst = Math.max(worst, err);
                assertThat(err).as("%s at %s ms", var, row[0]).isLessThanOrEqualTo(1e-9);
            }
        }
        System.out.printf("spike_input %s %s: max |error| %.3g%n", model, variant, worst);
        long[] expected = GoldenData.csv(base + "_spikes.csv").rows().stream().mapToLong(r -> Math.round(r[0] / h)).toArray();
        assertThat(net.spikeEvents(sr).steps()).isEqualTo(expected);
    }
}
