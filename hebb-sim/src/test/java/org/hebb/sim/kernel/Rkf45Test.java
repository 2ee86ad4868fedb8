package org.hebb.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The integrator against closed forms of linear ODEs, and GSL's stepping rules that can be seen from outside:
 * the end of the interval is hit exactly, the step grows by at most 5 and never shrinks by more than 5 per try,
 * and the size carried on is the adjusted one.
 */
class Rkf45Test {

    /** Integrates {@code y' = -y / tau} over [0, T] in calls of length {@code dt} (as a neuron's steps); returns {y, steps}. */
    private static double[] decay(double tau, double T, double dt, double epsAbs) {
        Rkf45 rk = new Rkf45(1, epsAbs, 0.0, 1.0, 0.0);
        double[] y = {1.0};
        rk.step = dt;
        int steps = 0;
        int calls = (int) Math.round(T / dt);
        for (int c = 0; c < calls; c++) {
            for (double t = 0.0; t < dt; steps++) {
                double before = rk.step;
                t = rk.apply((s, u, f) -> f[0] = -u[0] / tau, t, dt, y);
                assertThat(rk.step).isLessThanOrEqualTo(5 * before); // growth at most 5x
                assertThat(t).isLessThanOrEqualTo(dt);
            }
        }
        return new double[] {y[0], steps};
    }

    @Test
    void exponentialDecayWithinTheAccumulatedLocalTolerance() {
        for (double tol : new double[] {1e-3, 1e-6, 1e-9}) {
            double[] r = decay(3.0, 10.0, 0.1, tol);
            double exact = Math.exp(-10.0 / 3.0);
            // each accepted step's error estimate is <= 1.1 tol, and a decaying mode only damps earlier errors
            assertThat(Math.abs(r[0] - exact)).as("tol %s", tol).isLessThanOrEqualTo(1.1 * tol * r[1]);
        }
        double[] loose = decay(3.0, 10.0, 0.1, 1e-3), tight = decay(3.0, 10.0, 0.1, 1e-12);
        assertThat(Math.abs(tight[0] - Math.exp(-10.0 / 3.0))).isLessThan(1e-11);
        assertThat(tight[1]).isGreaterThan(loose[1]); // a tighter tolerance takes more steps
    }

    @Test
    void harmonicOscillatorOverOneLongInterval() {
        double omega = 2.0;
        Rkf45 rk = new Rkf45(2, 1e-10, 1e-10, 1.0, 0.0);
        double[] y = {1.0, 0.0}; // x, x'
        rk.step = 1e-3;
        double t = 0.0, end = 5.0;
        int steps = 0;
        while (t < end) {
            t = rk.apply((s, u, f) -> {
                f[0] = u[1];
                f[1] = -omega * omega * u[0];
            }, t, end, y);
            steps++;
        }
        assertThat(t).isEqualTo(end); // the final step sets t = t1 exactly
        assertThat(y[0]).isCloseTo(Math.cos(omega * end), org.assertj.core.data.Offset.offset(2.2e-10 * steps));
        assertThat(y[1]).isCloseTo(-omega * Math.sin(omega * end), org.assertj.core.data.Offset.offset(4.4e-10 * steps));
        assertThat(steps).isBetween(20, 2000);
    }

    @Test
    void aStepThatIsTooLargeIsRetriedSmallerButAtMostFiveTimesSmaller() {
        Rkf45 rk = new Rkf45(1, 1e-12, 0.0, 1.0, 0.0);
        double[] y = {1.0};
        rk.step = 1.0; // far too large for 1e-12 on y' = -10 y
        double t = rk.apply((s, u, f) -> f[0] = -10 * u[0], 0.0, 1.0, y);
        assertThat(t).isLessThan(1.0).isGreaterThan(0.0); // accepted a smaller step
        assertThat(y[0]).isCloseTo(Math.exp(-10 * t), org.assertj.core.data.Offset.offset(1.1e-12));
        assertThat(rk.step).isGreaterThanOrEqualTo(t); // the size carried on: the accepted one or larger
    }

    @Test
    void constantDerivativeKeepsAClippedStepAndGrowsIt() {
        Rkf45 rk = new Rkf45(1, 1e-3, 0.0, 1.0, 0.0);
        double[] y = {0.0};
        rk.step = 0.1;
        double t = rk.apply((s, u, f) -> f[0] = 2.0, 0.0, 0.05, y); // clipped to 0.05, error 0: grows 5x from 0.05
        assertThat(t).isEqualTo(0.05);
        assertThat(y[0]).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(rk.step).isEqualTo(5 * 0.05);
    }

    @Test
    void negativeToleranceOrWrongDirectionIsRejected() {
        assertThatThrownBy(() -> new Rkf45(1, -1.0, 0.0, 1.0, 0.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rkf45.control");
        Rkf45 rk = new Rkf45(1, 1e-3, 0.0, 1.0, 0.0);
        rk.step = -0.1;
        assertThatThrownBy(() -> rk.apply((s, u, f) -> f[0] = 0, 0.0, 1.0, new double[1])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rkf45.step");
    }
}
