package org.hebb.l2l;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RngTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, -7, 1580211})
    void restoredStateContinuesTheSameStream(long seed) {
        Rng a = Rng.seeded(seed);
        for (int i = 0; i < 100; i++) {
            a.nextGaussian();
        }
        Rng b = Rng.ofState(a.state());
        for (int i = 0; i < 1000; i++) {
            assertThat(b.nextLong()).isEqualTo(a.nextLong());
            assertThat(b.nextGaussian()).isEqualTo(a.nextGaussian());
            assertThat(b.nextInt(17)).isEqualTo(a.nextInt(17));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 11, 12345})
    void nextDoubleIsUniformOnUnitInterval(long seed) {
        Rng r = Rng.seeded(seed);
        double[] s = new double[20000];
        for (int i = 0; i < s.length; i++) {
            s[i] = r.nextDouble();
            assertThat(s[i]).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
        }
        assertThat(Distributions.ks(s, x -> x)).isLessThan(Distributions.ksCritical001(s.length));
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 7})
    void nextGaussianIsStandardNormal(long seed) {
        Rng r = Rng.seeded(seed);
        double[] s = new double[20000];
        for (int i = 0; i < s.length; i++) {
            s[i] = r.nextGaussian();
        }
        assertThat(Distributions.ks(s, Distributions::normalCdf)).isLessThan(Distributions.ksCritical001(s.length));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 7, 10})
    void nextIntIsUniform(int bound) {
        Rng r = Rng.seeded(bound);
        long[] counts = new long[bound];
        for (int i = 0; i < 20000; i++) {
            counts[r.nextInt(bound)]++;
        }
        double[] p = new double[bound];
        java.util.Arrays.fill(p, 1.0 / bound);
        assertThat(Distributions.chiSquare(counts, p)).isLessThan(Distributions.chiSquareCritical001(bound - 1));
    }

    @Test
    void derivedSeedsDifferPerCoordinate() {
        assertThat(Rng.derive(1, 0, 0)).isNotEqualTo(Rng.derive(1, 0, 1)).isNotEqualTo(Rng.derive(1, 1, 0))
                .isNotEqualTo(Rng.derive(2, 0, 0));
        assertThat(Rng.derive(1, 3, 4)).isEqualTo(Rng.derive(1, 3, 4));
    }

    @Test
    void badInputIsRejectedInOneLine() {
        assertThatThrownBy(() -> Rng.ofState(new long[4])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rng state: all zero is not allowed; must have a non-zero word");
        assertThatThrownBy(() -> Rng.ofState(new long[3])).hasMessage("rng state: 3 words is not allowed; must be 4");
        assertThatThrownBy(() -> Rng.seeded(1).nextInt(0)).hasMessage("bound: 0 is not allowed; must be > 0");
    }
}
