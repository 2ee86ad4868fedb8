package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The typed amplitude handle gives bit for bit what {@code Network.set(…, "amplitude", …)} gives. */
class DcAmplitudeTest {

    /** A closed loop: 4 generators, 6 neurons; every 2 ms new amplitudes (a quarter of them 0, as from a bin encoder). */
    private static double[][] run(boolean handle) {
        Network net = new Network(0.1, 7);
        NodeCollection dc = net.create("dc_generator", 4);
        NodeCollection n = net.create("iaf_psc_alpha", 6);
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", 0.1, "record_from", List.of("V_m")));
        NodeCollection sr = net.create("spike_recorder");
        net.connect(dc, n, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(0.7).withDelay(0.5));
        net.connect(mm, n);
        net.connect(n, sr);
        DcAmplitude h = handle ? net.dcAmplitude(dc) : null;
        SplittableRandom rng = new SplittableRandom(3);
        for (int step = 0; step < 100; step++) {
            for (int i = 0; i < dc.size(); i++) {
                double pA = rng.nextInt(4) == 0 ? 0.0 : rng.nextDouble(-200.0, 900.0);
                if (handle) {
                    h.set(i, pA);
                } else {
                    net.set(dc.get(i), "amplitude", pA);
                }
            }
            net.simulate(2.0);
        }
        MultimeterEvents v = net.multimeterEvents(mm);
        return new double[][] {v.values().get("V_m"), net.spikeEvents(sr).times(),
                Arrays.stream(net.spikeEvents(sr).senders()).asDoubleStream().toArray()};
    }

    @Test
    void setThroughTheHandleIsBitIdenticalToSetByName() {
        double[][] byName = run(false);
        double[][] byHandle = run(true);
        assertThat(byName[1]).as("the loop makes the neurons spike").hasSizeGreaterThan(10);
        for (int k = 0; k < byName.length; k++) {
            assertThat(Arrays.stream(byHandle[k]).mapToLong(Double::doubleToRawLongBits).toArray())
                    .isEqualTo(Arrays.stream(byName[k]).mapToLong(Double::doubleToRawLongBits).toArray());
        }
    }

    @Test
    void handleReadsWhatSetWroteAndWhatGetSees() {
        Network net = new Network();
        NodeCollection dc = net.create("dc_generator", 3, Map.of("amplitude", 5.0));
        DcAmplitude h = net.dcAmplitude(NodeCollection.of(dc.id(2), dc.id(0)));
        assertThat(h.size()).isEqualTo(2);
        h.set(0, 42.5);
        assertThat(net.getDouble(dc.id(2), "amplitude")).isEqualTo(42.5);
        assertThat(h.get(1)).isEqualTo(5.0);
    }

    @Test
    void badInputIsOneLineNamingTheValue() {
        Network net = new Network();
        NodeCollection dc = net.create("dc_generator", 2);
        NodeCollection n = net.create("iaf_psc_alpha");
        assertThatThrownBy(() -> net.dcAmplitude(n)).hasMessage("dc_amplitude.node: 3 (iaf_psc_alpha) is not allowed; must be a dc_generator");
        DcAmplitude h = net.dcAmplitude(dc);
        assertThatThrownBy(() -> h.set(2, 1.0)).hasMessage("dc_amplitude.index: 2 is not allowed; must be in [0, 2)");
        assertThatThrownBy(() -> h.set(0, Double.NaN)).hasMessage("dc_generator.amplitude: NaN is not allowed; must be a finite number");
        assertThat(h.get(0)).isZero();
    }
}
