package org.hebb.nir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;
import org.junit.jupiter.api.Test;

/**
 * {@code --target snntorch} meets the checks snnTorch's importer makes (snntorch/import_nir.py): v_leak 0,
 * r = tau_mem/dt for CubaLIF (and tau/dt for LIF), one threshold per node, reset to 0; and says what it cannot meet.
 */
class NirSnnTorchTargetTest {

    private static HebbNet net(Map<String, Object> exc) {
        Network net = new Network(0.5, 1);
        Map<String, NodeCollection> labels = new LinkedHashMap<>();
        labels.put("in", net.create("parrot_neuron", 2));
        labels.put("exc", net.create("iaf_psc_exp", 3, exc));
        labels.put("delta", net.create("iaf_psc_delta", 2, Map.of("t_ref", 0.0)));
        net.connect(labels.get("in"), labels.get("exc"), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(100.0).withDelay(0.5));
        net.connect(labels.get("exc"), labels.get("delta"), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(2.0).withDelay(0.5));
        return HebbNet.read(net, labels, s -> { });
    }

    @Test
    void theFieldsPassSnnTorchsImporterChecks() {
        List<String> warnings = new ArrayList<>();
        NirNode.Graph g = NirExport.export(net(Map.of("t_ref", 0.0, "C_m", 200.0, "tau_m", 20.0)),
                NirExport.Target.SNNTORCH, true, warnings::add);
        assertThat(warnings).isEmpty();
        double dt = 0.5e-3;
        NirNode.CubaLif c = (NirNode.CubaLif) g.nodes().get("exc");
        for (int i = 0; i < 3; i++) {
            assertThat(c.r()[i]).isCloseTo(c.tauMem()[i] / dt, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(c.vLeak()[i]).isZero();
            assertThat(c.vReset()[i]).isZero();
            assertThat(c.wIn()[i]).isEqualTo(1.0);
            // snnTorch's mem = v·C_m/h: syn += W (pA) per spike and mem += syn per step, so the threshold is in pA·step
            assertThat(c.vThreshold()[i]).isEqualTo(15.0 * 200.0 / 0.5);
        }
        NirNode.Lif l = (NirNode.Lif) g.nodes().get("delta");
        assertThat(l.r()[0]).isCloseTo(l.tau()[0] / dt, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(l.vThreshold()).containsOnly(15.0);
        assertThat(g.metadata()).containsEntry("hebb_target", "snntorch");
    }

    @Test
    void whatSnnTorchCannotReadIsSaid() {
        HebbNet n = net(Map.of("t_ref", 0.0, "I_e", 10.0, "V_reset", -60.0));
        assertThatThrownBy(() -> NirExport.export(n, NirExport.Target.SNNTORCH, true, s -> { }))
                .hasMessageContaining("I_e != 0 (snnTorch needs v_leak = 0)")
                .hasMessageContaining("snnTorch resets to 0, V_reset != E_L");
    }
}
