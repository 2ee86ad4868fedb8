package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionDecoderTest {

    @Test
    void strictMaximumWins() {
        assertThat(ActionDecoder.discrete(new int[] {3, 7, 2}, 1)).isEqualTo(1);
        assertThat(ActionDecoder.discrete(new int[] {9, 7, 2}, 1)).isZero();
        assertThat(ActionDecoder.discrete(new int[] {0, 0, 1}, 0)).isEqualTo(2);
    }

    @Test
    void tieForTheMostOrSilenceGivesTheDefault() {
        assertThat(ActionDecoder.discrete(new int[] {5, 5, 2}, 2)).isEqualTo(2);
        assertThat(ActionDecoder.discrete(new int[] {1, 5, 5}, 0)).isZero();
        assertThat(ActionDecoder.discrete(new int[] {0, 0, 0}, 1)).isEqualTo(1);
        assertThat(ActionDecoder.discrete(new int[] {4, 4}, 1)).isEqualTo(1);
        assertThat(ActionDecoder.discrete(new int[] {6, 2, 6, 1}, 3)).isEqualTo(3); // a tie after a lower count too
    }

    @Test
    void continuousActionIsGainTimesRateDifferenceClipped() {
        float[] out = new float[2];
        // groups of 2 neurons, 20 ms: 4 spikes = 100 Hz, 2 spikes = 50 Hz
        ActionDecoder.continuous(new int[] {4, 2, 0, 40}, 2, 20.0, 0.01, new float[] {-1, -2}, new float[] {1, 2}, out);
        assertThat(out[0]).isEqualTo(0.5f);                  // 0.01 × (100 − 50)
        assertThat(out[1]).isEqualTo(-2f);                   // 0.01 × (0 − 1000) = −10, clipped to −2
        ActionDecoder.continuous(new int[] {0, 0, 3, 3}, 2, 20.0, 0.01, new float[] {-1, -2}, new float[] {1, 2}, out);
        assertThat(out).containsExactly(0f, 0f);             // silence and balance: no action
    }
}
