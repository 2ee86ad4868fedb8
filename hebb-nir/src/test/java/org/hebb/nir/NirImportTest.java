package org.hebb.nir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Graph shapes hebb imports, and those it refuses naming the nodes. */
class NirImportTest {

    private static NirNode.Graph graph(Map<String, NirNode> nodes, String... edges) {
        List<String[]> e = new ArrayList<>();
        for (String x : edges) {
            e.add(x.split(">"));
        }
        return new NirNode.Graph(nodes, e, NirNode.meta()).check();
    }

    private static NirNode.Lif lif(int n) {
        double[] tau = new double[n], r = new double[n], zero = new double[n], th = new double[n];
        java.util.Arrays.fill(tau, 0.01);
        java.util.Arrays.fill(r, 0.01);
        java.util.Arrays.fill(th, 1.0);
        return new NirNode.Lif(tau, r, zero, th, zero.clone(), NirNode.meta());
    }

    @Test
    void anAffineSummingTwoInputsAddsItsBiasOnceAndBothWeights() {
        Map<String, NirNode> n = new LinkedHashMap<>();
        n.put("a", new NirNode.Input(new long[] {2}, NirNode.meta()));
        n.put("b", new NirNode.Input(new long[] {2}, NirNode.meta()));
        n.put("fc", new NirNode.Affine(new double[][] {{1, 2}, {3, 4}}, new double[] {0.5, 0}, NirNode.meta()));
        n.put("lif", lif(2));
        HebbNet net = NirImport.read(graph(n, "a>fc", "b>fc", "fc>lif"), 0.1, s -> { }).net();
        assertThat(net.projections()).extracting(p -> p.source() + "->" + p.target()).containsExactly("a->lif", "b->lif");
        // r = tau: a weight is the jump in mV; the bias moves the rest by r·b = 0.005 mV: I_e·tau_m/C_m
        assertThat(net.projections().get(0).weight()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
        assertThat(net.projections().get(1).weight()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
        HebbNet.Population p = net.population("lif");
        assertThat(p.get("I_e", 0) * p.get("tau_m", 0) / p.get("C_m", 0)).isCloseTo(0.005, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(p.get("I_e", 1)).isZero();
    }

    @Test
    void twoWeightNodesInARowAreRefused() {
        Map<String, NirNode> n = new LinkedHashMap<>();
        n.put("in", new NirNode.Input(new long[] {2}, NirNode.meta()));
        n.put("w1", new NirNode.Linear(new double[2][2], NirNode.meta()));
        n.put("w2", new NirNode.Linear(new double[2][2], NirNode.meta()));
        n.put("lif", lif(2));
        assertThatThrownBy(() -> NirImport.read(graph(n, "in>w1", "w1>w2", "w2>lif"), 0.1, s -> { }))
                .hasMessage("edge w1 -> w2: a Linear cannot receive from a weight node here; hebb connects weights into"
                        + " neuron nodes (LIF, CubaLIF, CubaLI)");
    }

    @Test
    void aWeightNodeFeedingAnOutputIsRefusedNamingBoth() {
        Map<String, NirNode> n = new LinkedHashMap<>();
        n.put("in", new NirNode.Input(new long[] {2}, NirNode.meta()));
        n.put("w", new NirNode.Linear(new double[3][2], NirNode.meta()));
        n.put("out", new NirNode.Output(new long[] {3}, NirNode.meta()));
        assertThatThrownBy(() -> NirImport.read(graph(n, "in>w", "w>out"), 0.1, s -> { }))
                .hasMessage("edge w -> out: an Output cannot receive from a weight node here; hebb connects weights into"
                        + " neuron nodes (LIF, CubaLIF, CubaLI)");
    }

    @Test
    void aResolutionThatIsNotPositiveIsRefused() {
        Map<String, NirNode> n = new LinkedHashMap<>();
        n.put("lif", lif(1));
        assertThatThrownBy(() -> NirImport.read(graph(n), 0.0, s -> { }))
                .hasMessage("resolution: 0.0 is not allowed; must be > 0 ms");
    }
}
