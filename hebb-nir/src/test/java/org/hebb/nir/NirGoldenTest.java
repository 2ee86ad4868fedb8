package org.hebb.nir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hebb.nir.HebbNet.Population;
import org.hebb.nir.HebbNet.Projection;
import org.junit.jupiter.api.Test;

/**
 * The three graphs NIR's own Python implementation wrote (src/test/resources/nir, copied from the shared golden
 * data with their README) read with the node types, shapes, parameters and edges the README and h5py give, and
 * import into the hebb networks docs/nir.md derives.
 */
class NirGoldenTest {

    static Path golden(String name) {
        return Path.of("src/test/resources/nir", name);
    }

    private static List<String> edges(NirNode.Graph g) {
        List<String> e = new ArrayList<>();
        for (String[] x : g.edges()) {
            e.add(x[0] + "->" + x[1]);
        }
        return e;
    }

    @Test
    void ffCubaLifReadsAsTheReadmeSays() throws Exception {
        NirNode.Graph g = NirFile.read(golden("ff_cubalif.nir"));
        assertThat(g.nodes().keySet()).containsExactlyInAnyOrder("input", "fc", "lif", "output");
        assertThat(edges(g)).containsExactly("input->fc", "fc->lif", "lif->output");
        assertThat(((NirNode.Input) g.nodes().get("input")).shape()).containsExactly(3);
        assertThat(((NirNode.Output) g.nodes().get("output")).shape()).containsExactly(2);
        // the weights as h5py prints them from the file
        assertThat(((NirNode.Linear) g.nodes().get("fc")).weight()).isDeepEqualTo(
                new double[][] {{120.0, -40.0, 75.5}, {10.0, 300.0, -150.25}});
        NirNode.CubaLif lif = (NirNode.CubaLif) g.nodes().get("lif");
        assertThat(lif.tauSyn()).containsExactly(0.005, 0.005);
        assertThat(lif.tauMem()).containsExactly(0.01, 0.01);
        assertThat(lif.r()).containsExactly(40.0, 40.0);
        assertThat(lif.vLeak()).containsExactly(0.0, 0.0);
        assertThat(lif.vThreshold()).containsExactly(15.0, 15.0);
        assertThat(lif.vReset()).containsExactly(0.0, 0.0);
        assertThat(lif.wIn()).containsExactly(0.005, 0.005);
    }

    @Test
    void ffCubaLifImportsAsIafPscExp() throws Exception {
        NirImport.Imported im = NirImport.read(NirFile.read(golden("ff_cubalif.nir")), null, s -> { });
        HebbNet net = im.net();
        assertThat(net.resolutionMs()).isEqualTo(NirImport.DEFAULT_RESOLUTION_MS);
        Population in = net.population("input");
        assertThat(in.model()).isEqualTo("parrot_neuron");
        assertThat(in.size()).isEqualTo(3);
        Population lif = net.population("lif");
        assertThat(lif.model()).isEqualTo("iaf_psc_exp");
        for (int i = 0; i < 2; i++) {
            assertThat(lif.get("tau_m", i)).isEqualTo(10.0);
            assertThat(lif.get("tau_syn_ex", i)).isEqualTo(5.0);
            assertThat(lif.get("tau_syn_in", i)).isEqualTo(5.0);
            assertThat(lif.get("C_m", i)).isEqualTo(10.0 / 40.0); // tau_m / r
            assertThat(lif.get("E_L", i)).isEqualTo(0.0);
            assertThat(lif.get("V_th", i)).isEqualTo(15.0);
            assertThat(lif.get("V_reset", i)).isEqualTo(0.0);
            assertThat(lif.get("I_e", i)).isEqualTo(0.0);
            assertThat(lif.get("t_ref", i)).isEqualTo(0.0);
        }
        assertThat(net.projections()).hasSize(1);
        Projection p = net.projections().get(0);
        assertThat(p.source()).isEqualTo("input");
        assertThat(p.target()).isEqualTo("lif");
        // w_in / tau_syn = 1: a Linear weight is the current jump in pA
        assertThat(p.weight()).isDeepEqualTo(new double[][] {{120.0, -40.0, 75.5}, {10.0, 300.0, -150.25}});
        assertThat(p.delay()[0]).containsOnly(NirImport.DEFAULT_RESOLUTION_MS);
        assertThat(im.outputs()).containsEntry("output", "lif");
    }

