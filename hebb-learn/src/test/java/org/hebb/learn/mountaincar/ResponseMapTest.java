package org.hebb.learn.mountaincar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseMapTest {

    private static final MountainCarConfig C = MountainCarConfig.DEFAULT;

    @Test
    void theVelocityPolicyPushesWithTheVelocityEverywhere() {
        ResponseMap m = ResponseMap.ofBinCentres(Genomes.velocityFollowing(5), C);
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 30; j++) {
                int expected = Genomes.signPolicy(m.velocities()[j]);
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
            g[MountainCarGenome.positionToHidden(5, i < 15 ? 3 : 4, i)] = 20;
        }
        g[MountainCarGenome.hiddenToOutput(5, SpikeCountDecoder.LEFT, 3)] = 20;
        g[MountainCarGenome.hiddenToOutput(5, SpikeCountDecoder.RIGHT, 4)] = 20;
        double[] p = {-1.2, -0.31, -0.29, 0.6};
        double[] v = {-0.07, 0.0, 0.07};
        ResponseMap m = ResponseMap.of(g, C, p, v);
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < v.length; j++) {
                int expected = BinEncoder.POSITION.bin(p[i]) < 15 ? SpikeCountDecoder.LEFT : SpikeCountDecoder.RIGHT;
                assertThat(m.action(i, j)).as("p %s v %s", p[i], v[j]).isEqualTo(expected);
            }
        }
    }
}
