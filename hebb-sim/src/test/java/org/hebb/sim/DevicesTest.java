package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Device timing against closed forms and equivalences; parrot receptors; refractory input; recorder times. */
class DevicesTest {

    static final double H = 0.1, TAU_M = 10.0, R = TAU_M / 250.0;

    private static double[] vm(Network net, NodeCollection mm, int id) {
        return net.multimeterEvents(mm).trace("V_m", id);
    }

    @Test
    void dcGeneratorActsDuringStartToStopShiftedByTheDelay() {
        double amp = 300.0, start = 10.0, stop = 20.0, d = 1.0;
        Network net = new Network(H, 1);
        NodeCollection dc = net.create("dc_generator", 1, Map.of("amplitude", amp, "start", start, "stop", stop));
        NodeCollection n = net.create("iaf_psc_alpha", 1, Map.of("V_th", 100.0));
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", H, "record_from", List.of("V_m")));
        net.connect(dc, n, ConnSpec.allToAll(), SynSpec.staticSynapse().withDelay(d));
        net.connect(mm, n);
        net.simulate(50.0);
        double[] v = vm(net, mm, n.id(0));
        double on = start + d, off = stop + d; // events of steps k with start < (k+2) h <= stop, stored on arrival, used from the next step
        double vOff = R * amp * (1 - Math.exp(-(off - on) / TAU_M));
        for (int k = 0; k < v.length; k++) {
            double t = (k + 1) * H;
            double expected = t <= on + 1e-9 ? 0.0 : t <= off + 1e-9 ? R * amp * (1 - Math.exp(-(t - on) / TAU_M))
                    : vOff * Math.exp(-(t - off) / TAU_M);
            assertThat(v[k] + 70.0).as("t=%s", t).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void stepCurrentGeneratorEqualsDcGeneratorsWithMatchingWindows() {
        Network a = new Network(H, 1);
        NodeCollection step = a.create("step_current_generator", 1,
                Map.of("amplitude_times", new double[] {10.0, 30.0}, "amplitude_values", new double[] {400.0, -50.0}));
        NodeCollection na = a.create("iaf_psc_exp", 1);
        NodeCollection ma = a.create("multimeter", 1, Map.of("interval", H, "record_from", List.of("V_m")));
        a.connect(step, na);
        a.connect(ma, na);
        a.simulate(60.0);
        Network b = new Network(H, 1);
        NodeCollection dc1 = b.create("dc_generator", 1, Map.of("amplitude", 400.0, "start", 10.0, "stop", 30.0));
        NodeCollection dc2 = b.create("dc_generator", 1, Map.of("amplitude", -50.0, "start", 30.0));
        NodeCollection nb = b.create("iaf_psc_exp", 1);
        NodeCollection mb = b.create("multimeter", 1, Map.of("interval", H, "record_from", List.of("V_m")));
        b.connect(dc1, nb);
        b.connect(dc2, nb);
        b.connect(mb, nb);
        b.simulate(60.0);
        assertThat(vm(a, ma, na.id(0))).isEqualTo(vm(b, mb, nb.id(0)));
        assertThat(vm(a, ma, na.id(0))[200]).isGreaterThan(-70.0);
    }

    @Test
    void parrotRepeatsReceptorZeroWithMultiplicityButNotReceptorOne() {
        Network net = new Network(H, 1);
        NodeCollection sg = net.create("spike_generator", 1, Map.of("spike_times", new double[] {5.0, 5.0, 9.0}));
        NodeCollection p = net.create("parrot_neuron", 2);
        NodeCollection sr = net.create("spike_recorder");
        net.connect(sg, p.get(0), ConnSpec.allToAll(), SynSpec.staticSynapse().withDelay(1.0));
        net.connect(sg, p.get(1), ConnSpec.allToAll(), SynSpec.staticSynapse().withDelay(1.0).withReceptorType(1));
        net.connect(p, sr);
        net.simulate(20.0);
        SpikeEvents ev = net.spikeEvents(sr);
        assertThat(ev.timesOf(p.id(0))).containsExactly(6.0, 6.0, 10.0);
        assertThat(ev.timesOf(p.id(1))).isEmpty();
    }

    @Test
    void spikeTimesInThePastAreSkippedWhenSetBetweenCalls() {
        Network net = new Network(H, 1);
        NodeCollection sg = net.create("spike_generator");
        NodeCollection p = net.create("parrot_neuron");
        NodeCollection sr = net.create("spike_recorder");
        net.connect(sg, p);
        net.connect(p, sr);
        net.simulate(20.0);
        net.set(sg, "spike_times", new double[] {5.0, 25.0});
        net.simulate(20.0);
        assertThat(net.spikeEvents(sr).timesOf(p.id(0))).containsExactly(26.0);
    }

    @Test
    void refractoryInputIsAttenuatedAndAddedWhenRefractorinessEnds() {
        for (boolean withInput : new boolean[] {true, false}) {
            Network net = new Network(H, 1);
            NodeCollection sg = net.create("spike_generator", 1,
                    Map.of("spike_times", new double[] {10.0, 11.5}, "spike_weights", new double[] {20.0, 5.0}));
            NodeCollection n = net.create("iaf_psc_delta", 1, Map.of("refractory_input", withInput));
            NodeCollection mm = net.create("multimeter", 1, Map.of("interval", H, "record_from", List.of("V_m")));
            NodeCollection sr = net.create("spike_recorder");
            net.connect(sg, n);
            net.connect(mm, n);
            net.connect(n, sr);
            net.simulate(20.0);
            assertThat(net.spikeEvents(sr).timesOf(n.id(0))).containsExactly(11.0);
            double[] v = vm(net, mm, n.id(0));
            // spike at 11.0 sets 20 refractory steps; the 5 mV input arrives at 12.5 with 6 of them left
            double expected = withInput ? 5.0 * Math.exp(-6 * H / TAU_M) : 0.0;
            assertThat(v[129] + 70.0).isEqualTo(0.0); // 13.0: still refractory
            assertThat(v[130] + 70.0).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void changingOnlyELKeepsAbsolutePotentialsLikeNest() {
        Network net = new Network(H, 1);
        NodeCollection n = net.create("iaf_psc_alpha", 1, Map.of("V_m", -65.0));
        net.set(n, "E_L", -60.0);
        assertThat(net.getDouble(n.id(0), "V_m")).isEqualTo(-65.0);
        assertThat(net.getDouble(n.id(0), "V_th")).isEqualTo(-55.0);
        net.simulate(100.0); // relaxes to the new E_L
        assertThat(net.getDouble(n.id(0), "V_m")).isCloseTo(-60.0, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void multimeterSamplesEveryIntervalUpToAndIncludingT() {
        Network net = new Network(H, 1);
        NodeCollection n = net.create("iaf_psc_alpha", 2);
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", 1.0, "record_from", List.of("V_m", "I_syn_ex")));
        net.connect(mm, n);
        net.simulate(10.0);
        MultimeterEvents ev = net.multimeterEvents(mm);
        assertThat(ev.timesOf(n.id(1))).hasSize(10);
        assertThat(Math.round(ev.timesOf(n.id(0))[0] / H)).isEqualTo(10);
        assertThat(Math.round(ev.timesOf(n.id(0))[9] / H)).isEqualTo(100);
        assertThat(ev.senders()).startsWith(n.id(0), n.id(1), n.id(0));
        assertThat(ev.values("I_syn_ex")).hasSize(20);
    }
}
