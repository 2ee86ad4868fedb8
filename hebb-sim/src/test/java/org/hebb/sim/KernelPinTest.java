package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Regression pin of the kernel: spike rasters, multimeter traces, final neuron states and plastic weights of a few
 * networks (uniform and mixed-parameter populations of every neuron model, every generator, static and plastic
 * recurrent synapses, zero and negative weights), as the code of commit fb0c7b9 (before the kernel speed-up)
 * produced them, in digests of the raw bits. The resource was written by {@code ./mvnw -pl hebb-sim verify
 * -Dtest=KernelPinTest with HEBB_PIN_WRITE=/abs/path/kernel-pin.txt in the environment} on that commit.
 */
class KernelPinTest {

    private static long mix(long d, long v) {
        return d * 1_000_003L + v;
    }

    private static long spikes(SpikeEvents ev) {
        long d = 17;
        for (int i = 0; i < ev.size(); i++) {
            d = mix(d, ev.senders()[i] * 65_537L + ev.steps()[i]);
        }
        return d;
    }

    private static long bits(double[] v) {
        long d = 17;
        for (double x : v) {
            d = mix(d, Double.doubleToRawLongBits(x));
        }
        return d;
    }

    private static long state(Network net, NodeCollection n, String... vars) {
        long d = 17;
        for (int id : n.ids()) {
            for (String v : vars) {
                d = mix(d, Double.doubleToRawLongBits(net.getDouble(id, v)));
            }
        }
        return d;
    }

    /** Populations with spread V_m and I_e; every other one with per-neuron time constants (the non-uniform path). */
    private static String populations() {
        Network net = new Network(0.1, 5);
        SplittableRandom rng = new SplittableRandom(3);
        List<NodeCollection> pops = new ArrayList<>();
        for (String model : new String[] {"iaf_psc_alpha", "iaf_psc_exp", "iaf_psc_delta"}) {
            for (boolean mixed : new boolean[] {false, true}) {
                NodeCollection p = net.create(model, 300, Map.of("I_e", 380.0));
                for (int i = 0; i < p.size(); i++) {
                    net.set(p.get(i), "V_m", -70.0 + 15.0 * rng.nextDouble());
                    if (mixed) {
                        net.set(p.get(i), Map.of("tau_m", 5.0 + 20.0 * rng.nextDouble(), "C_m", 150.0 + 200.0 * rng.nextDouble(),
                                "I_e", 300.0 + 200.0 * rng.nextDouble()));
                    }
                }
                pops.add(p);
            }
        }
        NodeCollection all = NodeCollection.range(pops.get(0).id(0), 1800);
        NodeCollection noise = net.create("poisson_generator", 1, Map.of("rate", 3000.0));
        NodeCollection dc = net.create("dc_generator", 3, Map.of("amplitude", 0.0));
        net.set(dc.get(1), "amplitude", 150.0);
        net.set(dc.get(2), "amplitude", -90.0);
        net.connect(noise, all, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(12.0).withDelay(0.5));
        net.connect(dc, all, ConnSpec.fixedIndegree(2), SynSpec.staticSynapse().withWeight(Distribution.normal(0.5, 1.0)));
        net.connect(all, all, ConnSpec.fixedIndegree(30),
                SynSpec.staticSynapse().withWeight(Distribution.normal(5.0, 40.0)).withDelay(Distribution.uniform(0.1, 4.0)));
        net.connect(all, all, ConnSpec.fixedIndegree(2), SynSpec.staticSynapse().withWeight(0.0));
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", 0.1, "record_from", List.of("V_m")));
        NodeCollection sr = net.create("spike_recorder");
        net.connect(mm, NodeCollection.range(all.id(0), 20));
        net.connect(all, sr);
        StringBuilder out = new StringBuilder();
        for (int chunk = 0; chunk < 4; chunk++) {
            net.simulate(chunk == 2 ? 0.3 : 49.7);
            net.set(dc.get(chunk % 3), "amplitude", chunk * 70.0 - 100.0);
            out.append("populations,").append(chunk).append(',').append(net.spikeEvents(sr).size()).append(',')
                    .append(Long.toHexString(spikes(net.spikeEvents(sr)))).append('\n');
        }
        out.append("populations,vm,").append(Long.toHexString(bits(net.multimeterEvents(mm).values("V_m")))).append('\n');
        for (int p = 0; p < pops.size(); p++) {
            out.append("populations,state,").append(p).append(',')
                    .append(Long.toHexString(state(net, pops.get(p), "V_m"))).append('\n');
        }
        return out.toString();
    }

    /** A recurrent network with stdp_synapse and parrots driven by spike generators. */
    private static String plastic() {
        Network net = new Network(0.1, 9);
        NodeCollection pop = net.create("iaf_psc_alpha", 400);
        NodeCollection noise = net.create("poisson_generator", 1, Map.of("rate", 10000.0));
        NodeCollection sg = net.create("spike_generator", 1, Map.of("spike_times", new double[] {2.0, 2.0, 30.5, 90.0}));
        NodeCollection parrots = net.create("parrot_neuron", 5);
        net.connect(sg, parrots);
        net.connect(parrots, pop, ConnSpec.fixedOutdegree(50), SynSpec.staticSynapse().withWeight(300.0));
        net.connect(noise, pop, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(7.0));
        net.connect(pop, pop, ConnSpec.fixedIndegree(40),
                SynSpec.of(Map.of("synapse_model", "stdp_synapse", "weight", 2.0, "delay", 1.5, "Wmax", 4.0)));
        NodeCollection sr = net.create("spike_recorder");
        net.connect(pop, sr);
        net.simulate(150.0);
        return "plastic," + net.spikeEvents(sr).size() + "," + Long.toHexString(spikes(net.spikeEvents(sr))) + ","
                + Long.toHexString(bits(net.getConnectionState("stdp_synapse", "weight"))) + ","
                + Long.toHexString(state(net, pop, "V_m", "I_syn_ex", "I_syn_in")) + "\n";
    }

    @Test
    void networksReproduceThePinnedBits() throws IOException {
        String now = populations() + plastic();
        String out = System.getenv("HEBB_PIN_WRITE");
        if (out != null) {
            Files.writeString(Path.of(out), now, StandardCharsets.UTF_8);
        }
        StringBuilder pinned = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                KernelPinTest.class.getResourceAsStream("/pin/kernel-pin.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    pinned.append(line).append('\n');
                }
            }
        }
        assertThat(now).isEqualTo(pinned.toString());
    }
}
