package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hebb.sim.synapse.ThreeFactorStdp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rewards delivered from Java code between simulate calls, in networks with reward-modulated synapses. */
class RewardModulationTest {

    /** PRE and POST parrots driven at the given parrot times, PRE -> POST with {@code syn} on receptor 1. */
    private static Network pair(List<Double> pre, List<Double> post, Map<String, Object> syn, double h) {
        Network net = new Network(h, 1);
        NodeCollection sgPre = net.create("spike_generator", 1, Map.of("spike_times", pre.stream().map(t -> t - 1.0).toList()));
        NodeCollection sgPost = net.create("spike_generator", 1, Map.of("spike_times", post.stream().map(t -> t - 1.0).toList()));
        NodeCollection parrots = net.create("parrot_neuron", 2);
        net.connect(sgPre, parrots.get(0));
        net.connect(sgPost, parrots.get(1));
        Map<String, Object> s = new LinkedHashMap<>(syn);
        s.put("receptor_type", 1);
        net.connect(parrots.get(0), parrots.get(1), ConnSpec.allToAll(), SynSpec.of(s));
        return net;
    }

    private static double mstdpetAfterReward(double reward) {
        Network net = pair(List.of(10.0), List.of(20.0), Map.of("synapse_model", "mstdp_synapse", "weight", 50.0,
                "eligibility_trace", true, "gamma", 1.0), 1.0);
        net.simulate(30.0);
        net.deliverReward(reward);
        net.simulate(20.0);
        net.deliverReward(0.0);
        net.simulate(50.0);
        return net.getConnectionState("mstdp_synapse", "weight")[0];
    }

    @Test
    void mstdpetRewardAfterCausalPairingPotentiatesPunishmentDepresses() {
        assertThat(mstdpetAfterReward(1.0)).isGreaterThan(50.0);
        assertThat(mstdpetAfterReward(-1.0)).isLessThan(50.0);
        assertThat(mstdpetAfterReward(0.0)).isEqualTo(50.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {2.0, -3.0})
    void threeFactorInANetworkIsEq3OverTheRewardWindow(double reward) {
        Network net = pair(List.of(10.0, 60.0), List.of(20.0, 55.0), Map.of("synapse_model", "three_factor_stdp_synapse",
                "weight", 50.0, "eta", 0.5), 1.0);
        net.simulate(100.0);
        double stdp = net.getConnectionState("three_factor_stdp_synapse", "stdp_window")[0];
        ThreeFactorStdp ref = new ThreeFactorStdp(new ThreeFactorStdp.Params(0.5, 1, 1, 20, 20, 0, 100), ThreeFactorStdp.NO_GATE, new double[] {50});
        for (int s = 1; s <= 100; s++) { // parrot stamps s are the spikes of step s-1
            ref.step(1.0, new int[] {s == 10 || s == 60 ? 1 : 0}, new int[] {s == 20 || s == 55 ? 1 : 0});
        }
        assertThat(stdp).isEqualTo(ref.windowStdp()[0]);
        // all-to-all pairs: pre 10 / post 20, pre 10 / post 55 potentiate; post 55 / pre 60, post 20 / pre 60 depress
        double closed = Math.exp(-10.0 / 20.0) + Math.exp(-45.0 / 20.0) - Math.exp(-5.0 / 20.0) - Math.exp(-40.0 / 20.0);
        assertThat(stdp).isCloseTo(closed, org.assertj.core.data.Offset.offset(1e-14));
        net.deliverReward(reward);
        ref.applyReward(new double[] {reward});
        assertThat(net.getConnectionState("three_factor_stdp_synapse", "weight")[0]).isEqualTo(ref.weights()[0]);
        assertThat(net.getConnectionState("three_factor_stdp_synapse", "stdp_window")[0]).isZero();
    }

    private static double dopamineAfterReward(double amount) {
        Map<String, Object> syn = new LinkedHashMap<>();
        Network net = new Network(0.1, 1);
        NodeCollection vt = net.create("volume_transmitter");
        syn.putAll(Map.of("synapse_model", "stdp_dopamine_synapse", "weight", 50.0, "volume_transmitter", vt, "b", 0.0));
        NodeCollection sgPre = net.create("spike_generator", 1, Map.of("spike_times", List.of(99.0)));
        NodeCollection sgPost = net.create("spike_generator", 1, Map.of("spike_times", List.of(109.0)));
        NodeCollection parrots = net.create("parrot_neuron", 2);
        net.connect(sgPre, parrots.get(0));
        net.connect(sgPost, parrots.get(1));
        syn.put("receptor_type", 1);
        net.connect(parrots.get(0), parrots.get(1), ConnSpec.allToAll(), SynSpec.of(syn));
        net.simulate(150.0);
        net.deliverReward(vt, amount);
        net.simulate(500.0);
        return net.getConnectionState("stdp_dopamine_synapse", "weight")[0];
    }

    @Test
    void dopamineFromJavaAfterCausalPairingPotentiatesNegativeDepresses() {
        assertThat(dopamineAfterReward(5.0)).isGreaterThan(50.0);
        assertThat(dopamineAfterReward(-5.0)).isLessThan(50.0);
        assertThat(dopamineAfterReward(0.0)).isEqualTo(50.0);
    }

    @Test
    void rewardOnANetworkWithoutModulatedSynapseIsOneLine() {
        Network net = new Network();
        NodeCollection n = net.create("iaf_psc_alpha", 2);
        net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.of(Map.of("synapse_model", "stdp_synapse")));
        net.simulate(10.0);
        assertThatThrownBy(() -> net.deliverReward(1.0))
                .hasMessage("reward: 1.0 is not allowed; must be delivered to a network with a reward-modulated synapse (this one has none)");
        Network empty = new Network();
        empty.create("volume_transmitter");
        assertThatThrownBy(() -> empty.deliverReward(1.0)).hasMessageStartingWith("reward: 1.0 is not allowed");
    }

