package org.hebb.nir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input is refused with one line that names it. */
class NirBadInputTest {

    @TempDir
    Path tmp;

    @Test
    void aFileThatIsNotHdf5() throws Exception {
        Path f = tmp.resolve("graph.nir");
        Files.writeString(f, "{\"nodes\": {}}");
        assertThatThrownBy(() -> NirFile.read(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(f + ": not an HDF5 file (a .nir file is HDF5, signature \\x89HDF)");
    }

    @Test
    void anHdf5FileWithoutNode() throws Exception {
        Path f = tmp.resolve("empty.nir");
        try (WritableHdfFile w = HdfFile.write(f)) {
            w.putDataset("version", "1.0.7");
        }
        assertThatThrownBy(() -> NirFile.read(f)).hasMessage(f + ": no /node group; a NIR file holds its graph in /node");
    }

    @Test
    void anUnknownNodeTypeIsNamedWithTheSupportedOnes() throws Exception {
        Path f = tmp.resolve("conv.nir");
        try (WritableHdfFile w = HdfFile.write(f)) {
            w.putDataset("version", "1.0.7");
            WritableGroup n = w.putGroup("node");
            n.putDataset("type", "NIRGraph");
            n.putDataset("edges", new String[][] {{"input", "conv"}});
            WritableGroup nodes = n.putGroup("nodes");
            WritableGroup in = nodes.putGroup("input");
            in.putDataset("type", "Input");
            in.putDataset("shape", new long[] {1, 8, 8});
            WritableGroup c = nodes.putGroup("conv");
            c.putDataset("type", "Conv2d");
            c.putDataset("weight", new double[][] {{1}});
        }
        assertThatThrownBy(() -> NirFile.read(f)).hasMessage("/node/nodes/conv: node type 'Conv2d' is not supported;"
                + " supported: Input, Output, Linear, Affine, LIF, CubaLIF, CubaLI, NIRGraph");
    }

    @Test
    void shapesThatDoNotChainAlongAnEdge() throws Exception {
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        nodes.put("input", new NirNode.Input(new long[] {4}, NirNode.meta()));
        nodes.put("fc", new NirNode.Linear(new double[2][3], NirNode.meta()));
        List<String[]> edges = new ArrayList<>();
        edges.add(new String[] {"input", "fc"});
        NirNode.Graph g = new NirNode.Graph(nodes, edges, NirNode.meta());
        assertThatThrownBy(g::check).hasMessage("edge input -> fc: shapes do not chain; Input 'input' gives 4 values,"
                + " Linear 'fc' takes 3");
        assertThatThrownBy(() -> NirFile.write(g, tmp.resolve("bad.nir"))).hasMessageContaining("shapes do not chain");
        org.assertj.core.api.Assertions.assertThat(tmp.resolve("bad.nir")).doesNotExist();
    }

    @Test
    void strictExportSaysWhatNirCannotExpress() {
        HebbNet net = NirRoundTripTest.mixed(new ArrayList<>());
        assertThatThrownBy(() -> NirExport.export(net, NirExport.Target.NIR, true, s -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--strict: NIR cannot express population 'exc' (iaf_psc_exp): t_ref = 2.0 ms")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aModelWithoutANirNodeIsRefusedByName() {
        HebbNet net = new HebbNet(0.1, List.of(new HebbNet.Population("p", "poisson_neuron", 1, Map.of("x", new double[1]),
                Map.of())), List.of());
        assertThatThrownBy(() -> NirExport.export(net, NirExport.Target.NIR, false, s -> { }))
                .hasMessageStartingWith("population 'p': model poisson_neuron has no NIR node; exportable: ");
    }
}
