package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden {@code stdp_dopamine} runs (NEST 3.9 stdp_dopamine_synapse with a volume_transmitter): weight,
 * c, n and Kplus after every {@code Simulate(di)} call and every weight_recorder value, each within
 * {@code |delta| <= 1e-9 |ref| + 1e-15}.
 */
class StdpDopamineGoldenTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String protocol : List.of("causal_r50", "causal_r500", "causal_r1500", "reward_only", "edge")) {
            for (String v : List.of("d1_di1", "d5_di1", "d1_di10")) {
                out.add(Arguments.of(protocol, v));
            }
        }
        return out.stream();
    }

    private double worst;

    private void near(double actual, double ref, String what) {
        worst = Math.max(worst, Math.abs(actual - ref) / Math.max(Math.abs(ref), 1e-300));
        assertThat(Math.abs(actual - ref)).as("%s: hebb %s, NEST %s", what, actual, ref).isLessThanOrEqualTo(1e-9 * Math.abs(ref) + 1e-15);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyUpdateMatchesNest(String protocol, String variant) {
        double d = variant.startsWith("d5") ? 5.0 : 1.0;
        int di = variant.endsWith("di10") ? 10 : 1;
        Map<String, List<Double>> gen = new LinkedHashMap<>(Map.of("pre", new ArrayList<>(), "post", new ArrayList<>(), "dopa", new ArrayList<>()));
        for (String[] row : GoldenData.rawCsv("stdp_dopamine/da_" + protocol + "_schedule.csv")) {
            int m = (int) Double.parseDouble(row[2]);
            for (int i = 0; i < m; i++) { // a multiplicity m is m spikes in one step; the parrot repeats them as one event
                gen.get(row[0]).add(Double.parseDouble(row[3]));
            }
        }
        Network net = new Network(0.1, 1);
        NodeCollection sgPre = net.create("spike_generator", 1, Map.of("spike_times", gen.get("pre")));
        NodeCollection sgPost = net.create("spike_generator", 1, Map.of("spike_times", gen.get("post")));
        NodeCollection sgDa = net.create("spike_generator", 1, Map.of("spike_times", gen.get("dopa")));
        NodeCollection pre = net.create("parrot_neuron");
        NodeCollection post = net.create("parrot_neuron", 1, Map.of("tau_minus", 30.0));
        NodeCollection da = net.create("parrot_neuron");
        NodeCollection vt = net.create("volume_transmitter", 1, Map.of("deliver_interval", di));
        NodeCollection wr = net.create("weight_recorder");
        net.connect(sgPre, pre);
        net.connect(sgPost, post);
        net.connect(sgDa, da);
        net.connect(da, vt);
        Map<String, Object> syn = new LinkedHashMap<>();
        syn.put("synapse_model", "stdp_dopamine_synapse");
        syn.put("weight", 50.0);
        syn.put("delay", d);
        syn.put("receptor_type", 1);
        syn.putAll(Map.of("A_plus", 1.0, "A_minus", 1.5, "tau_plus", 20.0, "tau_c", 1000.0, "tau_n", 200.0, "b", 0.001,
                "Wmin", 0.0, "Wmax", 200.0, "volume_transmitter", vt, "weight_recorder", wr));
        net.connect(pre, post, ConnSpec.allToAll(), SynSpec.of(syn));

        GoldenData.Table trace = GoldenData.csv("stdp_dopamine/da_" + protocol + "_" + variant + "_trace.csv");
        String m = "stdp_dopamine_synapse";
        for (double[] row : trace.rows()) {
            net.simulate(di);
            assertThat(Math.round(net.time() / 0.1)).isEqualTo(Math.round(row[0] / 0.1));
            String at = "t = " + row[0];
            near(net.getConnectionState(m, "weight")[0], row[trace.column("weight")], "weight " + at);
            near(net.getConnectionState(m, "c")[0], row[trace.column("c")], "c " + at);
            near(net.getConnectionState(m, "n")[0], row[trace.column("n")], "n " + at);
            near(net.getConnectionState(m, "Kplus")[0], row[trace.column("Kplus")], "Kplus " + at);
        }
        GoldenData.Table weights = GoldenData.csv("stdp_dopamine/da_" + protocol + "_" + variant + "_weights.csv");
        WeightEvents we = net.weightEvents(wr);
        assertThat(we.size()).isEqualTo(weights.rows().size());
        for (int i = 0; i < we.size(); i++) {
            double[] row = weights.rows().get(i);
            assertThat(Math.round(we.times()[i] / 0.1)).isEqualTo(Math.round(row[0] / 0.1));
            near(we.weights()[i], row[1], "recorded weight at " + row[0]);
        }
        System.out.printf("stdp_dopamine %s %s: %d trace rows, %d recorder rows, max relative error %.3g%n", protocol, variant,
                trace.rows().size(), we.size(), worst);
    }
}
