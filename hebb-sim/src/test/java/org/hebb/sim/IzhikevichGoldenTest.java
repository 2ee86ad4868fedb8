package org.hebb.sim;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The golden {@code izh_*} runs (NEST 3.9, nest_models/README.md): two {@code izhikevich} neurons, dc 10 pA -> n1,
 * n1 -> n2 (weight 20 mV), a spike_generator with repeated and negative spike weights -> n2; 500 ms. Bits: the same
 * spike steps, V_m and U_m within 1e-9 at every sample.
 */
class IzhikevichGoldenTest {

    @ParameterizedTest(name = "{0} h={1}")
    @CsvSource({"regular, 0.1, -65.0, 8.0", "regular, 1, -65.0, 8.0", "chattering, 0.1, -50.0, 2.0", "chattering, 1, -50.0, 2.0"})
    void matchesNest(String variant, String res, double c, double d) {
        double h = Double.parseDouble(res);
        Network net = new Network(h, 1);
        NodeCollection n = net.create("izhikevich", 2, Map.of("c", c, "d", d));
        NodeCollection dc = net.create("dc_generator", 1, Map.of("amplitude", 10.0));
        NodeCollection sg = net.create("spike_generator", 1, Map.of(
                "spike_times", new double[] {50, 50, 51, 120, 300, 301, 303}, "spike_weights", new double[] {5, 5, 5, -8, 12, 12, 12}));
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", h, "record_from", List.of("V_m", "U_m")));
        NodeCollection sr = net.create("spike_recorder");
        SynSpec oneMs = SynSpec.staticSynapse().withDelay(1.0);
        net.connect(dc, n.get(0), ConnSpec.allToAll(), oneMs);
        net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), oneMs.withWeight(20.0));
        net.connect(sg, n.get(1), ConnSpec.allToAll(), oneMs);
        net.connect(mm, n);
        net.connect(n, sr);
        net.simulate(500.0);

        String base = "izh_" + variant + "_res" + res;
        int[] ids = n.ids();
        double[] worst = NestModelsCheck.traces(base + "_vm.csv", net.multimeterEvents(mm), h, ids, List.of("V_m", "U_m"), 1e-9);
        NestModelsCheck.spikes(base + "_spikes.csv", net.spikeEvents(sr), h, ids);
        System.out.printf("%s: max |V_m diff| %.3g, |U_m diff| %.3g%n", base, worst[0], worst[1]);
    }
}