    @Test
    void badModulatedSynapseInputIsOneLine() {
        Network net = new Network();
        NodeCollection vt = net.create("volume_transmitter");
        NodeCollection n = net.create("iaf_psc_alpha", 2);
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.of(Map.of("synapse_model", "stdp_dopamine_synapse"))))
                .hasMessage("stdp_dopamine_synapse.volume_transmitter: 0.0 is not allowed; must be the id of a volume_transmitter created before connect");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.of(Map.of("synapse_model", "stdp_dopamine_synapse",
                "volume_transmitter", vt, "Wmin", 10.0, "Wmax", 5.0, "weight", 7.0))))
                .hasMessage("stdp_dopamine_synapse.Wmax: 5.0 is not allowed; must be >= Wmin = 10.0");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.of(Map.of("synapse_model", "stdp_dopamine_synapse",
                "volume_transmitter", vt, "tau_c", -1.0))))
                .hasMessage("stdp_dopamine_synapse.tau_c: -1.0 is not allowed; must be > 0 and finite");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.of(Map.of("synapse_model", "stdp_dopamine_synapse",
                "volume_transmitter", vt, "weight", 250.0))))
                .hasMessage("stdp_dopamine_synapse.weight: 250.0 is not allowed; must be in [Wmin, Wmax] = [0.0, 200.0]");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.of(Map.of("synapse_model", "stdp_dopamine_synapse",
                "volume_transmitter", vt, "Wmin", -200.0, "weight", -5.0))))
                .hasMessageContaining("must not flip from excitatory to inhibitory");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.of(Map.of("synapse_model", "mstdp_synapse", "gamma", -0.1))))
                .hasMessage("mstdp_synapse.gamma: -0.1 is not allowed; must be >= 0 and finite");
        assertThatThrownBy(() -> net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.of(Map.of("synapse_model", "three_factor_stdp_synapse",
                "tau_minus", 0.0)))).hasMessage("three_factor_stdp_synapse.tau_minus: 0.0 is not allowed; must be > 0 and finite");
        assertThatThrownBy(() -> net.set(vt, "deliver_interval", 0.5))
                .hasMessage("volume_transmitter.deliver_interval: 0.5 is not allowed; must be an integer >= 1 (in units of min_delay)");
        assertThat(net.getConnections("stdp_dopamine_synapse").size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void dopamineWeightsStayInBoundsUnderRandomTrains(long seed) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        java.util.List<Double> pre = new java.util.ArrayList<>();
        java.util.List<Double> post = new java.util.ArrayList<>();
        java.util.List<Double> dopa = new java.util.ArrayList<>();
        for (int s = 10; s < 20000; s++) {
            if (rng.nextDouble() < 0.003) {
                pre.add(s * 0.1);
            }
            if (rng.nextDouble() < 0.003) {
                post.add(s * 0.1);
            }
            if (rng.nextDouble() < 0.002) {
                dopa.add(s * 0.1);
            }
        }
        Network net = new Network(0.1, seed);
        NodeCollection vt = net.create("volume_transmitter", 1, Map.of("deliver_interval", 1.0 + rng.nextInt(5)));
        NodeCollection wr = net.create("weight_recorder");
        NodeCollection gens = net.create("spike_generator", 3);
        net.set(gens.get(0), "spike_times", pre);
        net.set(gens.get(1), "spike_times", post);
        net.set(gens.get(2), "spike_times", dopa);
        NodeCollection parrots = net.create("parrot_neuron", 3);
        net.connect(gens, parrots, ConnSpec.oneToOne(), SynSpec.staticSynapse());
        net.connect(parrots.get(2), vt);
        Map<String, Object> syn = new LinkedHashMap<>(Map.of("synapse_model", "stdp_dopamine_synapse", "weight", 35.0, "Wmin", 10.0,
                "Wmax", 60.0, "A_plus", 5.0, "A_minus", 5.0, "b", 0.01, "volume_transmitter", vt, "weight_recorder", wr));
        syn.put("receptor_type", 1);
        syn.put("delay", 0.1 * (10 + rng.nextInt(40)));
        net.connect(parrots.get(0), parrots.get(1), ConnSpec.allToAll(), SynSpec.of(syn));
        double lo = 35.0;
        double hi = 35.0;
        for (int i = 0; i < 210; i++) {
            net.simulate(10.0);
            if (i % 20 == 0) {
                net.deliverReward(vt, rng.nextDouble() * 40 - 20);
            }
            double w = net.getConnectionState("stdp_dopamine_synapse", "weight")[0];
            assertThat(w).isBetween(10.0, 60.0);
            lo = Math.min(lo, w);
            hi = Math.max(hi, w);
        }
        System.out.printf("dopamine bounds seed %d: weight range [%.3f, %.3f]%n", seed, lo, hi);
        assertThat(hi - lo).isGreaterThan(1.0); // the weight did move
        assertThat(net.weightEvents(wr).size()).isEqualTo(pre.size());
        for (double w : net.weightEvents(wr).weights()) {
            assertThat(w).isBetween(10.0, 60.0);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void mstdpInANetworkEqualsFlorianStdpBitForBit(boolean et) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        java.util.List<Double> pre = new java.util.ArrayList<>();
        java.util.List<Double> post = new java.util.ArrayList<>();
        for (int s = 2; s <= 400; s++) {
            if (rng.nextDouble() < 0.08) {
                pre.add((double) s);
            }
            if (rng.nextDouble() < 0.08) {
                post.add((double) s);
            }
        }
        Network net = pair(pre, post, Map.of("synapse_model", "mstdp_synapse", "weight", 50.0, "eligibility_trace", et, "gamma", 0.3), 1.0);
        org.hebb.sim.synapse.FlorianStdp ref = new org.hebb.sim.synapse.FlorianStdp(new org.hebb.sim.synapse.FlorianStdp.Params(0.3, 1, 1, 20, 20, 25, 0, 100),
                et ? org.hebb.sim.synapse.FlorianStdp.Variant.MSTDPET : org.hebb.sim.synapse.FlorianStdp.Variant.MSTDP, new double[] {50.0});
        double r = 0.0;
        for (int chunk = 0; chunk < 40; chunk++) {
            net.simulate(10.0);
            for (int s = chunk * 10 + 1; s <= chunk * 10 + 10; s++) { // parrot stamp s = spikes of step s-1
                ref.step(1.0, new int[] {pre.contains((double) s) ? 1 : 0}, new int[] {post.contains((double) s) ? 1 : 0}, new double[] {r});
            }
            assertThat(net.getConnectionState("mstdp_synapse", "weight")[0]).isEqualTo(ref.weights()[0]);
            r = rng.nextDouble() * 4 - 2;
            net.deliverReward(r); // holds for the next 10 steps
        }
        assertThat(ref.weights()[0]).isNotEqualTo(50.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {40.0, -40.0})
    void threeFactorSoftBoundInANetworkEqualsTheRule(double reward) {
        Network net = pair(List.of(10.0, 30.0), List.of(20.0, 40.0), Map.of("synapse_model", "three_factor_stdp_synapse",
                "weight", 80.0, "eta", 0.5, "soft_bound", true), 1.0);
        ThreeFactorStdp ref = new ThreeFactorStdp(new ThreeFactorStdp.Params(0.5, 1, 1, 20, 20, 0, 100), ThreeFactorStdp.SOFT_BOUND, new double[] {80});
        for (int s = 1; s <= 50; s++) {
            ref.step(1.0, new int[] {s == 10 || s == 30 ? 1 : 0}, new int[] {s == 20 || s == 40 ? 1 : 0});
        }
        net.simulate(50.0);
        net.deliverReward(reward);
        double[] dw = ref.applyReward(new double[] {reward});
        assertThat(net.getConnectionState("three_factor_stdp_synapse", "weight")[0]).isEqualTo(ref.weights()[0]);
        // all-to-all window: pre 10 / post 20, pre 10 / post 40, pre 30 / post 40 potentiate; post 20 / pre 30 depresses
        double stdp = 2 * Math.exp(-10.0 / 20.0) + Math.exp(-30.0 / 20.0) - Math.exp(-10.0 / 20.0);
        double g = reward > 0 ? (100.0 - 80.0) / 100.0 : (80.0 - 0.0) / 100.0; // soft bound
        assertThat(dw[0]).isCloseTo(0.5 * reward * stdp * g, org.assertj.core.data.Offset.offset(1e-12));
    }
}
