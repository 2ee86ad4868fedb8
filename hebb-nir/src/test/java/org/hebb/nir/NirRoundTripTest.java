package org.hebb.nir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hebb.learn.task.Task;
import org.hebb.nir.HebbNet.Population;
import org.hebb.nir.HebbNet.Projection;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export then import gives the same network, every parameter, weight and delay bit for bit. */
class NirRoundTripTest {

    @TempDir
    Path tmp;

    /** A network with every exportable model, parameters off NEST's defaults, two delays and random weights. */
    static HebbNet mixed(List<String> notes) {
        Network net = new Network(0.1, 7);
        Map<String, NodeCollection> labels = new LinkedHashMap<>();
        labels.put("in", net.create("parrot_neuron", 3));
        labels.put("dc", net.create("dc_generator", 2, Map.of("amplitude", 380.5)));
        labels.put("exc", net.create("iaf_psc_exp", 4, Map.of("tau_m", 12.3, "C_m", 187.1, "t_ref", 2.0, "E_L", -65.3,
                "V_th", -50.1, "V_reset", -70.7, "I_e", 13.7, "tau_syn_ex", 3.3, "tau_syn_in", 1.7)));
        labels.put("alpha", net.create("iaf_psc_alpha", 3, Map.of("tau_m", 15.0, "C_m", 300.0, "tau_syn_ex", 0.7,
                "V_m", -68.0)));
        labels.put("delta", net.create("iaf_psc_delta", 2, Map.of("tau_m", 7.5, "I_e", 100.0, "C_m", 120.0)));
        labels.put("readout", net.create("iaf_psc_exp", 2, Map.of("V_th", Neurons.NEVER, "t_ref", 0.0)));
        net.set(labels.get("exc").get(2), Map.of("tau_m", 9.1, "V_th", -52.2)); // per-neuron values
        Random rnd = new Random(3);
        String[][] pairs = {{"in", "exc"}, {"exc", "exc"}, {"exc", "alpha"}, {"dc", "alpha"}, {"alpha", "delta"},
            {"delta", "readout"}, {"exc", "readout"}};
        for (String[] p : pairs) {
            NodeCollection s = labels.get(p[0]), t = labels.get(p[1]);
            double[] w = new double[s.size() * t.size()];
            for (int k = 0; k < w.length; k++) {
                w[k] = Math.round((rnd.nextDouble() * 400 - 200) * 1000) / 1000.0;
            }
            net.connect(s, t, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(w).withDelay(p[0].equals("exc") ? 2.5 : 1.0));
        }
        return HebbNet.read(net, labels, notes::add);
    }

    static void assertSame(HebbNet a, HebbNet b) {
        assertThat(b.resolutionMs()).isEqualTo(a.resolutionMs());
        assertThat(b.populations()).extracting(Population::label)
                .containsExactlyElementsOf(a.populations().stream().map(Population::label).toList());
        for (Population p : a.populations()) {
            Population q = b.population(p.label());
            assertThat(q.model()).as(p.label()).isEqualTo(p.model());
            assertThat(q.size()).isEqualTo(p.size());
            assertThat(q.neuron().keySet()).as(p.label()).containsExactlyInAnyOrderElementsOf(p.neuron().keySet());
            p.neuron().forEach((k, v) -> assertThat(q.neuron().get(k)).as(p.label() + "." + k).containsExactly(v));
            assertThat(q.device().keySet()).isEqualTo(p.device().keySet());
        }
        assertThat(b.projections()).hasSameSizeAs(a.projections());
        for (Projection p : a.projections()) {
            Projection q = b.projections().stream().filter(x -> x.source().equals(p.source()) && x.target().equals(p.target()))
                    .findFirst().orElseThrow(() -> new AssertionError(p.source() + "->" + p.target() + " missing"));
            assertThat(q.weight()).as(p.source() + "->" + p.target()).isDeepEqualTo(p.weight());
            assertThat(q.delay()).as(p.source() + "->" + p.target()).isDeepEqualTo(p.delay());
        }
    }

    HebbNet roundTrip(HebbNet net, List<String> warnings) throws Exception {
        Path f = tmp.resolve("net.nir");
        NirFile.write(NirExport.export(net, NirExport.Target.NIR, false, warnings::add), f);
        return NirImport.read(NirFile.read(f), null, s -> { }).net();
    }

    @Test
    void everyModelSurvivesExportThenImportExactly() throws Exception {
        List<String> warnings = new ArrayList<>();
        HebbNet net = mixed(warnings);
        assertSame(net, roundTrip(net, warnings));
        // each thing the file cannot hold is named
        String all = String.join("\n", warnings);
        assertThat(all).contains("'exc' (iaf_psc_exp): t_ref = 2.0 ms", "'exc' (iaf_psc_exp): I_e exactly",
                "'exc' (iaf_psc_exp): tau_syn_in != tau_syn_ex", "'alpha' (iaf_psc_alpha): initial V_m != E_L",
                "projection exc -> exc: delays up to 2.5 ms");
        assertThat(warnings).noneMatch(w -> w.contains("'readout'") && w.contains("t_ref"));
    }

