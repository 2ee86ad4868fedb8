package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseMapTest {

    private static final Task C = L2L.C;

    @Test
    void theVelocityPolicyPushesWithTheVelocityEverywhere() {
        ResponseMap m = ResponseMap.ofBinCentres(C, Genomes.velocityFollowing(5));
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 30; j++) {
                int expected = Genomes.signPolicy(m.ys()[j]);
                assertThat(m.action(i, j)).isEqualTo(expected);
                assertThat(m.counts()[expected][i][j]).isPositive();
                assertThat(m.counts()[2 - expected][i][j]).isZero();
                assertThat(m.counts()[1][i][j]).isZero();
            }
        }
    }

    @Test
    void aPositionPolicyReadsThePositionGenes() {
        // position bins 0..14 excite hidden 3 -> left, bins 15..29 excite hidden 4 -> right (genes 150..299, 300..314)
        double[] g = new double[315];
        for (int i = 0; i < 30; i++) {
            g[L2L.positionToHidden(5, i < 15 ? 3 : 4, i)] = 20;
        }
        g[L2L.hiddenToOutput(5, L2L.LEFT, 3)] = 20;
        g[L2L.hiddenToOutput(5, L2L.RIGHT, 4)] = 20;
        double[] p = {-1.2, -0.31, -0.29, 0.6};
        double[] v = {-0.07, 0.0, 0.07};
        ResponseMap m = ResponseMap.of(C, g, p, v);
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < v.length; j++) {
                int expected = L2L.positionBin(p[i]) < 15 ? L2L.LEFT : L2L.RIGHT;
                assertThat(m.action(i, j)).as("p %s v %s", p[i], v[j]).isEqualTo(expected);
            }
        }
    }
}
