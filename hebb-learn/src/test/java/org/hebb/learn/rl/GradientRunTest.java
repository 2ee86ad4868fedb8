package org.hebb.learn.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.Arrays;
import org.hebb.gym.Registry;
import org.hebb.learn.ann.Mlp;
import org.hebb.learn.gradient.Dense;
import org.hebb.learn.gradient.LifParameters;
import org.hebb.learn.gradient.Network;
import org.hebb.learn.task.EpisodePlayer;
import org.junit.jupiter.api.Test;

/** {@link GradientAgentConfig} builds the documented agent; {@link GradientRun} logs, budgets and resumes it. */
class GradientRunTest {

    private static final DqnConfig SMALL_DQN = DqnConfig.defaults().withSchedule(100, 10, 2, 10, 300);
    private static final NetworkSpec SNN = NetworkSpec.snn(4, LifParameters.defaults().withInitScale(2.0), 0.0, 0.9,
            16);

    private static GradientAgentConfig dqn(long steps, long episodes) {
        return new GradientAgentConfig(GradientAgentConfig.Method.DQN, NetworkSpec.ann(Dense.Activation.RELU, 16, 16),
                "CartPole-v1", SMALL_DQN, null, steps, episodes);
    }

    private static GradientAgentConfig ppo(long steps) {
        return new GradientAgentConfig(GradientAgentConfig.Method.PPO, SNN, "CartPole-v1", null,
                new PpoConfig(0.98, 0.8, 1e-3, 100, 2, 25, 0.2, 0.0, 0.5), steps, 0);
    }

    @Test
    void theConfiguredAgentIsTheDocumentedOneAndTheLogIsItsEpisodes() {
        double[] returns = GradientRun.train(dqn(0, 30), 7);
        assertThat(returns).hasSize(30); // a DQN unit is one episode: the episode budget is met exactly
        // the same agent built by hand as docs/gradient.md §5 says: Q-network from SplittableRandom(1000 + seed)
        Dqn byHand = new Dqn(Registry.make("CartPole-v1"), Mlp.of(1007, Dense.Activation.RELU, 4, 16, 16, 2),
                SMALL_DQN, 7);
        double[] expected = new double[30];
        for (int e = 0; e < 30; e++) {
            expected[e] = byHand.trainEpisode();
        }
        assertThat(returns).isEqualTo(expected);

        GradientRun run = new GradientRun(ppo(600), 3);
        Network policy = Network.builder(4).steps(4).lif(16, LifParameters.defaults().withInitScale(2.0))
                .readout(2, 0.0, 0.9).build(1003);
        assertThat(run.agent().actingNetwork().parameters()).isEqualTo(policy.parameters());
        int units = 0;
        while (!run.finished()) {
            long before = run.envSteps();
            assertThat(before).isLessThan(600);
            int n = run.nextUnit();
            units++;
            assertThat(n).isPositive();
            assertThat(run.envSteps() - before).isGreaterThanOrEqualTo(100); // a rollout is >= rolloutSteps
        }
        long sum = 0;
        for (int e = 1; e <= run.episodes(); e++) {
            sum += run.stepsOf(e);
            assertThat(run.envStepsAt(e)).isEqualTo(sum);
            assertThat(run.returnOf(e)).isEqualTo(run.stepsOf(e)); // CartPole: +1 per step
        }
        assertThat(sum).isEqualTo(run.envSteps()).isGreaterThanOrEqualTo(600);
        assertThat(run.episodes()).isEqualTo(run.agent().episodes()).isGreaterThan(units);
    }

    @Test
    void writeAndReadAtABoundaryResumeBitForBit() throws Exception {
        for (GradientAgentConfig c : new GradientAgentConfig[] {ppo(900), dqn(900, 0)}) {
            GradientRun straight = new GradientRun(c, 5);
            for (int k = 0; k < 3; k++) {
                straight.nextUnit();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            straight.write(new DataOutputStream(bytes));
            while (!straight.finished()) {
                straight.nextUnit();
            }
            GradientRun resumed = GradientRun.read(c, 5, new DataInputStream(new ByteArrayInputStream(
                    bytes.toByteArray())));
            assertThat(resumed.episodes()).isLessThan(straight.episodes());
            while (!resumed.finished()) {
                resumed.nextUnit();
            }
            assertThat(resumed.returns()).isEqualTo(straight.returns());
            assertThat(resumed.agent().actingNetwork().parameters())
                    .isEqualTo(straight.agent().actingNetwork().parameters());
            ByteArrayOutputStream a = new ByteArrayOutputStream();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            straight.write(new DataOutputStream(a));
            resumed.write(new DataOutputStream(b));
            assertThat(Arrays.equals(a.toByteArray(), b.toByteArray())).isTrue();
        }
    }

    @Test
    void theGreedyPlayerIsTheAgentsGreedyPolicyOnItsOwnNetworkCopy() throws Exception {
        GradientRun run = new GradientRun(ppo(500), 2);
        while (!run.finished()) {
            run.nextUnit();
        }
        EpisodePlayer player = run.greedyPlayer();
        double sum = 0;
        for (int k = 0; k < HeldOut.EPISODES; k++) {
            sum += player.play(new double[0], HeldOut.FIRST_SEED + k, 500).totalReward();
        }
        assertThat(sum / HeldOut.EPISODES).isEqualTo(HeldOut.meanReturn(Registry.make("CartPole-v1"),
                run.agent()::act));
        // a distributed evaluator ships the player: it must serialize, and play the same after the trip
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(player);
        }
        EpisodePlayer shipped = (EpisodePlayer) new java.io.ObjectInputStream(new ByteArrayInputStream(
                bytes.toByteArray())).readObject();
        assertThat(shipped.play(new double[0], 10_007, 500)).isEqualTo(player.play(new double[0], 10_007, 500));
    }

    @Test
    void badInputIsRefusedInOneLine() {
        assertThatThrownBy(() -> NetworkSpec.snn(0, LifParameters.defaults(), 0, 0.9, 8))
                .hasMessage("steps (T): 0 is not allowed; must be >= 1");
        assertThatThrownBy(() -> NetworkSpec.ann(Dense.Activation.RELU, 8, 0))
                .hasMessage("hidden layer 1 size: 0 is not allowed; must be >= 1");
        assertThatThrownBy(() -> NetworkSpec.snn(4, LifParameters.defaults(), 0, 1.5, 8))
                .hasMessage("read-out decay (alpha, beta): (0.0, 1.5) is not allowed; each must be in [0, 1]");
        assertThatThrownBy(() -> dqn(0, 0))
                .hasMessage("budget: 0 env steps, 0 episodes is not allowed; each must be >= 0 and at least one > 0");
        assertThatThrownBy(() -> GradientAgentConfig.ppo("Pendulum-v1", SNN, 100, 0))
                .hasMessageStartingWith("env: Pendulum-v1 is not allowed; DQN and PPO here need discrete actions");
        assertThatThrownBy(() -> new GradientAgentConfig(GradientAgentConfig.Method.DQN, SNN, "CartPole-v1", null,
                PpoConfig.defaults(), 100, 0))
                .hasMessage("hyper-parameters: ppo given is not allowed for method dqn; must be exactly its own");
    }
}
