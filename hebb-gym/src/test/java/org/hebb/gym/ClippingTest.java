package org.hebb.gym;

import static org.assertj.core.api.Assertions.assertThat;

import org.hebb.gym.rng.Generator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Continuous actions outside the bounds are clipped, not refused: the dynamics see the bound, so the states of an
 * episode with out-of-range actions equal those of the same episode with the clipped actions (seeded property test).
 * Only MountainCarContinuous's reward differs: it charges the unclipped action, 0.1·a².
 */
class ClippingTest {

    static int[] seeds() {
        return new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mountainCarContinuousClipsTheForceButChargesTheUnclippedAction(int seed) {
        // a clipped force becomes the Python float bound (float64 arithmetic), an in-range one stays float32:
        // so any two actions beyond the same bound give identical states, and they track the in-range bound
        // action to float32 precision
        Env wild = Registry.make("MountainCarContinuous-v0");
        Env wilder = Registry.make("MountainCarContinuous-v0");
        Env tame = Registry.make("MountainCarContinuous-v0");
        wild.reset(seed);
        wilder.reset(seed);
        tame.reset(seed);
        Generator rng = Generator.of(1000 + seed);
        for (int t = 0; t < 150; t++) {
            float sign = rng.random() < 0.5 ? -1f : 1f;
            float a = sign * (float) rng.uniform(1.0625, 4);
            float b = sign * (float) rng.uniform(1.0625, 4);
            StepResult w = wild.step(new float[] {a});
            StepResult w2 = wilder.step(new float[] {b});
            tame.step(new float[] {sign});
            assertThat(wild.state()).containsExactly(wilder.state());
            assertThat(w.terminated()).isEqualTo(w2.terminated());
            for (int i = 0; i < 2; i++) {
                assertThat(wild.state()[i]).isCloseTo(tame.state()[i], org.assertj.core.data.Offset.offset(1e-6));
            }
            double goal = w.terminated() ? 100.0 : 0.0;
            assertThat(w.reward()).isEqualTo(goal - ((double) a * a) * 0.1);
            if (w.done()) {
                break;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void pendulumClipsTheTorqueToPlusMinusTwo(int seed) {
        Env wild = Registry.make("Pendulum-v1");
        Env tame = Registry.make("Pendulum-v1");
        wild.reset(seed);
        tame.reset(seed);
        Generator rng = Generator.of(2000 + seed);
        for (int t = 0; t < 200; t++) {
            float a = (float) rng.uniform(-10, 10);
            float clipped = Math.min(Math.max(a, -2f), 2f);
            StepResult w = wild.step(new float[] {a});
            StepResult c = tame.step(new float[] {clipped});
            assertThat(wild.state()).containsExactly(tame.state());
            assertThat(w.observation()).containsExactly(c.observation());
            assertThat(w.reward()).isEqualTo(c.reward());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void statesStayInsideTheirDocumentedRanges(int seed) {
        Generator rng = Generator.of(3000 + seed);
        Env car = Registry.make("MountainCar-v0");
        car.reset(seed);
        Env pendulum = Registry.make("Pendulum-v1");
        pendulum.reset(seed);
        for (int t = 0; t < 200; t++) {
            StepResult r = car.step((int) (rng.random() * 3));
            double[] s = car.state();
            assertThat(s[0]).isBetween(-1.2, 0.6);
            assertThat(s[1]).isBetween(-0.07, 0.07);
            assertThat(car.observationSpace().contains(r.observation())).isTrue();
            pendulum.step(new float[] {(float) rng.uniform(-2, 2)});
            assertThat(pendulum.state()[1]).isBetween(-8.0, 8.0);
            assertThat(PendulumV1.angleNormalize(pendulum.state()[0])).isBetween(-Math.PI, Math.PI);
            if (r.done()) {
                car.reset();
            }
        }
    }
}
