package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MountainCarDecoderTest {

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
                    int expected = winners == 1 ? arg : L2L.NONE;
                    assertThat(ActionDecoder.discrete(new int[] {c[0], c[1], c[2]}, L2L.NONE)).as("counts %d %d %d", c[0], c[1], c[2]).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void namedCases() {
        assertThat(ActionDecoder.discrete(new int[] {0, 0, 0}, L2L.NONE)).isEqualTo(L2L.NONE);
        assertThat(ActionDecoder.discrete(new int[] {7, 0, 7}, L2L.NONE)).isEqualTo(L2L.NONE);
        assertThat(ActionDecoder.discrete(new int[] {7, 7, 1}, L2L.NONE)).isEqualTo(L2L.NONE);
        assertThat(ActionDecoder.discrete(new int[] {1, 0, 0}, L2L.NONE)).isEqualTo(L2L.LEFT);
        assertThat(ActionDecoder.discrete(new int[] {0, 0, 1}, L2L.NONE)).isEqualTo(L2L.RIGHT);
        assertThat(ActionDecoder.discrete(new int[] {0, 3, 1}, L2L.NONE)).isEqualTo(L2L.NONE);
    }
}
