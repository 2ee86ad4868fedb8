package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kernel queries the Python interface reads (num_connections, min/max delay) and setting connection weights. */
class KernelQueriesTest {

    @Test
    void countsAndDelaysFollowTheConnections() {
        Network net = new Network(0.1, 1);
        assertThat(net.minDelay()).isEqualTo(0.1);
        assertThat(net.maxDelay()).isEqualTo(0.1);
        NodeCollection n = net.create("iaf_psc_alpha", 3);
        net.connect(n.get(0), n.slice(1, 3), ConnSpec.allToAll(), SynSpec.staticSynapse().withDelay(1.5));
        net.connect(n.get(1), n.get(2), ConnSpec.allToAll(), SynSpec.staticSynapse().withDelay(0.3));
        assertThat(net.numConnections("static_synapse")).isEqualTo(3);
        assertThat(net.numConnections("stdp_synapse")).isZero();
        assertThat(net.minDelay()).isEqualTo(3 * 0.1);
        assertThat(net.maxDelay()).isEqualTo(15 * 0.1);
        assertThatThrownBy(() -> net.numConnections("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("synapse_model: 'nope' is not allowed; must be one of static_synapse");
    }

    @Test
    void setWeightsChangesOnlyTheGivenConnectionsAndTheDynamics() {
        Network a = twoNeurons(1000.0);
        Network b = twoNeurons(1.0);
        assertThat(b.getConnections().sources()).containsExactly(1, 3); // sorted by source: 1 -> 2 first
        b.setConnectionWeights("static_synapse", new int[] {0}, new double[] {1000.0});
        assertThat(b.getConnections().weights()).containsExactly(1000.0, 1.0);
        a.simulate(200.0);
        b.simulate(200.0);
        assertThat(b.getDouble(2, "V_m")).isEqualTo(a.getDouble(2, "V_m"));
        assertThat(b.getDouble(2, "V_m")).isNotEqualTo(-70.0);
    }

    @Test
    void setWeightsRefusesBadValues() {
        Network net = twoNeurons(1.0);
        assertThatThrownBy(() -> net.setConnectionWeights("static_synapse", new int[] {2}, new double[] {1.0}))
                .hasMessage("connection: 2 is not allowed; must be in [0, 2) (connections of static_synapse)");
        assertThatThrownBy(() -> net.setConnectionWeights("static_synapse", new int[] {0}, new double[] {Double.NaN}))
                .hasMessage("static_synapse.weight: NaN is not allowed; must be a finite number");
        NodeCollection p = net.create("parrot_neuron", 2);
        net.connect(p.get(0), p.get(1), ConnSpec.allToAll(), SynSpec.of(Map.of("synapse_model", "stdp_synapse", "weight", 50.0, "Wmax", 100.0)));
        assertThatThrownBy(() -> net.setConnectionWeights("stdp_synapse", new int[] {0}, new double[] {150.0}))
                .hasMessageContaining("stdp_synapse.weight: 150.0 is not allowed");
        assertThat(net.getConnections("stdp_synapse").weights()).containsExactly(50.0);
    }

    @Test
    void copiedSynapseModelsKeepTheirOwnConnectionsAndBehaveAsTheOriginal() {
        Network plain = twoNeurons(1000.0);
        Network copied = new Network(0.1, 1);
        copied.copySynapseModel("static_synapse", "excitatory");
        NodeCollection n = copied.create("iaf_psc_alpha", 2);
        NodeCollection dc = copied.create("dc_generator", 1, Map.of("amplitude", 500.0));
        copied.connect(dc, n.get(0), ConnSpec.allToAll(), SynSpec.staticSynapse(), "excitatory");
        copied.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(1000.0), "excitatory");
        plain.simulate(300.0);
        copied.simulate(300.0);
        assertThat(copied.getDouble(2, "V_m")).isEqualTo(plain.getDouble(2, "V_m"));
        assertThat(copied.numConnections("excitatory")).isEqualTo(1); // the dc link went to the static table
        assertThat(copied.numConnections("static_synapse")).isEqualTo(1);
        assertThat(copied.getConnections("excitatory").weights()).containsExactly(1000.0);
        assertThatThrownBy(() -> copied.copySynapseModel("static_synapse", "excitatory"))
                .hasMessage("copy.name: 'excitatory' is not allowed; must be a new model name");
        assertThatThrownBy(() -> copied.connect(n, n, ConnSpec.allToAll(), SynSpec.of("stdp_synapse"), "excitatory"))
                .hasMessage("syn_spec.synapse_model: 'excitatory' is not allowed; must be 'stdp_synapse' or a copy of it made by copySynapseModel");
    }

    /** dc 500 pA -> neuron 1 (weight 1); neuron 1 -> neuron 2 with weight w. */
    private static Network twoNeurons(double w) {
        Network net = new Network(0.1, 1);
        NodeCollection n = net.create("iaf_psc_alpha", 2);
        NodeCollection dc = net.create("dc_generator", 1, Map.of("amplitude", 500.0));
        net.connect(dc, n.get(0));
        net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(w));
        return net;
    }
}
