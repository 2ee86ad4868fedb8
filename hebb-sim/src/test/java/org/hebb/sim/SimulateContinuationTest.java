package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** simulate(a) + simulate(b) == simulate(a + b) bit for bit; parameter changes between calls take effect. */
class SimulateContinuationTest {

    /** A network with every kind of input: DC, step current, spike and Poisson generators, alpha/exp/delta/parrot. */
    private static Network build(NodeCollection[] out) {
        Network net = new Network(0.1, 99);
        NodeCollection dc = net.create("dc_generator", 1, Map.of("amplitude", 420.0, "start", 5.0));
        NodeCollection step = net.create("step_current_generator", 1,
                Map.of("amplitude_times", new double[] {50.0, 120.0}, "amplitude_values", new double[] {200.0, -50.0}));
        NodeCollection pg = net.create("poisson_generator", 1, Map.of("rate", 800.0));
        NodeCollection sg = net.create("spike_generator", 1, Map.of("spike_times", new double[] {3.0, 40.0, 40.0, 77.7}));
        NodeCollection a = net.create("iaf_psc_alpha", 3);
        NodeCollection e = net.create("iaf_psc_exp", 3);
        NodeCollection d = net.create("iaf_psc_delta", 3, Map.of("refractory_input", true));
        NodeCollection p = net.create("parrot_neuron", 2);
        NodeCollection all = NodeCollection.range(a.id(0), 9);
        net.connect(dc, all);
        net.connect(step, all);
        net.connect(pg, all, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(30.0).withDelay(1.5));
        net.connect(sg, p);
        net.connect(pg, p);
        net.connect(all, all, ConnSpec.fixedIndegree(3), SynSpec.staticSynapse().withWeight(Distribution.normal(50, 80)).withDelay(Distribution.uniform(0.5, 3.0)));
        net.connect(p, all, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(5.0).withDelay(0.1));
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", 0.1, "record_from", List.of("V_m")));
        NodeCollection sr = net.create("spike_recorder");
        net.connect(mm, NodeCollection.range(a.id(0), 9));
        net.connect(NodeCollection.range(a.id(0), 11), sr);
        out[0] = mm;
        out[1] = sr;
        out[2] = dc;
        out[3] = a;
        return net;
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({"100.0, 200.0", "0.1, 299.9", "150.0, 150.0", "0.0, 300.0"})
    void splitEqualsWhole(double first, double second) {
        NodeCollection[] w = new NodeCollection[4];
        Network whole = build(w);
        whole.simulate(first + second);
        NodeCollection[] s = new NodeCollection[4];
        Network split = build(s);
        split.simulate(first);
        split.simulate(second);
        assertThat(split.steps()).isEqualTo(whole.steps());
        MultimeterEvents mw = whole.multimeterEvents(w[0]), ms = split.multimeterEvents(s[0]);
        assertThat(ms.senders()).isEqualTo(mw.senders());
        assertThat(ms.times()).isEqualTo(mw.times());
        assertThat(ms.values("V_m")).isEqualTo(mw.values("V_m"));
        assertThat(split.spikeEvents(s[1]).steps()).isEqualTo(whole.spikeEvents(w[1]).steps());
        assertThat(split.spikeEvents(s[1]).senders()).isEqualTo(whole.spikeEvents(w[1]).senders());
        assertThat(whole.spikeEvents(w[1]).size()).isGreaterThan(20);
    }

    @Test
    void changingAParameterBetweenCallsTakesEffect() {
        Network net = new Network(0.1, 1);
        NodeCollection dc = net.create("dc_generator", 1, Map.of("amplitude", 500.0));
        NodeCollection n = net.create("iaf_psc_alpha", 2);
        NodeCollection sr = net.create("spike_recorder");
        net.connect(dc, n.get(0));
        net.connect(n, sr);
        net.simulate(200.0);
        int before = net.spikeEvents(sr).size();
        assertThat(before).isGreaterThan(5);
        net.set(dc, "amplitude", 0.0); // the controller switches the drive off ...
        net.set(n.get(1), "I_e", 600.0); // ... and drives the other neuron directly
        net.simulate(200.0);
        SpikeEvents ev = net.spikeEvents(sr);
        double[] t0 = ev.timesOf(n.id(0));
        assertThat(t0[t0.length - 1]).isLessThan(215.0); // at most the spike already under way
        double[] t1 = ev.timesOf(n.id(1));
        assertThat(t1.length).isGreaterThan(5);
        assertThat(t1[0]).isGreaterThan(200.0);
        assertThat(net.getDouble(n.id(1), "I_e")).isEqualTo(600.0);
    }
}
