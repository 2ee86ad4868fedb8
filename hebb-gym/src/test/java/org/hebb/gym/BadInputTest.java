package org.hebb.gym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of bad input gives one line naming the field, the value and what is allowed. */
class BadInputTest {

    private static final BigInteger TWO_128 = BigInteger.ONE.shiftLeft(128);

    @ParameterizedTest
    @ValueSource(ints = {3, -1, Integer.MAX_VALUE})
    void discreteActionThatIsNotAnIndex(int action) {
        Env env = Registry.make("MountainCar-v0");
        env.reset(0);
        assertThatThrownBy(() -> env.step(action)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MountainCar-v0 action: " + action + " is not allowed; must be one of 0, 1, 2");
        assertThat(env.elapsedSteps()).isZero(); // nothing happened
    }

    @Test
    void cartPoleAndAcrobotListTheirOwnActions() {
        Env cart = Registry.make("CartPole-v1");
        cart.reset(1);
        assertThatThrownBy(() -> cart.step(2)).hasMessage("CartPole-v1 action: 2 is not allowed; must be one of 0, 1");
        Env acro = Registry.make("Acrobot-v1");
        acro.reset(1);
        assertThatThrownBy(() -> acro.step(-2)).hasMessage("Acrobot-v1 action: -2 is not allowed; must be one of 0, 1, 2");
    }

    @Test
    void arrayActionOnADiscreteTask() {
        Env env = Registry.make("CartPole-v1");
        env.reset(0);
        assertThatThrownBy(() -> env.step(new float[] {1f})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CartPole-v1 action: an array of 1 number(s) is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MountainCarContinuous-v0", "Pendulum-v1"})
    void indexActionOnAContinuousTask(String id) {
        Env env = Registry.make(id);
        env.reset(0);
        assertThatThrownBy(() -> env.step(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(id + " action: a discrete index (1) is not allowed");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 3})
    void continuousActionOfTheWrongShape(int length) {
        Env env = Registry.make("Pendulum-v1");
        env.reset(0);
        assertThatThrownBy(() -> env.step(new float[length])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pendulum-v1 action: shape (" + length + ",) is not allowed; must be (1,)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MountainCarContinuous-v0", "Pendulum-v1"})
    void nanAction(String id) {
        Env env = Registry.make(id);
        env.reset(0);
        assertThatThrownBy(() -> env.step(new float[] {Float.NaN})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(id + " action[0]: NaN is not allowed");
    }

    @Test
    void negativeSeed() {
        Env env = Registry.make("MountainCar-v0");
        assertThatThrownBy(() -> env.reset(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MountainCar-v0 seed: -1 is not allowed; must be an integer >= 0");
        assertThatThrownBy(() -> env.reset(BigInteger.valueOf(-5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seed: -5 is not allowed");
    }

    @Test
    void seedsOf2To128AndBeyondAreTakenAsGymnasiumTakesThem() {
        Env env = Registry.make("CartPole-v1");
        assertThat(env.reset(TWO_128).observation()).hasSize(4);
        assertThat(env.reset(TWO_128.shiftLeft(400)).observation()).hasSize(4); // numpy: BigSeedTest
    }

    @Test
    void unknownIdListsTheKnownIds() {
        assertThatThrownBy(() -> Registry.make("MountainCar-v1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment id: 'MountainCar-v1' is not allowed; must be one of MountainCar-v0, "
                        + "MountainCarContinuous-v0, CartPole-v1, Pendulum-v1, Acrobot-v1");
        assertThatThrownBy(() -> Registry.makeVec("Nope", 2)).hasMessageContaining("must be one of MountainCar-v0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MountainCar-v0", "CartPole-v1", "Acrobot-v1"})
    void stepBeforeReset(String id) {
        Env env = Registry.make(id);
        assertThatThrownBy(() -> env.step(0)).isInstanceOf(IllegalStateException.class)
                .hasMessage(id + " step: called before reset(); call reset(seed) first");
    }

    @Test
    void continuousStepBeforeReset() {
        Env env = Registry.make("Pendulum-v1");
        assertThatThrownBy(() -> env.step(new float[] {0f})).isInstanceOf(IllegalStateException.class)
                .hasMessage("Pendulum-v1 step: called before reset(); call reset(seed) first");
    }

    @Test
    void stepAfterTerminationAndAfterTruncation() {
        Env car = Registry.make("MountainCar-v0");
        float[] obs = car.reset(0).observation();
        StepResult r;
        do {
            r = car.step(obs[1] >= 0 ? 2 : 0);
            obs = r.observation();
        } while (!r.done());
        assertThat(r.terminated()).isTrue();
        int end = car.elapsedSteps();
        assertThatThrownBy(() -> car.step(1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("MountainCar-v0 step: the episode already ended (terminated at step " + end
                        + "); call reset() first");
        car.reset();
        assertThat(car.step(1).observation()).hasSize(2); // a reset makes stepping legal again

        Env pendulum = Registry.make("Pendulum-v1");
        pendulum.reset(3);
        for (int t = 0; t < 200; t++) {
            r = pendulum.step(new float[] {0f});
        }
        assertThat(r.truncated()).isTrue();
        assertThatThrownBy(() -> pendulum.step(new float[] {0f})).isInstanceOf(IllegalStateException.class)
                .hasMessage("Pendulum-v1 step: the episode already ended (truncated at step 200); call reset() first");
    }

    @Test
    void vectorActionsOfTheWrongLengthAndStepBeforeReset() {
        VectorEnv envs = Registry.makeVec("MountainCar-v0", 4);
        assertThatThrownBy(() -> envs.step(new int[4])).isInstanceOf(IllegalStateException.class)
                .hasMessage("MountainCar-v0 vector step: called before reset(); call reset(seed) first");
        envs.reset(0);
        assertThatThrownBy(() -> envs.step(new int[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MountainCar-v0 actions: shape (3,) is not allowed; must be (4,)");
        assertThatThrownBy(() -> envs.step(new int[] {0, 1, 2, 3})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MountainCar-v0 action: 3 is not allowed; must be one of 0, 1, 2");
        assertThatThrownBy(() -> envs.reset(-3)).hasMessageContaining("seed: -3 is not allowed");
        assertThatThrownBy(() -> Registry.makeVec("MountainCar-v0", 0))
                .hasMessage("num_envs: 0 is not allowed; must be >= 1");
        VectorEnv pend = Registry.makeVec("Pendulum-v1", 2);
        pend.reset(0);
        assertThatThrownBy(() -> pend.step(new float[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pendulum-v1 actions: 3 numbers is not allowed; must be num_envs * 1 = 2");
    }
}
