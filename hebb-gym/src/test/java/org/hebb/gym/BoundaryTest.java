package org.hebb.gym;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Branches the reference episodes never reach (golden/gym README: the ±0.07 speed clip is never hit), checked
 * against what the Gymnasium source prescribes for them: the clipped value is the bound itself.
 */
class BoundaryTest {

    @Test
    void mountainCarSpeedIsClippedToExactly007AndTheRightWallStopsAtTheGoalSide() {
        ClassicControlEnv env = (ClassicControlEnv) Registry.make("MountainCar-v0");
        env.reset(0);
        env.restore(new double[] {-0.5, 0.0699}, DType.FLOAT64, 0);
        StepResult r = env.step(2);
        double[] s = env.state();
        assertThat(s[1]).isEqualTo(0.07); // np.clip(velocity, -0.07, 0.07)
        assertThat(s[0]).isEqualTo(-0.5 + 0.07);
        assertThat(r.terminated()).isFalse();

        env.restore(new double[] {0.58, 0.05}, DType.FLOAT64, 0);
        r = env.step(1);
        assertThat(env.state()[0]).isEqualTo(0.6); // np.clip(position, -1.2, 0.6)
        assertThat(r.terminated()).isTrue();
        assertThat(r.reward()).isEqualTo(-1.0);

        env.restore(new double[] {-1.19, -0.0699}, DType.FLOAT64, 0);
        env.step(0);
        assertThat(env.state()).containsExactly(-1.2, 0.0); // left wall: position clipped, velocity zeroed
    }

    @Test
    void mountainCarContinuousSpeedClipStoresTheFloat32OfTheBound() {
        ClassicControlEnv env = (ClassicControlEnv) Registry.make("MountainCarContinuous-v0");
        env.reset(0);
        env.restore(new double[] {(float) -0.5, (float) 0.0699}, DType.FLOAT32, 5);
        StepResult r = env.step(new float[] {1f});
        assertThat(env.state()[1]).isEqualTo((float) 0.07); // velocity = max_speed, then stored as float32
        assertThat(env.stateDtype()).isEqualTo(DType.FLOAT32);
        assertThat(r.observation()[1]).isEqualTo((float) 0.07);

        env.restore(new double[] {(float) 0.59, (float) 0.05}, DType.FLOAT32, 5);
        r = env.step(new float[] {0.5f});
        assertThat(env.state()[0]).isEqualTo((float) 0.6);
        assertThat(r.terminated()).isTrue();
        assertThat(r.reward()).isEqualTo(100.0 - 0.25 * 0.1);
    }

    @Test
    void truncationComesFromTheTimeLimitAtExactlyMaxEpisodeSteps() {
        for (String id : Registry.ids()) {
            ClassicControlEnv env = (ClassicControlEnv) Registry.make(id);
            env.reset(0);
            int max = env.spec().maxEpisodeSteps();
            env.restore(env.state(), env.stateDtype(), max - 2);
            StepResult r = env.actionSpace() instanceof Discrete ? env.step(1) : env.step(new float[] {0f});
            if (!r.terminated()) {
                assertThat(r.truncated()).as(id).isFalse();
                r = env.actionSpace() instanceof Discrete ? env.step(1) : env.step(new float[] {0f});
                assertThat(r.truncated()).as(id).isTrue();
                assertThat(env.elapsedSteps()).isEqualTo(max);
            }
        }
    }

    @Test
    void acrobotAnglesWrapIntoMinusPiPi() {
        assertThat(AcrobotV1.wrap(Math.PI + 0.5, -Math.PI, Math.PI)).isEqualTo(Math.PI + 0.5 - 2 * Math.PI);
        assertThat(AcrobotV1.wrap(-Math.PI - 0.5, -Math.PI, Math.PI)).isEqualTo(-Math.PI - 0.5 + 2 * Math.PI);
        assertThat(AcrobotV1.wrap(Math.PI, -Math.PI, Math.PI)).isEqualTo(Math.PI);
        assertThat(AcrobotV1.bound(50.0, -4 * Math.PI, 4 * Math.PI)).isEqualTo(4 * Math.PI);
        assertThat(AcrobotV1.bound(-50.0, -4 * Math.PI, 4 * Math.PI)).isEqualTo(-4 * Math.PI);
    }

    @Test
    void pendulumAngleNormalizeIsNumpysFlooredRemainder() {
        assertThat(PendulumV1.angleNormalize(0.0)).isEqualTo(0.0);
        assertThat(PendulumV1.angleNormalize(2 * Math.PI)).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(PendulumV1.angleNormalize(-0.5)).isEqualTo(((-0.5 + Math.PI) % (2 * Math.PI)) - Math.PI);
        assertThat(PendulumV1.flooredRemainder(-1.0, 3.0)).isEqualTo(2.0); // Python: -1.0 % 3.0 == 2.0
        assertThat(PendulumV1.flooredRemainder(-3.0, 3.0)).isEqualTo(0.0);
        assertThat(PendulumV1.flooredRemainder(7.5, 2.0)).isEqualTo(1.5);
    }
}
