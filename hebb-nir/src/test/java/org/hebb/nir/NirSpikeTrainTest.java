package org.hebb.nir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An iaf_psc_exp network without refractoriness, with equal synaptic time constants and one-step delays — what NIR
 * can hold — exported, stripped of every hebb metadata entry (so only NIR's fields carry it), and imported back
 * fires the same spikes at the same steps as the original.
 */
class NirSpikeTrainTest {

    @TempDir
    Path tmp;

    private static final double H = 0.1;

    static HebbNet original() {
        Network net = new Network(H, 1);
        Map<String, NodeCollection> labels = new LinkedHashMap<>();
        labels.put("in", net.create("parrot_neuron", 3));
        Map<String, Object> lif = Map.of("t_ref", 0.0, "tau_syn_ex", 3.0, "tau_syn_in", 3.0, "E_L", -65.0,
                "V_th", -52.5, "V_reset", -68.0, "C_m", 200.0, "tau_m", 15.0, "V_m", -65.0);
        labels.put("hidden", net.create("iaf_psc_exp", 6, lif));
        labels.put("out", net.create("iaf_psc_exp", 2, Map.of("t_ref", 0.0)));
        Random rnd = new Random(5);
        connect(net, labels.get("in"), labels.get("hidden"), rnd, 200, 1400);
        connect(net, labels.get("hidden"), labels.get("hidden"), rnd, -600, 300);
        connect(net, labels.get("hidden"), labels.get("out"), rnd, 100, 900);
        return HebbNet.read(net, labels, s -> { });
    }

    private static void connect(Network net, NodeCollection s, NodeCollection t, Random rnd, double lo, double hi) {
        double[] w = new double[s.size() * t.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = lo + (hi - lo) * rnd.nextDouble();
        }
        net.connect(s, t, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(w).withDelay(H));
    }

    /** Spikes as "label[index]@step", in emission order, of a network driven by the same spike_generators. */
    static List<String> spikes(HebbNet hn) {
        Network net = new Network(hn.resolutionMs(), 1);
        Map<String, NodeCollection> built = hn.build(net);
        NodeCollection gen = net.create("spike_generator", 3);
        Random rnd = new Random(9);
        for (int i = 0; i < 3; i++) {
            double[] times = new double[40];
            double t = 0;
            for (int k = 0; k < times.length; k++) {
                t += 1 + Math.round(rnd.nextDouble() * 80) / 10.0;
                times[k] = Math.round(t * 10) / 10.0;
            }
            net.set(gen.get(i), "spike_times", times);
        }
        net.connect(gen, built.get("in"), ConnSpec.oneToOne(), SynSpec.staticSynapse().withWeight(1.0).withDelay(H));
        List<String> out = new ArrayList<>();
        net.addSpikeListener((sender, stamp, multiplicity) -> {
            built.forEach((label, c) -> {
                int k = sender - c.id(0);
                if (k >= 0 && k < c.size() && !label.equals("in")) {
                    out.add(label + "[" + k + "]@" + stamp);
                }
            });
        });
        net.simulate(300.0);
        return out;
    }

    /** The node with every metadata entry removed, nested graphs too: what NIR's fields alone hold. */
    static NirNode strip(NirNode n) {
        return switch (n) {
            case NirNode.Input x -> new NirNode.Input(x.shape(), NirNode.meta());
            case NirNode.Output x -> new NirNode.Output(x.shape(), NirNode.meta());
            case NirNode.Linear x -> new NirNode.Linear(x.weight(), NirNode.meta());
            case NirNode.Affine x -> new NirNode.Affine(x.weight(), x.bias(), NirNode.meta());
            case NirNode.Lif x -> new NirNode.Lif(x.tau(), x.r(), x.vLeak(), x.vThreshold(), x.vReset(), NirNode.meta());
            case NirNode.CubaLif x -> new NirNode.CubaLif(x.tauSyn(), x.tauMem(), x.r(), x.vLeak(), x.vThreshold(),
                    x.vReset(), x.wIn(), NirNode.meta());
            case NirNode.CubaLi x -> new NirNode.CubaLi(x.tauSyn(), x.tauMem(), x.r(), x.vLeak(), x.wIn(), NirNode.meta());
            case NirNode.Graph x -> {
                Map<String, NirNode> nodes = new LinkedHashMap<>();
                x.nodes().forEach((k, v) -> nodes.put(k, strip(v)));
                yield new NirNode.Graph(nodes, x.edges(), NirNode.meta());
            }
        };
    }

    @Test
    void theFieldsAloneGiveTheSameSpikeTrains() throws Exception {
        HebbNet net = original();
        List<String> warnings = new ArrayList<>();
        NirNode.Graph g = NirExport.export(net, NirExport.Target.NIR, true, warnings::add); // strict: nothing lost
        assertThat(warnings).isEmpty();
        Path f = tmp.resolve("stripped.nir");
        NirFile.write((NirNode.Graph) strip(g), f);
        HebbNet back = NirImport.read(NirFile.read(f), H, s -> { }).net();
        assertThat(back.population("hidden").neuron().get("E_L")).containsOnly(0.0); // relative voltages only

        List<String> a = spikes(net), b = spikes(back);
        assertThat(a.size()).as("the original fires").isGreaterThan(50);
        assertThat(a.stream().filter(s -> s.startsWith("out")).count()).as("outputs fire").isGreaterThan(5);
        assertThat(b).containsExactlyElementsOf(a);
    }
}
