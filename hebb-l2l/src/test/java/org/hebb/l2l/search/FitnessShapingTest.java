package org.hebb.l2l.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FitnessShapingTest {

    @Test
    void centeredRanksSpanMinusHalfToHalfByRank() {
        assertThat(FitnessShaping.CENTERED_RANKS.shape(new double[] {3, -1, 10, 0, Double.NEGATIVE_INFINITY}))
                .containsExactly(0.25, -0.25, 0.5, 0.0, -0.5);
    }

    /** Wierstra et al. 2014: u_k = max(0, ln(n/2+1) − ln k)/Σ − 1/n; they sum to 0, the best gets the most. */
    @Test
    void utilitiesFollowWierstra() {
        double[] u = FitnessShaping.UTILITIES.shape(new double[] {1, 4, 2, 3});
        double a1 = Math.log(3), a2 = Math.log(3) - Math.log(2), sum = a1 + a2;
        assertThat(u[1]).isCloseTo(a1 / sum - 0.25, within(1e-15));
        assertThat(u[3]).isCloseTo(a2 / sum - 0.25, within(1e-15));
        assertThat(u[2]).isCloseTo(-0.25, within(1e-15));
        assertThat(u[0]).isCloseTo(-0.25, within(1e-15));
        assertThat(Arrays.stream(u).sum()).isCloseTo(0, within(1e-15));
    }

    @Test
    void rawScoresReplaceFailuresByTheLowestFiniteScore() {
        assertThat(FitnessShaping.NONE.shape(new double[] {2, Double.NEGATIVE_INFINITY, -3}))
                .containsExactly(2, -3, -3);
        assertThat(FitnessShaping.NONE.shape(new double[] {Double.NEGATIVE_INFINITY})).containsExactly(0);
    }
}
