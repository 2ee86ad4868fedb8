package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every bad input gives one IllegalArgumentException line naming field, value and what is allowed. */
class ValidationTest {

    private static void rejects(Runnable r, String... parts) {
        assertThatThrownBy(r::run).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("\n").contains("is not allowed; must be");
                    for (String p : parts) {
                        assertThat(e.getMessage()).contains(p);
                    }
                });
    }

    @Test
    void unknownModelListsValidNames() {
        rejects(() -> new Network().create("iaf_psc_gamma", 1), "model", "iaf_psc_gamma", "iaf_psc_alpha", "parrot_neuron");
    }

    @Test
    void unknownParameterListsValidNames() {
        rejects(() -> new Network().create("iaf_psc_alpha", 1, Map.of("tau_mem", 5.0)), "iaf_psc_alpha", "tau_mem", "tau_m", "V_th");
        Network net = new Network();
        NodeCollection dc = net.create("dc_generator");
        rejects(() -> net.set(dc, "amp", 1.0), "dc_generator", "amp", "amplitude");
        rejects(() -> net.get(dc.id(0), "amp"), "amp", "amplitude");
    }

    @Test
    void delayBelowResolutionOrOffGrid() {
        Network net = new Network(0.1, 1);
        NodeCollection n = net.create("iaf_psc_alpha", 2);
        rejects(() -> net.connect(n, n, ConnSpec.allToAll(), SynSpec.staticSynapse().withDelay(0.0)), "delay", "0.0", "resolution");
        rejects(() -> net.connect(n, n, ConnSpec.allToAll(), SynSpec.staticSynapse().withDelay(0.15)), "delay", "0.15", "multiple");
        assertThat(net.getConnections().size()).isZero();
    }

    @Test
    void badResolution() {
        rejects(() -> new Network(0.0, 1), "resolution", "0.0", "> 0");
        rejects(() -> new Network(-0.1, 1), "resolution", "-0.1");
        rejects(() -> new Network(Double.NaN, 1), "resolution", "NaN");
    }

    @Test
    void nonPositiveTimeConstantsAndCapacitance() {
        Network net = new Network();
        rejects(() -> net.create("iaf_psc_alpha", 1, Map.of("tau_m", -1.0)), "iaf_psc_alpha.tau_m", "-1.0", "> 0");
        rejects(() -> net.create("iaf_psc_exp", 1, Map.of("tau_syn_ex", 0.0)), "iaf_psc_exp.tau_syn_ex", "0.0", "> 0");
        rejects(() -> net.create("iaf_psc_delta", 1, Map.of("C_m", 0.0)), "iaf_psc_delta.C_m", "> 0");
        rejects(() -> net.create("iaf_psc_alpha", 1, Map.of("t_ref", -2.0)), "t_ref", ">= 0");
    }

    @Test
    void resetNotBelowThresholdAndNothingChanges() {
        Network net = new Network();
        NodeCollection n = net.create("iaf_psc_alpha");
        rejects(() -> net.set(n, Map.of("V_reset", -50.0, "tau_m", 20.0)), "V_reset", "-50.0", "< V_th");
        assertThat(net.getDouble(n.id(0), "tau_m")).isEqualTo(10.0); // all or nothing
        assertThat(net.getDouble(n.id(0), "V_reset")).isEqualTo(-70.0);
        rejects(() -> net.set(n, "V_th", -80.0), "V_reset", "< V_th = -80.0");
    }

    @Test
    void nanAndInfiniteValues() {
        Network net = new Network();
        NodeCollection n = net.create("iaf_psc_alpha");
        rejects(() -> net.set(n, "I_e", Double.NaN), "iaf_psc_alpha.I_e", "NaN", "finite");
        rejects(() -> net.set(n, "E_L", Double.POSITIVE_INFINITY), "iaf_psc_alpha.E_L", "Infinity", "finite");
        rejects(() -> net.set(n, "V_m", Double.NaN), "V_m", "NaN");
        NodeCollection dc = net.create("dc_generator");
        rejects(() -> net.set(dc, "amplitude", Double.NEGATIVE_INFINITY), "dc_generator.amplitude", "finite");
        rejects(() -> SynSpec.staticSynapse().withWeight(Double.NaN), "weight", "NaN");
        rejects(() -> net.simulate(Double.POSITIVE_INFINITY), "simulate.t");
    }

    @Test
    void unknownConnectionRuleAndSynapseModel() {
        rejects(() -> ConnSpec.of(Map.of("rule", "fixed_total_numbr")), "conn_spec.rule", "fixed_total_numbr", "all_to_all", "pairwise_bernoulli");
        rejects(() -> SynSpec.of(Map.of("synapse_model", "stdp_synaps")), "model", "stdp_synaps", "static_synapse");
        rejects(() -> ConnSpec.pairwiseBernoulli(1.5), "pairwise_bernoulli.p", "1.5", "[0, 1]");
    }

    @Test
    void fixedIndegreeLargerThanSourcesWithoutMultapses() {
        Network net = new Network();
        NodeCollection pre = net.create("iaf_psc_alpha", 5);
        NodeCollection post = net.create("iaf_psc_alpha", 2);
        rejects(() -> net.connect(pre, post, ConnSpec.fixedIndegree(6).withMultapses(false), SynSpec.staticSynapse()),
                "fixed_indegree.indegree", "6", "<= 5", "allow_multapses");
        rejects(() -> net.connect(pre, pre, ConnSpec.fixedIndegree(5).withMultapses(false).withAutapses(false), SynSpec.staticSynapse()),
                "fixed_indegree.indegree", "<= 4");
        assertThat(net.getConnections().size()).isZero();
    }

    @Test
    void nonexistentNodeId() {
        Network net = new Network();
        net.create("iaf_psc_alpha", 3);
        rejects(() -> net.get(4, "V_m"), "node_id", "4", "[1, 3]");
        rejects(() -> net.get(0, "V_m"), "node_id", "0");
        rejects(() -> net.connect(NodeCollection.of(1), NodeCollection.of(9)), "node_id", "9");
        rejects(() -> net.set(NodeCollection.of(7), "I_e", 1.0), "node_id", "7");
    }

    @Test
    void otherBadInputs() {
        Network net = new Network();
        NodeCollection n = net.create("iaf_psc_alpha", 2);
        NodeCollection mm = net.create("multimeter", 1, Map.of("record_from", List.of("V_mem")));
        net.connect(mm, n);
        rejects(() -> net.simulate(1.0), "multimeter.record_from", "V_mem", "I_syn_ex");
        rejects(() -> net.create("multimeter", 1, Map.of("interval", 0.05)), "multimeter.interval", "0.05", "multiple");
        rejects(() -> net.connect(n, n, ConnSpec.allToAll(), SynSpec.staticSynapse().withReceptorType(1)), "receptor_type", "1");
        rejects(() -> net.connect(n, n, ConnSpec.oneToOne(), SynSpec.staticSynapse().withWeight(new double[] {1, 2, 3})), "weight", "length 2");
        rejects(() -> net.simulate(0.05), "simulate.t", "0.05", "multiple");
        rejects(() -> net.create("spike_generator", 1, Map.of("spike_times", new double[] {2.0, 1.0})), "spike_generator.spike_times", "1.0");
        NodeCollection dc = net.create("dc_generator");
        rejects(() -> net.connect(n, dc), "connect.target", "dc_generator", "a neuron");
        rejects(() -> net.create("iaf_psc_alpha", 0), "create.n", "0");
    }
}
