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
 * The golden {@code stdp} runs (NEST 3.9 stdp_synapse): spike_generator -> parrot PRE/POST, PRE -> POST on
 * receptor 1 with weight 500, Wmax 1000, lambda 0.01, mu 1, tau_plus 20 ms, alpha +-1, delay 1 or 5 ms.
 * Every weight after every pre spike within 1e-9, and the parrot spikes at the imposed times.
 */
class StdpSynapseGoldenTest {

    static final double TOL = 1e-9;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String protocol : List.of("pairs", "mixed")) {
            for (String alpha : List.of("+1", "-1")) {
                for (String d : List.of("1", "5")) {
                    String base = "stdp/stdp_" + protocol + "_alpha" + alpha + "_delay" + d;
                    if (GoldenData.exists(base + "_weights.csv")) {
                        out.add(Arguments.of(base, Double.parseDouble(alpha), Double.parseDouble(d)));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyWeightMatchesNest(String base, double alpha, double delay) {
        List<String[]> spikes = GoldenData.rawCsv(base + "_spikes.csv");
        List<Double> pre = new ArrayList<>();
        List<Double> post = new ArrayList<>();
        for (String[] s : spikes) {
            (s[0].equals("pre") ? pre : post).add(Double.parseDouble(s[1]) - 1.0); // generator time = parrot time - 1 ms
        }
        Network net = new Network(0.1, 1);
        NodeCollection sgPre = net.create("spike_generator", 1, Map.of("spike_times", pre));
        NodeCollection sgPost = net.create("spike_generator", 1, Map.of("spike_times", post));
        NodeCollection parrots = net.create("parrot_neuron", 2);
        NodeCollection wr = net.create("weight_recorder");
        NodeCollection sr = net.create("spike_recorder");
        net.connect(sgPre, parrots.get(0), ConnSpec.allToAll(), SynSpec.staticSynapse().withDelay(1.0));
        net.connect(sgPost, parrots.get(1), ConnSpec.allToAll(), SynSpec.staticSynapse().withDelay(1.0));
        Map<String, Object> syn = new LinkedHashMap<>();
        syn.put("synapse_model", "stdp_synapse");
        syn.put("weight", 500.0);
        syn.put("delay", delay);
        syn.put("receptor_type", 1);
        syn.put("Wmax", 1000.0);
        syn.put("lambda", 0.01);
        syn.put("mu_plus", 1.0);
        syn.put("mu_minus", 1.0);
        syn.put("tau_plus", 20.0);
        syn.put("alpha", alpha);
        syn.put("weight_recorder", wr);
        net.connect(parrots.get(0), parrots.get(1), ConnSpec.allToAll(), SynSpec.of(syn));
        net.connect(parrots, sr);
        double last = Math.max(pre.get(pre.size() - 1), post.get(post.size() - 1));
        net.simulate(Math.ceil(last / 100.0) * 100.0 + 100.0);

        SpikeEvents se = net.spikeEvents(sr);
        assertThat(se.timesOf(parrots.id(0))).hasSize(pre.size());
        assertThat(se.timesOf(parrots.id(1))).hasSize(post.size());

        GoldenData.Table gold = GoldenData.csv(base + "_weights.csv");
        WeightEvents we = net.weightEvents(wr);
        assertThat(we.size()).isEqualTo(gold.rows().size());
        double worst = 0.0;
        for (int i = 0; i < we.size(); i++) {
            double[] row = gold.rows().get(i);
            assertThat(Math.round(we.times()[i] / 0.1)).as("pre spike %d step", i).isEqualTo(Math.round(row[0] / 0.1));
            assertThat(we.senders()[i]).isEqualTo(parrots.id(0));
            assertThat(we.targets()[i]).isEqualTo(parrots.id(1));
            assertThat(we.weights()[i]).as("weight after pre spike at %s ms", row[0]).isCloseTo(row[1], org.assertj.core.data.Offset.offset(TOL));
            worst = Math.max(worst, Math.abs(we.weights()[i] - row[1]));
        }
        System.out.printf("%s: max |w - w_NEST| = %.3g%n", base, worst);
    }
}
