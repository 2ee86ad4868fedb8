package org.hebb.learn.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.Map;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;
import org.junit.jupiter.api.Test;

/** The agent's learning signal and its refusals. */
class AgentTest {

    private static final double[] OBS = {0.3, -0.4, 0.05, 0.6};

    private static AgentConfig.Builder small() {
        return AgentConfig.builder("CartPole-v1").set(AgentParam.FOURIER_ORDER, 1).set(AgentParam.NEURONS_PER_ACTION, 5)
                .set(AgentParam.TEMPERATURE, 2).set(AgentParam.TEMPERATURE_DECAY, 1).set(AgentParam.LR_CRITIC, 0);
    }

    private static double frequency(SpikingActorCritic a, int action, int trials) {
        int n = 0;
        for (int k = 0; k < trials; k++) {
            n += a.act(OBS, false, false) == action ? 1 : 0;
        }
        return (double) n / trials;
    }

    /** A reward after an action raises its probability, for most of 20 seeds (and on average), with every decoder. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Decoder.class)
    void rewardAfterAnActionRaisesItsProbability(Decoder decoder) {
        AgentConfig cfg = small().decoder(decoder).set(AgentParam.LR_ACTOR, 0.05).set(AgentParam.W_INIT, 0.25).build();
        int raised = 0;
        double sum = 0;
        for (long seed = 0; seed < 20; seed++) {
            SpikingActorCritic a = new SpikingActorCritic(cfg, seed);
            int target = (int) (seed % 2);
            double before = frequency(a, target, 200);
            for (int k = 0; k < 30; k++) {
                a.startEpisode();
                int chosen = a.act(OBS, true, false);
                a.reward(chosen == target ? 1.0 : 0.0, OBS, true); // δ = r (critic frozen at 0, terminal)
            }
            double after = frequency(a, target, 200);
            raised += after > before ? 1 : 0;
            sum += after - before;
        }
        assertTrue(raised >= 17, raised + " of 20 seeds raised the rewarded action's probability");
        assertTrue(sum / 20 > 0.1, "mean rise " + sum / 20);
    }

    @Test
    void zeroRewardChangesNothing() {
        for (Rule rule : Rule.values()) {
            SpikingActorCritic a = new SpikingActorCritic(small().rule(rule).set(AgentParam.LR_CRITIC, 0.1).build(), 3);
            double[] w = a.weights();
            double[] v = a.critic();
            a.startEpisode();
            for (int k = 0; k < 20; k++) {
                a.act(OBS, true, false);
                assertEquals(0.0, a.reward(0.0, OBS, true), rule.configName()); // δ = 0 + 0 − V(s) = 0
            }
            assertArrayEquals(w, a.weights(), 0.0, rule.configName());
            assertArrayEquals(v, a.critic(), 0.0, rule.configName());
        }
    }

    @Test
    void stateRoundTripContinuesBitForBit() throws Exception {
        AgentConfig cfg = small().set(AgentParam.MAX_EPISODES, 6).build();
        LearningRun a = new LearningRun(cfg, 5);
        a.nextEpisode();
        a.nextEpisode();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        a.write(new DataOutputStream(b));
        LearningRun c = LearningRun.read(cfg, new DataInputStream(new ByteArrayInputStream(b.toByteArray())));
        for (int e = 0; e < 3; e++) {
            assertEquals(a.nextEpisode(), c.nextEpisode());
        }
        assertArrayEquals(a.agent().weights(), c.agent().weights(), 0.0);
    }

    @Test
    void trainingSeedsAvoidTheHeldOutSeeds() {
        for (long s : new long[] {0, 1, 9, 1000}) {
            for (int e : new int[] {1, 100, 99_999}) {
                long env = LearningRun.envSeed(s, e);
                assertTrue(env < 10_000 || env > 10_099, "seed " + s + " episode " + e);
            }
        }
    }

    @Test
    void badInputIsOneLine() {
        String uncovered = assertThrows(IllegalArgumentException.class,
                () -> small().ranges(new double[] {-1, -1}, new double[] {1, 1}).build()).getMessage();
        assertTrue(uncovered.startsWith("ranges: 2 ranges is not allowed; the encoder must cover all 4"), uncovered);
        String continuous = assertThrows(IllegalArgumentException.class, () -> AgentConfig.builder("MountainCarContinuous-v0").build())
                .getMessage();
        assertTrue(continuous.contains("discrete actions"), continuous);
        String coefficient = assertThrows(IllegalArgumentException.class, () -> small().set(AgentParam.A_PLUS, 11))
                .getMessage();
        assertEquals("a_plus: 11.0 is not allowed; must be in [-10, 10] (A+: pre-trace x post-spike coefficient)", coefficient);
        String tau = assertThrows(IllegalArgumentException.class, () -> small().set(AgentParam.TAU_Z, 0)).getMessage();
        assertTrue(tau.startsWith("tau_z: 0.0 is not allowed; must be in [0.1, 10000]"), tau);
        String rule = assertThrows(IllegalArgumentException.class, () -> Rule.of("hebb")).getMessage();
        assertEquals("rule: \"hebb\" is not allowed; must be one of td-ltp, td-stdp, mstdp, mstdpet, abcd", rule);
        String family = assertThrows(IllegalArgumentException.class,
                () -> new HebbianFamily.Params(0.1, 1, -1, 0, 0, 0, 0, 20, 20, 0, 1)).getMessage();
        assertTrue(family.startsWith("tau_plus: 0.0 is not allowed"), family);
        Network net = new Network(0.1, 1);
        NodeCollection n = net.create("iaf_psc_alpha", 2, Map.of());
        net.connect(n, n, ConnSpec.allToAll(), SynSpec.staticSynapse());
        String reward = assertThrows(IllegalArgumentException.class, () -> net.deliverReward(1.0)).getMessage();
        assertTrue(reward.contains("has none"), reward);
    }
}
