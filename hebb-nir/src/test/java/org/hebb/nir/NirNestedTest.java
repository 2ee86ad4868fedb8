package org.hebb.nir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nested graph — the golden recurrent policy with its recurrent layer wrapped as snnTorch's importer wraps it
 * (a sub-graph Input → CubaLIF ⇄ Linear, CubaLIF → Output) — written, read and imported gives the same network as
 * the flat file.
 */
class NirNestedTest {

    @TempDir
    Path tmp;

    @Test
    void aNestedRecurrentLayerImportsAsTheFlatOne() throws Exception {
        NirNode.Graph flat = NirFile.read(NirGoldenTest.golden("recurrent_policy.nir"));
        Map<String, NirNode> inner = new LinkedHashMap<>();
        inner.put("input", new NirNode.Input(new long[] {8}, NirNode.meta()));
        inner.put("lif", flat.nodes().get("lif"));
        inner.put("w_rec", flat.nodes().get("fc_rec"));
        inner.put("output", new NirNode.Output(new long[] {8}, NirNode.meta()));
        List<String[]> innerEdges = new ArrayList<>(List.of(new String[] {"input", "lif"}, new String[] {"lif", "w_rec"},
                new String[] {"w_rec", "lif"}, new String[] {"lif", "output"}));
        Map<String, NirNode> outer = new LinkedHashMap<>();
        for (String k : List.of("input", "fc_in", "fc_out", "readout", "output")) {
            outer.put(k, flat.nodes().get(k));
        }
        outer.put("rnn", new NirNode.Graph(inner, innerEdges, NirNode.meta()));
        List<String[]> edges = new ArrayList<>(List.of(new String[] {"input", "fc_in"}, new String[] {"fc_in", "rnn"},
                new String[] {"rnn", "fc_out"}, new String[] {"fc_out", "readout"}, new String[] {"readout", "output"}));
        Path f = tmp.resolve("nested.nir");
        NirFile.write(new NirNode.Graph(outer, edges, NirNode.meta()), f);

        HebbNet nested = NirImport.read(NirFile.read(f), null, s -> { }).net();
        HebbNet plain = NirImport.read(flat, null, s -> { }).net();
        assertThat(nested.population("rnn.lif").neuron().get("tau_m")).containsExactly(plain.population("lif").neuron().get("tau_m"));
        assertThat(nested.projections()).extracting(p -> p.source() + "->" + p.target())
                .containsExactlyInAnyOrder("input->rnn.lif", "rnn.lif->rnn.lif", "rnn.lif->readout");
        for (var p : nested.projections()) {
            String s = p.source().equals("rnn.lif") ? "lif" : p.source(), t = p.target().equals("rnn.lif") ? "lif" : p.target();
            var q = plain.projections().stream().filter(x -> x.source().equals(s) && x.target().equals(t)).findFirst().orElseThrow();
            assertThat(p.weight()).isDeepEqualTo(q.weight());
        }
    }
}
