package org.hebb.learn.mountaincar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpikeCountDecoderTest {

    @Test
    void theStrictWinnerActsAndEveryTieOrSilenceMeansNoPush() {
        int[] c = new int[3];
        for (c[0] = 0; c[0] <= 5; c[0]++) {
            for (c[1] = 0; c[1] <= 5; c[1]++) {
                for (c[2] = 0; c[2] <= 5; c[2]++) {
                    int max = Math.max(c[0], Math.max(c[1], c[2]));
                    int winners = 0;
                    int arg = -1;
                    for (int k = 0; k < 3; k++) {
                        if (c[k] == max) {
                            winners++;
                            arg = k;
                        }
                    }
                    int expected = winners == 1 ? arg : SpikeCountDecoder.NONE;
                    assertThat(SpikeCountDecoder.action(c[0], c[1], c[2])).as("counts %d %d %d", c[0], c[1], c[2]).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void namedCases() {
        assertThat(SpikeCountDecoder.action(0, 0, 0)).isEqualTo(SpikeCountDecoder.NONE);
        assertThat(SpikeCountDecoder.action(7, 0, 7)).isEqualTo(SpikeCountDecoder.NONE);
        assertThat(SpikeCountDecoder.action(7, 7, 1)).isEqualTo(SpikeCountDecoder.NONE);
        assertThat(SpikeCountDecoder.action(1, 0, 0)).isEqualTo(SpikeCountDecoder.LEFT);
        assertThat(SpikeCountDecoder.action(0, 0, 1)).isEqualTo(SpikeCountDecoder.RIGHT);
        assertThat(SpikeCountDecoder.action(0, 3, 1)).isEqualTo(SpikeCountDecoder.NONE);
    }
}
