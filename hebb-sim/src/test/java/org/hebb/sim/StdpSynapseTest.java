package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** stdp_synapse against the closed-form STDP window and the weight bounds under long random trains. */
class StdpSynapseTest {

    static LongStream seeds() {
        return LongStream.range(1, 26);
    }

    private static Network pair(List<Double> pre, List<Double> post, Map<String, Object> syn) {
        Network net = new Network(0.1, 1);
        NodeCollection sgPre = net.create("spike_generator", 1, Map.of("spike_times", pre.stream().map(t -> t - 1.0).toList()));
        NodeCollection sgPost = net.create("spike_generator", 1, Map.of("spike_times", post.stream().map(t -> t - 1.0).toList()));
        NodeCollection parrots = net.create("parrot_neuron", 2);
        net.connect(sgPre, parrots.get(0));
        net.connect(sgPost, parrots.get(1));
        java.util.Map<String, Object> s = new java.util.LinkedHashMap<>(syn);
        s.put("synapse_model", "stdp_synapse");
        s.put("receptor_type", 1);
        net.connect(parrots.get(0), parrots.get(1), ConnSpec.allToAll(), SynSpec.of(s));
        return net;
    }

    /** Isolated pair with effective interval Delta = t_post + d - t_pre; read out by a pre spike 2000 ms later. */
    @ParameterizedTest
    @ValueSource(doubles = {-60, -30, -10, -3, -1, 1, 3, 10, 30, 60})
    void classicWindowMatchesTheClosedForm(double delta) {
        double d = 1.0;
        double tPre = 200.0;
        double tPost = tPre + delta - d;
        Network net = pair(List.of(tPre, 2200.0), List.of(tPost), Map.of("weight", 500.0, "Wmax", 1000.0, "lambda", 0.01, "delay", d));
        net.simulate(2300.0);
        double w = net.getConnectionState("stdp_synapse", "weight")[0];
        double expected = delta > 0
                ? 1000.0 * 0.01 * (1 - 0.5) * Math.exp(-delta / 20.0) // lambda (1 - w/Wmax) Wmax exp(-Delta/tau_plus)
                : -0.01 * 500.0 * Math.exp(delta / 20.0); // - alpha lambda w exp(Delta/tau_minus)
        assertThat(w - 500.0).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void weightsStayInZeroWmaxUnderLongRandomTrains(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Double> pre = new ArrayList<>();
        List<Double> post = new ArrayList<>();
        for (int s = 20; s < 50000; s++) { // 5 s at h = 0.1, ~40 Hz each
            if (rng.nextDouble() < 0.004) {
                pre.add(s * 0.1);
            }
            if (rng.nextDouble() < 0.004) {
                post.add(s * 0.1);
            }
        }
        double mu = rng.nextDouble();
        NodeCollection wr;
        Network net = pair(pre, post, Map.of("weight", 1000.0 * rng.nextDouble(), "Wmax", 1000.0, "lambda", 0.1, "alpha", 0.5 + rng.nextDouble(),
                "mu_plus", mu, "mu_minus", mu));
        wr = net.create("weight_recorder");
        net.connect(NodeCollection.of(3), NodeCollection.of(4), ConnSpec.allToAll(), SynSpec.of(Map.of("synapse_model", "stdp_synapse",
                "receptor_type", 1, "Wmax", 1000.0, "lambda", 0.1, "weight_recorder", wr, "weight", 10.0)));
        net.simulate(5100.0);
        WeightEvents we = net.weightEvents(wr);
        assertThat(we.size()).isEqualTo(pre.size());
        for (double w : we.weights()) {
            assertThat(w).isBetween(0.0, 1000.0);
        }
        for (double w : net.getConnectionState("stdp_synapse", "weight")) {
            assertThat(w).isBetween(0.0, 1000.0);
        }
    }
}