    @Test
    void affineLifImportsAsIafPscDeltaWithTheBiasAsCurrent() throws Exception {
        NirNode.Graph g = NirFile.read(golden("affine_lif.nir"));
        assertThat(edges(g)).containsExactly("input->affine", "affine->lif", "lif->output");
        NirNode.Affine a = (NirNode.Affine) g.nodes().get("affine");
        assertThat(a.weight()).isDeepEqualTo(new double[][] {{1.5, -0.5}, {0.25, 2.0}, {-1.0, 1.0}});
        assertThat(a.bias()).containsExactly(0.1, 0.0, -0.2);
        NirNode.Lif l = (NirNode.Lif) g.nodes().get("lif");
        assertThat(l.tau()).containsExactly(0.02, 0.01, 0.005);
        assertThat(l.r()).containsExactly(1.0, 1.0, 2.0);
        assertThat(l.vThreshold()).containsExactly(1.0, 0.8, 1.2);

        HebbNet net = NirImport.read(g, null, s -> { }).net();
        Population lif = net.population("lif");
        assertThat(lif.model()).isEqualTo("iaf_psc_delta");
        assertThat(lif.neuron().get("tau_m")).containsExactly(20.0, 10.0, 5.0);
        assertThat(lif.neuron().get("V_th")).containsExactly(1.0, 0.8, 1.2);
        // a spike of weight W moves v by r·W/tau (tau in s): scales 50, 100, 400 per unit weight
        Projection p = net.projections().get(0);
        assertThat(p.weight()[0]).containsExactly(1.5 * 50, -0.5 * 50);
        assertThat(p.weight()[1]).containsExactly(0.25 * 100, 2.0 * 100);
        assertThat(p.weight()[2]).containsExactly(-1.0 * 400, 1.0 * 400);
        // the bias moves the rest by r·b: I_e·tau_m/C_m = r·b (0.1 mV and −0.4 mV)
        double[] iE = lif.neuron().get("I_e");
        assertThat(iE[0] * 20.0 / lif.get("C_m", 0)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(iE[1]).isEqualTo(0.0);
        assertThat(iE[2] * 5.0 / lif.get("C_m", 2)).isCloseTo(-0.4, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void recurrentPolicyImportsWithItsRecurrentEdgeAndReadout() throws Exception {
        NirNode.Graph g = NirFile.read(golden("recurrent_policy.nir"));
        assertThat(edges(g)).containsExactly("input->fc_in", "fc_in->lif", "lif->fc_rec", "fc_rec->lif",
                "lif->fc_out", "fc_out->readout", "readout->output");
        assertThat(((NirNode.Linear) g.nodes().get("fc_in")).weight()).hasDimensions(8, 4);
        assertThat(((NirNode.Linear) g.nodes().get("fc_rec")).weight()).hasDimensions(8, 8);
        assertThat(((NirNode.Linear) g.nodes().get("fc_out")).weight()).hasDimensions(2, 8);
        assertThat(((NirNode.Linear) g.nodes().get("fc_in")).weight()[0]).containsExactly(20.319, 83.259, -83.638, 4.331);
        NirNode.CubaLi ro = (NirNode.CubaLi) g.nodes().get("readout");
        assertThat(ro.tauMem()).containsExactly(0.02, 0.02);
        assertThat(ro.tauSyn()).containsExactly(0.005, 0.005);

        NirImport.Imported im = NirImport.read(g, null, s -> { });
        HebbNet net = im.net();
        assertThat(net.populations()).extracting(Population::label).containsExactly("input", "lif", "readout");
        Population readout = net.population("readout");
        assertThat(readout.model()).isEqualTo("iaf_psc_exp");
        assertThat(readout.neuron().get("V_th")).containsOnly(Neurons.NEVER);
        assertThat(readout.neuron().get("tau_m")).containsOnly(20.0);
        assertThat(readout.neuron().get("C_m")).containsOnly(0.5);
        assertThat(net.projections()).extracting(p -> p.source() + "->" + p.target())
                .containsExactlyInAnyOrder("input->lif", "lif->lif", "lif->readout");
        double[][] rec = ((NirNode.Linear) g.nodes().get("fc_rec")).weight();
        Projection self = net.projections().stream().filter(p -> p.source().equals("lif") && p.target().equals("lif"))
                .findFirst().orElseThrow();
        assertThat(self.weight()).isDeepEqualTo(rec);
        assertThat(im.outputs()).containsEntry("output", "readout");
    }

    @Test
    void everyGoldenGraphBuildsAndRunsInHebb() throws Exception {
        for (String f : List.of("ff_cubalif.nir", "affine_lif.nir", "recurrent_policy.nir")) {
            HebbNet net = NirImport.read(NirFile.read(golden(f)), null, s -> { }).net();
            org.hebb.sim.Network sim = new org.hebb.sim.Network(net.resolutionMs(), 1);
            assertThat(net.build(sim)).hasSize(net.populations().size());
            sim.simulate(10.0);
        }
    }
}
