package org.hebb.cli.paradigms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.learn.agent.AgentConfig;
import org.hebb.learn.agent.AgentParam;
import org.hebb.learn.agent.SpikingActorCritic;
import org.hebb.learn.gradient.LifParameters;
import org.hebb.learn.gradient.Network;
import org.hebb.learn.rl.Dqn;
import org.hebb.learn.rl.DqnConfig;
import org.hebb.learn.task.Episode;
import org.hebb.learn.task.EpisodeObserver;
import org.hebb.learn.task.EpisodeResult;
import org.hebb.learn.task.SpikingController;
import org.hebb.learn.task.Task;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SpikeEvents;
import org.junit.jupiter.api.Test;

/** The energy proxies against hand-computed values and against an independent spike recorder. */
class EnergyProxyTest {

    @Test
    void theGradientNetworksMacsAreTheSumOfFanInTimesFanOut() {
        // ANN 4-64-64-2: 4·64 + 64·64 + 64·2 = 4480; SNN: the same synapses at each of T = 6 steps
        assertThat(GradientAgent.network(false, 4, 2, 1).macsPerSample()).isEqualTo(4480);
        assertThat(GradientAgent.network(true, 4, 2, 1).macsPerSample()).isEqualTo(6 * 4480);
        assertThat(GradientAgent.network(false, 6, 3, 1).macsPerSample()).isEqualTo(6 * 64 + 64 * 64 + 64 * 3);
    }

    @Test
    void aSpikingQNetworksSpikesPerDecisionAreTheHandComputedOnes() {
        // 4 inputs → 2 LIF (α 0.5, β 0.9, θ 1, reset by subtraction) → 2 read-outs, T = 4; W = 0, bias 0.6:
        // I = 0.6, 0.9, 1.05, 1.125; m = 0.6, 1.44 (spike, u 0.44), 1.446 (spike, u 0.446), 1.5264 (spike):
        // 3 spikes per neuron and decision, whatever the observation → 6 per decision
        Network q = Network.builder(4).steps(4).lif(2, LifParameters.defaults()).readout(2, 0.0, 0.9).build(1);
        double[] p = new double[q.parameterCount()];
        p[8] = 0.6;
        p[9] = 0.6; // the LIF layer's biases follow its 2×4 weights
        p[10] = 1.0; // read-out: neuron 0 → output 0, so the greedy action varies little but deterministically
        q.setParameters(p);
        Env env = Registry.make("CartPole-v1");
        Dqn agent = new Dqn(env, q, DqnConfig.defaults(), 0);
        Learner.Tested t = GradientAgent.test(Registry.make("CartPole-v1"), agent, q);
        assertThat(t.spikesPerDecision()).isEqualTo(6.0);
        assertThat(q.macsPerSample()).isEqualTo(4 * (4 * 2 + 2 * 2));
    }

    @Test
    void theEvolvedControllersCountedSpikesAreTheSpikeRecordersEvents() {
        Task task = ParadigmTask.of("CartPole-v1").snn();
        double[] g = new SplittableRandom(5).doubles(task.genes(), -20, 20).toArray();
        long[] counted = new long[1];
        SpikeEvents[] recorded = new SpikeEvents[1];
        EpisodeObserver counting = EvolutionAgent.counting(counted);
        EpisodeResult r = Episode.run(task, g, 10_000, 500, new EpisodeObserver() {
            private NodeCollection sr;
            private org.hebb.sim.Network net;

            @Override
            public void start(SpikingController c, long seed) {
                counting.start(c, seed);
                net = c.network();
                sr = net.create("spike_recorder");
                net.connect(NodeCollection.range(c.inputs().id(0), task.inputs() + task.outputs()), sr);
            }

            @Override
            public void step(int step, double[] input, int[] groupCounts, double[] action, double reward) {
                recorded[0] = net.spikeEvents(sr);
            }
        });
        assertThat(r.steps()).isPositive();
        assertThat(counted[0]).isEqualTo(recorded[0].size()).isPositive();
    }

    @Test
    void thePlasticityAgentsSpikesAreItsInputAndActorSpikes() {
        // Fourier order 0: one constant feature φ = 1 → its + input neuron fires every ms at 1000 Hz (p = 1), the −
        // one never; weights 0 → no actor spike: 20 spikes in a 20 ms decision. With weights up to 10 the actor fires
        // too: 20 input spikes plus the actor groups' counts.
        AgentConfig.Builder b = AgentConfig.builder("CartPole-v1").set(AgentParam.FOURIER_ORDER, 0)
                .set(AgentParam.INPUT_RATE_HZ, 1000);
        double[] obs = {0.01, 0.02, -0.01, 0.03};
        SpikingActorCritic silent = new SpikingActorCritic(b.set(AgentParam.W_INIT, 0).build(), 3);
        silent.act(obs, false, true);
        assertThat(silent.lastSpikes()).isEqualTo(20);
        SpikingActorCritic loud = new SpikingActorCritic(b.set(AgentParam.W_INIT, 10).build(), 3);
        assertThat(loud.inputNeurons()).isEqualTo(2);
        for (int k = 0; k < 5; k++) {
            loud.act(obs, false, true);
            int actor = java.util.Arrays.stream(loud.counts()).sum();
            assertThat(actor).isPositive();
            assertThat(loud.lastSpikes()).isEqualTo(20 + actor);
        }
    }
}
