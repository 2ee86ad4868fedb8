package org.hebb.learn.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.StepResult;
import org.hebb.learn.ann.Mlp;
import org.hebb.learn.gradient.Dense;
import org.hebb.learn.gradient.LifParameters;
import org.hebb.learn.gradient.Network;
import org.junit.jupiter.api.Test;

class DqnTest {

    private static Network ann() {
        return Mlp.of(3, Dense.Activation.RELU, 4, 32, 32, 2);
    }

    private static Network snn() {
        return Network.builder(4).steps(6).lif(32, LifParameters.defaults().withInitScale(2.0))
                .readout(2, 0.0, 0.9).build(3);
    }

    /** Random play, seeded, fills the replay buffer; the target network stays fixed while learn() runs. */
    private static double lossRatio(Network q) {
        Env env = Registry.make("CartPole-v1");
        Dqn agent = new Dqn(env, q, DqnConfig.defaults(), 5);
        Observations obs = new Observations(env.observationSpace());
        SplitMix64 rng = new SplitMix64(17);
        double[] x = new double[4];
        double[] x2 = new double[4];
        for (int e = 0; agent.replay().size() < 2000; e++) {
            obs.write(env.reset(20_000 + e).observation(), x, 0);
            StepResult r;
            do {
                int a = rng.nextInt(2);
                r = env.step(a);
                obs.write(r.observation(), x2, 0);
                agent.replay().add(x, a, r.reward(), x2, r.terminated());
                System.arraycopy(x2, 0, x, 0, 4);
            } while (!r.done());
        }
        double first = 0;
        double last = 0;
        int n = 300;
        for (int k = 0; k < n; k++) {
            double loss = agent.learn();
            if (k < 30) {
                first += loss;
            } else if (k >= n - 30) {
                last += loss;
            }
        }
        return last / first;
    }

    @Test
    void lossFallsOnAFixedReplayBufferForTheMlp() {
        assertThat(lossRatio(ann())).isLessThan(0.1);
    }

    @Test
    void lossFallsOnAFixedReplayBufferForTheSpikingQNetwork() {
        assertThat(lossRatio(snn())).isLessThan(0.1);
    }

    @Test
    void resumingFromAnEpisodeBoundaryCheckpointRepeatsTheRunExactly() throws IOException {
        DqnConfig config = DqnConfig.defaults().withSchedule(200, 50, 10, 10, 1000);
        Dqn straight = new Dqn(Registry.make("CartPole-v1"), snn(), config, 9);
        for (int e = 0; e < 20; e++) {
            straight.trainEpisode();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        straight.writeState(new DataOutputStream(bytes));
        double[] returns = new double[10];
        for (int e = 0; e < 10; e++) {
            returns[e] = straight.trainEpisode();
        }
        Dqn resumed = new Dqn(Registry.make("CartPole-v1"), snn(), config, 9);
        resumed.readState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (int e = 0; e < 10; e++) {
            assertThat(resumed.trainEpisode()).isEqualTo(returns[e]);
        }
        assertThat(resumed.network().parameters()).isEqualTo(straight.network().parameters());
        assertThat(resumed.envSteps()).isEqualTo(straight.envSteps()).isGreaterThan(200);
    }

    @Test
    void badInputIsRefusedInOneLine() {
        assertThatThrownBy(() -> DqnConfig.defaults().withLearningRate(0))
                .hasMessage("learning rate: 0.0 is not allowed; must be finite and > 0");
        assertThatThrownBy(() -> new Dqn(Registry.make("Pendulum-v1"), ann(), DqnConfig.defaults(), 1))
                .hasMessageStartingWith("action space: ")
                .hasMessageEndingWith(" is not allowed; DQN needs Discrete");
        assertThatThrownBy(() -> new Dqn(Registry.make("Acrobot-v1"), ann(), DqnConfig.defaults(), 1))
                .hasMessage("q-network: 4 inputs, 2 outputs is not allowed; must be 6 inputs, 3 outputs for"
                        + " Acrobot-v1");
    }

    @Test
    void trainingSeedsNeverTouchTheHeldOutBlock() {
        for (long e = 0; e < 30_000; e++) {
            long s = HeldOut.trainingSeed(0, e);
            assertThat(s < HeldOut.FIRST_SEED || s >= HeldOut.FIRST_SEED + HeldOut.EPISODES).isTrue();
        }
        assertThat(HeldOut.trainingSeed(0, 9_999)).isEqualTo(9_999);
        assertThat(HeldOut.trainingSeed(0, 10_000)).isEqualTo(10_100);
    }
}
