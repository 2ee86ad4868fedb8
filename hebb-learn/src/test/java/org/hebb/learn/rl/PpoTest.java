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
import org.hebb.learn.ann.Mlp;
import org.hebb.learn.gradient.Dense;
import org.hebb.learn.gradient.LifParameters;
import org.hebb.learn.gradient.Network;
import org.junit.jupiter.api.Test;

class PpoTest {

    private static Ppo annAgent(long seed) {
        return new Ppo(Registry.make("CartPole-v1"), Mlp.of(1000 + seed, Dense.Activation.RELU, 4, 64, 64, 2),
                Mlp.of(2000 + seed, Dense.Activation.RELU, 4, 64, 64, 1), PpoConfig.defaults(), seed);
    }

    /** Seeded: the MLP agent of the measurement (seed 0) reaches a held-out mean of 475 within 20,000 env steps. */
    @Test
    void mlpPolicySolvesCartPoleOnTheHeldOutSeeds() {
        Ppo agent = annAgent(0);
        Env test = Registry.make("CartPole-v1");
        double best = 0;
        while (agent.envSteps() < 20_000 && best < 475) {
            if (agent.trainRollout() >= 475) {
                best = Math.max(best, HeldOut.meanReturn(test, agent::act));
            }
        }
        assertThat(best).isGreaterThanOrEqualTo(475);
    }

    @Test
    void resumingBetweenRolloutsRepeatsTheRunExactly() throws IOException {
        LifParameters lif = LifParameters.defaults().withInitScale(2.0);
        Ppo straight = spiking(lif);
        for (int k = 0; k < 3; k++) {
            straight.trainRollout();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        straight.writeState(new DataOutputStream(bytes));
        double a = straight.trainRollout();
        double b = straight.trainRollout();
        Ppo resumed = spiking(lif);
        resumed.readState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(resumed.trainRollout()).isEqualTo(a);
        assertThat(resumed.trainRollout()).isEqualTo(b);
        assertThat(resumed.policy().parameters()).isEqualTo(straight.policy().parameters());
        assertThat(resumed.envSteps()).isEqualTo(straight.envSteps()).isGreaterThanOrEqualTo(5 * 256);
    }

    private static Ppo spiking(LifParameters lif) {
        Network policy = Network.builder(4).steps(4).lif(16, lif).readout(2, 0, 0.9).build(1);
        Network value = Network.builder(4).steps(4).lif(16, lif).readout(1, 0, 0.9).build(2);
        return new Ppo(Registry.make("CartPole-v1"), policy, value, PpoConfig.defaults(), 4);
    }

    @Test
    void badInputIsRefusedInOneLine() {
        assertThatThrownBy(() -> new PpoConfig(0.99, 0.95, -1e-3, 256, 10, 64, 0.2, 0, 0.5))
                .hasMessage("learning rate: -0.001 is not allowed; must be finite and > 0");
        assertThatThrownBy(() -> new Ppo(Registry.make("CartPole-v1"), Mlp.of(1, Dense.Activation.RELU, 4, 8, 2),
                Mlp.of(1, Dense.Activation.RELU, 4, 8, 2), PpoConfig.defaults(), 1))
                .hasMessage("value network: 4 inputs, 2 outputs is not allowed; must be 4 inputs, 1 outputs for CartPole-v1");
    }
}
