package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hebb.sim.synapse.TraceStdp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** stdp_trace_synapse in a network gives exactly what the standalone {@link TraceStdp} gives for the same trains. */
class StdpTraceSynapseTest {

    private record Run(Network net, NodeCollection wr, List<Double> pre, List<Double> post) {
    }

    /** Random trains (parrot stamps in steps 2..n), pre -> POST on receptor 1, h = 1 ms. */
    private static Run run(long seed, boolean eventDriven, double alpha) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Double> pre = new ArrayList<>();
        List<Double> post = new ArrayList<>();
        for (int s = 2; s <= 600; s++) {
            if (rng.nextDouble() < 0.05) {
                pre.add((double) s);
            }
            if (rng.nextDouble() < 0.05) {
                post.add((double) s);
            }
        }
        Network net = new Network(1.0, seed);
        NodeCollection sgPre = net.create("spike_generator", 1, Map.of("spike_times", pre.stream().map(t -> t - 1.0).toList()));
        NodeCollection sgPost = net.create("spike_generator", 1, Map.of("spike_times", post.stream().map(t -> t - 1.0).toList()));
        NodeCollection parrots = net.create("parrot_neuron", 2);
        NodeCollection wr = net.create("weight_recorder");
        net.connect(sgPre, parrots.get(0));
        net.connect(sgPost, parrots.get(1));
        net.connect(parrots.get(0), parrots.get(1), ConnSpec.allToAll(), SynSpec.of(Map.of("synapse_model", "stdp_trace_synapse",
                "weight", 500.0, "Wmax", 1000.0, "alpha", alpha, "receptor_type", 1, "event_driven", eventDriven, "weight_recorder", wr)));
        net.simulate(300.0);
        net.simulate(310.0); // two calls: state carries over
        return new Run(net, wr, pre, post);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void timeDrivenMatchesTheStandaloneRuleBitForBit(long seed) {
        for (double alpha : new double[] {-1.0, 1.0}) {
            Run r = run(seed, false, alpha);
            TraceStdp ref = new TraceStdp(new TraceStdp.Params(0.01, alpha, 1, 1, 20, 20, 0, 1000), TraceStdp.Variant.TIME_DRIVEN, 500.0);
            WeightEvents we = r.net.weightEvents(r.wr);
            assertThat(we.size()).isEqualTo(r.pre.size());
            int e = 0;
            for (int s = 1; s <= 610; s++) { // step s-1 holds the spikes stamped s
                double w = ref.step(1.0, r.pre.contains((double) s) ? 1 : 0, r.post.contains((double) s) ? 1 : 0);
                if (r.pre.contains((double) s)) {
                    assertThat(we.times()[e]).isEqualTo(s);
                    assertThat(we.weights()[e++]).isEqualTo(w);
                }
            }
            assertThat(r.net.getConnections("stdp_trace_synapse").weights()[0]).isEqualTo(ref.weight());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void eventDrivenMatchesTheStandaloneRule(long seed) {
        Run r = run(seed, true, 1.0);
        TraceStdp ref = new TraceStdp(new TraceStdp.Params(0.01, 1.0, 1, 1, 20, 20, 0, 1000), TraceStdp.Variant.EVENT_DRIVEN, 500.0);
        WeightEvents we = r.net.weightEvents(r.wr);
        int e = 0;
        for (int s = 1; s <= 610; s++) {
            if (r.pre.contains((double) s)) { // the PRE parrot is updated first in a step
                assertThat(we.weights()[e++]).isCloseTo(ref.onPre(s), org.assertj.core.data.Offset.offset(1e-12));
            }
            if (r.post.contains((double) s)) {
                ref.onPost(s);
            }
        }
        assertThat(e).isEqualTo(we.size());
        assertThat(r.net.getConnections("stdp_trace_synapse").weights()[0]).isCloseTo(ref.weight(), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void badInputIsOneLineNamingTheField() {
        Network net = new Network();
        NodeCollection n = net.create("iaf_psc_alpha", 2);
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(),
                SynSpec.of(Map.of("synapse_model", "stdp_trace_synapse", "Wmin", 10.0, "Wmax", 5.0, "weight", 7.0))))
                .hasMessage("stdp_trace_synapse.Wmax: 5.0 is not allowed; must be >= Wmin = 10.0");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(),
                SynSpec.of(Map.of("synapse_model", "stdp_trace_synapse", "weight", 200.0))))
                .hasMessage("stdp_trace_synapse.weight: 200.0 is not allowed; must be in [Wmin, Wmax] = [0.0, 100.0]");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(),
                SynSpec.of(Map.of("synapse_model", "stdp_trace_synapse", "tau_tr_post", -3.0))))
                .hasMessageStartingWith("stdp_trace_synapse.tau_tr_post: -3.0 is not allowed");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(),
                SynSpec.of(Map.of("synapse_model", "stdp_trace_synapse", "lambda", -0.1))))
                .hasMessageStartingWith("stdp_trace_synapse.lambda: -0.1 is not allowed");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(),
                SynSpec.of(Map.of("synapse_model", "stdp_trace_synapse", "Wmin", -10.0, "weight", -5.0))))
                .hasMessageContaining("must not flip sign").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(),
                SynSpec.of(Map.of("synapse_model", "stdp_synapse", "Wmax", 100.0, "weight", -5.0))))
                .hasMessageContaining("stdp_synapse.weight: -5.0").hasMessageContaining("flip sign");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(),
                SynSpec.of(Map.of("synapse_model", "stdp_synapse", "Wmax", 100.0, "weight", 101.0))))
                .hasMessage("stdp_synapse.weight: 101.0 is not allowed; must be in [0, Wmax] = [0, 100.0]");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(),
                SynSpec.of(Map.of("synapse_model", "stdp_synapse", "tau_plus", -1.0))))
                .hasMessageStartingWith("stdp_synapse.tau_plus: -1.0 is not allowed");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(),
                SynSpec.of(Map.of("synapse_model", "stdp_synapse", "lambda", -1.0))))
                .hasMessageStartingWith("stdp_synapse.lambda: -1.0 is not allowed");
        assertThat(net.getConnections().size()).isZero();
    }
}
