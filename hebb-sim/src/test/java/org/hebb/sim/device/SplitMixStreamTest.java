package org.hebb.sim.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The position-addressable stream is java.util.SplittableRandom's stream bit for bit (the poisson_generator's counts
 * of every earlier release depend on it), whether drawn in order or read at a position.
 */
class SplitMixStreamTest {

    @ParameterizedTest
    @ValueSource(longs = {0L, 1L, -7L, 143202461L, Long.MIN_VALUE})
    void drawsSplittableRandomsNumbersInOrderAndByPosition(long seed) {
        SplittableRandom reference = new SplittableRandom(seed);
        SplitMixStream inOrder = new SplitMixStream(seed);
        SplitMixStream byPosition = new SplitMixStream(seed);
        byPosition.skip(3);
        SplittableRandom skipped = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            skipped.nextLong();
        }
        for (int i = 0; i < 100_000; i++) {
            double expected = reference.nextDouble();
            assertThat(inOrder.nextDouble()).isEqualTo(expected);
            assertThat(byPosition.doubleAt(i)).isEqualTo(skipped.nextDouble());
        }
        assertThat(inOrder.drawn()).isEqualTo(100_000);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3, 1.78, 29.9, 30.0, 75.5, 400.0})
    void aDrawAtAPositionIsTheSequentialDraw(double lambda) {
        SplitMixStream sequential = new SplitMixStream(11);
        SplitMixStream addressed = new SplitMixStream(11);
        double part = PoissonGenerator.partMean(lambda);
        int per = PoissonGenerator.numbersPerDraw(lambda);
        for (int j = 0; j < 2_000; j++) {
            assertThat(PoissonGenerator.drawAt(part, Math.exp(-part), per, addressed, (long) j * per))
                    .isEqualTo(PoissonGenerator.draw(lambda, sequential));
        }
        assertThat(sequential.drawn()).isEqualTo(2_000L * per);
    }
}