    @Test
    void aTaskControllerSurvivesExportThenImportExactly() throws Exception {
        Task task = Task.defaults("CartPole-v1").toBuilder().perDimension(3).hiddenNeurons(4).build();
        double[] genome = new double[task.genes()];
        Random rnd = new Random(11);
        for (int i = 0; i < genome.length; i++) {
            genome[i] = rnd.nextGaussian() * 5;
        }
        List<String> warnings = new ArrayList<>();
        HebbNet net = HebbNet.ofController(task, genome, warnings::add);
        assertThat(net.populations()).extracting(Population::label).containsExactly("input", "hidden", "output", "observation");
        assertThat(net.population("observation").model()).isEqualTo("dc_generator");
        assertSame(net, roundTrip(net, warnings));
        // the controller's graph: alpha kernels before every population, observation currents into the membranes
        NirNode.Graph g = NirExport.export(net, NirExport.Target.NIR, false, s -> { });
        assertThat(g.nodes().get("hidden_syn")).isInstanceOf(NirNode.CubaLi.class);
        assertThat(g.nodes().get("hidden")).isInstanceOf(NirNode.Lif.class);
        assertThat(g.edges()).anySatisfy(e -> assertThat(e).containsExactly("observation__input", "input"));
        assertThat(g.edges()).anySatisfy(e -> assertThat(e).containsExactly("input__hidden", "hidden_syn"));
        assertThat(g.nodes().get("output_out")).isInstanceOf(NirNode.Output.class);
    }

    @Test
    void aGoldenGraphImportedExportedAndImportedAgainIsTheSameNetwork() throws Exception {
        for (String f : List.of("ff_cubalif.nir", "affine_lif.nir", "recurrent_policy.nir")) {
            HebbNet once = NirImport.read(NirFile.read(NirGoldenTest.golden(f)), null, s -> { }).net();
            assertSame(once, roundTrip(once, new ArrayList<>()));
        }
    }

    @Test
    void writingIsAtomicAndLeavesNoStagingFile() throws Exception {
        HebbNet net = mixed(new ArrayList<>());
        Path f = tmp.resolve("out.nir");
        NirFile.write(NirExport.export(net, NirExport.Target.NIR, false, s -> { }), f);
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("out.nir");
        }
    }

    @Test
    void withoutMetadataAControllersObservationIsACurrentInputAgain() throws Exception {
        Task task = Task.defaults("MountainCar-v0").toBuilder().perDimension(4).hiddenNeurons(2).build();
        HebbNet net = HebbNet.ofController(task, new double[task.genes()], s -> { });
        NirNode.Graph stripped = (NirNode.Graph) NirSpikeTrainTest.strip(NirExport.export(net, NirExport.Target.NIR, false, s -> { }));
        HebbNet back = NirImport.read(stripped, 0.2, s -> { }).net();
        // its values go straight into the input neurons' membranes (past their alpha kernels): dc_generators
        assertThat(back.population("observation").model()).isEqualTo("dc_generator");
        assertThat(back.population("input").model()).isEqualTo("iaf_psc_alpha");
        assertThat(back.population("hidden").neuron().get("tau_syn_ex")).containsOnly(2.0);
    }

    @Test
    void aProjectionIntoAnInputPopulationIsLeftOutWithAWarning() {
        Network net = new Network(0.1, 1);
        Map<String, NodeCollection> labels = new LinkedHashMap<>();
        labels.put("gen", net.create("spike_generator", 2));
        labels.put("relay", net.create("parrot_neuron", 2));
        labels.put("lif", net.create("iaf_psc_exp", 1, Map.of("t_ref", 0.0)));
        net.connect(labels.get("gen"), labels.get("relay"), ConnSpec.oneToOne(), SynSpec.staticSynapse().withDelay(0.1));
        net.connect(labels.get("relay"), labels.get("lif"), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(50.0).withDelay(0.1));
        List<String> warnings = new ArrayList<>();
        NirNode.Graph g = NirExport.export(HebbNet.read(net, labels, warnings::add), NirExport.Target.NIR, false, warnings::add);
        assertThat(warnings).containsExactly("projection gen -> relay: into an input population (parrot_neuron); NIR Input"
                + " nodes have no incoming edges, so it is left out");
        assertThat(g.nodes()).containsKeys("gen", "relay", "relay__lif").doesNotContainKey("gen__relay");
    }
}
