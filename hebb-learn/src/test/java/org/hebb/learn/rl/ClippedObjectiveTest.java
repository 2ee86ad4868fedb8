package org.hebb.learn.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** PPO's hand-written logit gradient against central finite differences of its loss, in and out of the clip. */
class ClippedObjectiveTest {

    @Test
    void gradientMatchesFiniteDifferencesInsideAndOutsideTheClip() {
        double[] z = {0.3, -0.7, 1.1};
        double[] p = new double[3];
        double[] g = new double[3];
        double h = 1e-6;
        // old log-probabilities chosen so r is inside (≈1), above 1 + ε and below 1 − ε
        for (double oldLogp : new double[] {Math.log(0.55), Math.log(0.2), Math.log(0.95)}) {
            for (double adv : new double[] {1.3, -0.8}) {
                ClippedObjective.gradient(z, 0, 3, 2, oldLogp, adv, 0.2, 0.01, 1, p, g, 0);
                for (int k = 0; k < 3; k++) {
                    double keep = z[k];
                    z[k] = keep + h;
                    double plus = ClippedObjective.loss(z, 0, 3, 2, oldLogp, adv, 0.2, 0.01);
                    z[k] = keep - h;
                    double minus = ClippedObjective.loss(z, 0, 3, 2, oldLogp, adv, 0.2, 0.01);
                    z[k] = keep;
                    assertThat(g[k]).as("old %f adv %f k %d", oldLogp, adv, k)
                            .isCloseTo((plus - minus) / (2 * h), within(1e-8));
                }
            }
        }
    }

    @Test
    void clippedSidesCarryOnlyTheEntropyGradient() {
        double[] z = {0.0, 0.0};
        double[] p = new double[2];
        double[] g = new double[2];
        // π(a) = 0.5, π_old(a) = 0.2: r = 2.5 > 1.2 with A > 0 — clipped; uniform π has zero entropy gradient
        ClippedObjective.gradient(z, 0, 2, 0, Math.log(0.2), 1.0, 0.2, 0.5, 1, p, g, 0);
        assertThat(g).containsExactly(0.0, 0.0);
    }
}
