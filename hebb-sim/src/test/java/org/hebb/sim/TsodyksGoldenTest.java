package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The golden {@code tsodyks2_depressing} and {@code tsodyks_depressing} runs (NEST 3.9, nest_models/README.md):
 * spike_generator (10, 30, ..., 190, 500, 520, 900 ms) -> parrot_neuron -> iaf_psc_exp (V_th 1000 mV) through the
 * short-term plastic synapse, weight 250 pA; 1000 ms, h 0.1. Bits: V_m and I_syn_ex within 1e-9 at every sample;
 * the final x and u of tsodyks2 as NEST's; the weight_recorder sees the transmitted weights.
 */
class TsodyksGoldenTest {

    static final double[] TIMES = {10, 30, 50, 70, 90, 110, 130, 150, 170, 190, 500, 520, 900};

    private record Run(Network net, NodeCollection mm, NodeCollection target, NodeCollection wr) {
    }

    private static Run run(String synapse, Map<String, Object> syn, Map<String, Object> target) {
        Network net = new Network(0.1, 1);
        NodeCollection sg = net.create("spike_generator", 1, Map.of("spike_times", TIMES));
        NodeCollection parrot = net.create("parrot_neuron");
        NodeCollection n = net.create("iaf_psc_exp", 1, target);
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", 0.1, "record_from", List.of("V_m", "I_syn_ex")));
        NodeCollection wr = net.create("weight_recorder");
        net.connect(sg, parrot, ConnSpec.allToAll(), SynSpec.staticSynapse().withDelay(1.0));
        Map<String, Object> spec = new java.util.HashMap<>(syn);
        spec.put("synapse_model", synapse);
        spec.put("weight", 250.0);
        spec.put("delay", 1.0);
        spec.put("weight_recorder", wr);
        net.connect(parrot, n, ConnSpec.allToAll(), SynSpec.of(spec));
        net.connect(mm, n);
        net.simulate(1000.0);
        return new Run(net, mm, n, wr);
    }

    @Test
    void tsodyks2MatchesNest() {
        Run r = run("tsodyks2_synapse", Map.of("U", 0.5, "u", 0.5, "tau_rec", 800.0, "tau_fac", 0.0), Map.of("V_th", 1000.0));
        double[] worst = NestModelsCheck.traces("tsodyks2_depressing_vm.csv", r.net.multimeterEvents(r.mm), 0.1,
                r.target.ids(), List.of("V_m", "I_syn_ex"), 1e-9);
        assertThat(r.net.getConnectionState("tsodyks2_synapse", "x")).containsExactly(0.43706017555131105); // summary.json final_x
        assertThat(r.net.getConnectionState("tsodyks2_synapse", "u")).containsExactly(0.5);
        System.out.printf("tsodyks2_depressing: max |V_m diff| %.3g, |I_syn_ex diff| %.3g%n", worst[0], worst[1]);
        checkWeightRecorder(r, 13);
    }

    @Test
    void tsodyksMatchesNest() {
        Run r = run("tsodyks_synapse", Map.of("U", 0.5, "u", 0.0, "x", 1.0, "y", 0.0, "tau_psc", 3.0, "tau_rec", 800.0, "tau_fac", 0.0),
                Map.of("V_th", 1000.0, "tau_syn_ex", 3.0));
        double[] worst = NestModelsCheck.traces("tsodyks_depressing_vm.csv", r.net.multimeterEvents(r.mm), 0.1,
                r.target.ids(), List.of("V_m", "I_syn_ex"), 1e-9);
        System.out.printf("tsodyks_depressing: max |V_m diff| %.3g, |I_syn_ex diff| %.3g%n", worst[0], worst[1]);
        double[] x = r.net.getConnectionState("tsodyks_synapse", "x"), y = r.net.getConnectionState("tsodyks_synapse", "y");
        assertThat(x[0] + y[0]).isBetween(0.0, 1.0);
        checkWeightRecorder(r, 13);
    }

    /**
     * The weight_recorder's weights are the transmitted ones: each is the jump of I_syn_ex (iaf_psc_exp adds the
     * weight to the current in the step the spike arrives, 1 ms after the stamp) up to the current's decay.
     */
    private static void checkWeightRecorder(Run r, int n) {
        WeightEvents ev = r.net.weightEvents(r.wr);
        assertThat(ev.weights()).hasSize(n);
        MultimeterEvents mm = r.net.multimeterEvents(r.mm);
        double[] iEx = mm.trace("I_syn_ex", r.target.id(0));
        double tau = ((Number) r.net.get(r.target.id(0), "tau_syn_ex")).doubleValue();
        for (int s = 0; s < n; s++) {
            int k = (int) Math.round((ev.times()[s] + 1.0) / 0.1) - 1; // the sample of the arrival step
            double jump = iEx[k] - iEx[k - 1] * Math.exp(-0.1 / tau);
            assertThat(jump).as("spike %d", s).isCloseTo(ev.weights()[s], org.assertj.core.data.Offset.offset(1e-9));
            assertThat(ev.weights()[s]).isLessThanOrEqualTo(250.0);
        }
        assertThat(ev.weights()[1]).isLessThan(ev.weights()[0]); // depressing
    }
}
