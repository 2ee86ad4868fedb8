package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The multi-threaded kernel and lazy decay against the single-threaded, step-by-step reference: random Brunel-like
 * networks (several iaf models, uniform and mixed-parameter populations, random delays, Poisson drive, static and
 * stdp_synapse recurrence, a multimeter, a parameter change between simulate calls), seeded, must give the same spike
 * trains, final states and weights bit for bit on 1, 2, 3 and 16 threads with lazy decay on and off.
 */
class PartitionedKernelTest {

    private static final String[] MODELS = {"iaf_psc_alpha", "iaf_psc_exp", "iaf_psc_delta"};

    /** Everything a run produces, as raw bits. */
    private record Outcome(List<long[]> columns, boolean partitioned) {
    }

    private static long[] bits(double[] v) {
        long[] b = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = Double.doubleToRawLongBits(v[i]);
        }
        return b;
    }

    private static Outcome run(long seed, int threads, boolean lazy) {
        SplittableRandom r = new SplittableRandom(seed);
        Network net = new Network(0.1, seed);
        net.setLocalNumThreads(threads);
        net.setLazyDecay(lazy);
        List<NodeCollection> pops = new ArrayList<>();
        int nPops = 2 + r.nextInt(3);
        for (int p = 0; p < nPops; p++) {
            String model = MODELS[r.nextInt(MODELS.length)];
            int n = 40 + r.nextInt(260);
            double jitter = r.nextDouble() < 0.5 ? 0.0 : 300.0 * r.nextDouble(); // some neurons with I_e: never lazy
            NodeCollection pop = net.create(model, n, Map.of("t_ref", 0.5 + 2.0 * r.nextDouble()));
            for (int i = 0; i < n; i++) {
                net.set(pop.get(i), "V_m", -70.0 + 14.0 * r.nextDouble());
                if (r.nextDouble() < 0.1) {
                    net.set(pop.get(i), "I_e", jitter);
                }
            }
            if (r.nextBoolean()) { // per-neuron propagators (the mixed path)
                net.set(pop.get(r.nextInt(n)), "tau_m", 5.0 + 20.0 * r.nextDouble());
            }
            pops.add(pop);
        }
        NodeCollection noise = net.create("poisson_generator", 2, Map.of("rate", 2000.0 + 8000.0 * r.nextDouble()));
        net.set(noise.get(1), Map.of("start", 30.0, "stop", 120.0, "rate", 60000.0)); // a burst: more than one draw per target
        NodeCollection sr = net.create("spike_recorder");
        for (NodeCollection pop : pops) {
            boolean delta = net.model(pop.id(0)).equals("iaf_psc_delta");
            double scale = delta ? 0.05 : 1.0; // delta weights are mV jumps
            net.connect(noise.get(r.nextInt(2)), pop, ConnSpec.allToAll(),
                    SynSpec.staticSynapse().withWeight(40.0 * scale).withDelay(0.1 * (1 + r.nextInt(20))));
            for (NodeCollection pre : pops) {
                if (r.nextDouble() < 0.7) {
                    double w = (r.nextBoolean() ? 30.0 : -90.0) * scale;
                    net.connect(pre, pop, ConnSpec.fixedIndegree(1 + r.nextInt(20)),
                            SynSpec.staticSynapse().withWeight(Distribution.normal(w, Math.abs(w) / 4))
                                    .withDelay(Distribution.uniform(0.1, 3.0)));
                }
            }
            net.connect(pop, sr);
        }
        NodeCollection first = pops.get(0);
        NodeCollection last = pops.get(pops.size() - 1);
        boolean delta = net.model(last.id(0)).equals("iaf_psc_delta");
        net.connect(first, last, ConnSpec.pairwiseBernoulli(0.1), SynSpec.of(Map.of("synapse_model", "stdp_synapse",
                "weight", delta ? 0.5 : 40.0, "delay", 0.1 * (1 + r.nextInt(15)), "Wmax", delta ? 1.0 : 80.0)));
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", 0.5, "record_from", List.of("V_m")));
        net.connect(mm, NodeCollection.range(last.id(0), Math.min(last.size(), 10)));
        boolean partitioned = net.runsPartitioned();
        net.simulate(80.0);
        net.set(first.get(0), "I_e", 500.0); // a parameter change between runs
        net.simulate(70.0);
        List<long[]> out = new ArrayList<>();
        SpikeEvents s = net.spikeEvents(sr);
        long[] spikes = new long[s.size()];
        for (int i = 0; i < spikes.length; i++) {
            spikes[i] = s.steps()[i] * 1_000_003L + s.senders()[i];
        }
        out.add(spikes);
        out.add(bits(net.getConnectionState("stdp_synapse", "weight")));
        out.add(bits(net.getConnectionState("stdp_synapse", "Kplus")));
        out.add(bits(net.multimeterEvents(mm).values("V_m")));
        for (NodeCollection pop : pops) {
            double[] vm = new double[pop.size()];
            for (int i = 0; i < vm.length; i++) {
                vm[i] = net.getDouble(pop.id(i), "V_m");
            }
            out.add(bits(vm));
        }
        return new Outcome(out, partitioned);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void anyThreadCountAndLazyDecayGiveTheReferenceBits(long seed) {
        Outcome reference = run(seed, 1, false);
        assertThat(reference.columns().get(0).length).as("spikes").isGreaterThan(100);
        assertThat(reference.partitioned()).isFalse();
        for (int threads : new int[] {1, 2, 3, 16}) {
            for (boolean lazy : new boolean[] {false, true}) {
                Outcome o = run(seed, threads, lazy);
                assertThat(o.partitioned()).as("partitioned on %d threads", threads).isEqualTo(threads > 1);
                for (int c = 0; c < reference.columns().size(); c++) {
                    assertThat(o.columns().get(c)).as("column %d, %d threads, lazy %s", c, threads, lazy)
                            .isEqualTo(reference.columns().get(c));
                }
            }
        }
    }

    @Test
    void partsThePartitionedKernelDoesNotCoverRunOnOneThread() {
        Network net = new Network();
        net.setLocalNumThreads(4);
        NodeCollection pop = net.create("iaf_psc_alpha", 10);
        NodeCollection dc = net.create("dc_generator", 1, Map.of("amplitude", 400.0));
        net.connect(dc, pop);
        assertThat(net.runsPartitioned()).isFalse();
        net.simulate(10.0);
        assertThat(net.localNumThreads()).isEqualTo(4);
    }

    @Test
    void threadCountOutsideTheCapIsRejectedInOneLine() {
        Network net = new Network();
        assertThatThrownBy(() -> net.setLocalNumThreads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("local_num_threads: 0 is not allowed; must be in [1, 256]");
        assertThatThrownBy(() -> net.setLocalNumThreads(257)).hasMessage("local_num_threads: 257 is not allowed; must be in [1, 256]");
    }
}
