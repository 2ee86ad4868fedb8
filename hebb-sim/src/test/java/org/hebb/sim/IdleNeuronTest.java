package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * iaf_psc_alpha skips neurons at rest with no input due (the all-zero state is a fixed point of its update).
 * A population with one neuron's tau_minus changed takes the per-neuron path, which never skips; both must
 * give the same bits under sparse spikes, zero and negative weights, currents switched on and off, and V_m set.
 */
class IdleNeuronTest {

    private static double[][] run(boolean mixed) {
        Network net = new Network(0.2, 3);
        NodeCollection sg = net.create("spike_generator", 1, Map.of("spike_times", new double[] {1.0, 1.0, 7.4, 30.0, 61.2}));
        NodeCollection parrot = net.create("parrot_neuron");
        NodeCollection pop = net.create("iaf_psc_alpha", 8, Map.of("t_ref", 1.0));
        if (mixed) {
            net.set(pop.get(7), "tau_minus", 33.0); // no effect on the dynamics, but the population is not uniform
        }
        NodeCollection dc = net.create("dc_generator", 2);
        net.connect(sg, parrot);
        double[] w = {300.0, -250.0, 0.0, 1e-310, 900.0, -0.0, 40000.0, 5.0};
        for (int i = 0; i < 8; i++) {
            net.connect(parrot, pop.get(i), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(w[i]).withDelay(0.2 * (i + 1)));
        }
        net.connect(dc.get(0), pop.get(2));
        net.connect(dc.get(1), pop.get(5), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(-1.0).withDelay(2.0));
        net.connect(pop.get(6), pop, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(700.0).withDelay(1.0));
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", 0.2, "record_from", List.of("V_m", "I_syn_ex", "I_syn_in")));
        NodeCollection sr = net.create("spike_recorder");
        net.connect(mm, pop);
        net.connect(pop, sr);
        net.simulate(20.0);
        net.set(dc.get(0), "amplitude", 40000.0);
        net.set(dc.get(1), "amplitude", 600.0);
        net.simulate(20.0);
        net.set(dc.get(0), "amplitude", 0.0);
        net.set(dc.get(1), "amplitude", 0.0);
        net.simulate(30.0);
        net.set(pop.get(3), "V_m", -60.0);
        net.simulate(40.0);
        MultimeterEvents m = net.multimeterEvents(mm);
        SpikeEvents s = net.spikeEvents(sr);
        double[] steps = new double[s.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = s.steps()[i] * 1000.0 + s.senders()[i];
        }
        return new double[][] {m.values("V_m"), m.values("I_syn_ex"), m.values("I_syn_in"), steps};
    }

    @Test
    void skippingIdleNeuronsChangesNoBit() {
        double[][] uniform = run(false);
        double[][] mixed = run(true);
        for (int k = 0; k < uniform.length; k++) {
            assertThat(uniform[k]).isEqualTo(mixed[k]); // Arrays.equals: bitwise for doubles
        }
        assertThat(uniform[3].length).isGreaterThan(20);
    }
}
