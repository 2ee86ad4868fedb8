package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BinEncoderTest {

    /** One dimension of the L2L preset's encoder, with numpy's histogram edges beside it. */
    private record BinEncoder(int d, double lo, double hi) {
        int bins() {
            return 30;
        }

        int bin(double x) {
            return ENCODER.bin(d, x);
        }

        double centre(int i) {
            return lo + (i + 0.5) * (hi - lo) / 30;
        }

        /** numpy's {@code np.linspace(lo, hi, 31)[i]}: {@code i * ((hi - lo) / 30) + lo}, the last exactly hi. */
        double edge(int i) {
            return i == 30 ? hi : i * ((hi - lo) / 30) + lo;
        }
    }

    private static final ObservationEncoder ENCODER = L2L.C.encoder();
    private static final BinEncoder POSITION = new BinEncoder(0, -1.2, 0.6);
    private static final BinEncoder VELOCITY = new BinEncoder(1, -0.07, 0.07);
    private static final BinEncoder[] ENCODERS = {POSITION, VELOCITY};

    @Test
    void theEndsAndTheValuesJustInsideAndOutsideGoToTheEdgeBins() {
        for (BinEncoder e : ENCODERS) {
            assertThat(e.bin(e.lo())).isZero();
            assertThat(e.bin(Math.nextUp(e.lo()))).isZero();
            assertThat(e.bin(Math.nextDown(e.lo()))).isZero();
            assertThat(e.bin(e.hi())).isEqualTo(29); // np.digitize would give index 30 here
            assertThat(e.bin(Math.nextDown(e.hi()))).isEqualTo(29);
            assertThat(e.bin(Math.nextUp(e.hi()))).isEqualTo(29);
        }
    }

    @Test
    void valuesFarOutsideAreClampedToTheEdgeBins() {
        for (BinEncoder e : ENCODERS) {
            assertThat(e.bin(e.lo() - 10)).isZero();
            assertThat(e.bin(Double.NEGATIVE_INFINITY)).isZero();
            assertThat(e.bin(-Double.MAX_VALUE)).isZero();
            assertThat(e.bin(e.hi() + 10)).isEqualTo(29);
            assertThat(e.bin(Double.POSITIVE_INFINITY)).isEqualTo(29);
            assertThat(e.bin(Double.MAX_VALUE)).isEqualTo(29);
        }
    }

    @Test
    void float32ClippedEndsStayAtTheirOwnEnd() {
        // gymnasium's float32 observation of -1.2 is below the float64 -1.2: L2L's digitize would pick the last neuron
        assertThat((double) (float) -1.2).isLessThan(-1.2);
        assertThat(POSITION.bin((float) -1.2)).isZero();
        assertThat(VELOCITY.bin((float) -0.07)).isZero();
        assertThat(VELOCITY.bin((float) 0.07)).isEqualTo(29);
    }

    @Test
    void restIsTheFirstNonNegativeVelocityBinAndEveryCentreIsItsOwnBin() {
        assertThat(VELOCITY.bin(0.0)).isEqualTo(15);
        assertThat(VELOCITY.bin(-1e-12)).isEqualTo(14);
        assertThat(VELOCITY.bin(-Double.MIN_VALUE)).isEqualTo(15); // -0.07 - 4.9e-324 rounds to -0.07: an edge case of the formula
        for (BinEncoder e : ENCODERS) {
            for (int i = 0; i < 30; i++) {
                assertThat(e.bin(e.centre(i))).isEqualTo(i);
            }
        }
    }

    @Test
    void agreesWithExactArithmeticAwayFromTheEdges() {
        SplittableRandom rng = new SplittableRandom(7);
        for (BinEncoder e : ENCODERS) {
            BigDecimal lo = new BigDecimal(e.lo());
            BigDecimal width = new BigDecimal(e.hi()).subtract(lo);
            int checked = 0;
            for (int k = 0; k < 20_000; k++) {
                double x = e.lo() + (e.hi() - e.lo()) * rng.nextDouble();
                // exact floor((x - lo) * 30 / (hi - lo)) of the doubles, and the distance to the nearest edge
                BigDecimal q = new BigDecimal(x).subtract(lo).multiply(BigDecimal.valueOf(30)).divide(width, 40, RoundingMode.FLOOR);
                int exact = q.setScale(0, RoundingMode.FLOOR).intValueExact();
                double frac = q.subtract(BigDecimal.valueOf(exact)).doubleValue();
                if (frac > 1e-9 && frac < 1 - 1e-9) {
                    assertThat(e.bin(x)).as("x = %s", x).isEqualTo(exact);
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(19_000);
        }
    }

    @Test
    void isMonotoneWithThirtyBinsOverTheRange() {
        for (BinEncoder e : ENCODERS) {
            int last = 0;
            int changes = 0;
            for (int k = -100; k <= 100_100; k++) {
                int b = e.bin(e.lo() + (e.hi() - e.lo()) * k / 100_000.0);
                assertThat(b).isBetween(last, last + 1);
                changes += b - last;
                last = b;
            }
            assertThat(changes).isEqualTo(29);
        }
    }

    /** L2L's {@code np.digitize(x, edges) - 1} on numpy's 31 edges (right = False: edges[i-1] <= x < edges[i]). */
    private static int digitizeMinusOne(BinEncoder e, double x) {
        int i = 0;
        while (i <= e.bins() && e.edge(i) <= x) {
            i++;
        }
        return i - 1;
    }

    @Test
    void differsFromL2LsDigitizeOnlyOnEdgesAndOutsideTheRange() {
        SplittableRandom rng = new SplittableRandom(11);
        for (BinEncoder e : ENCODERS) {
            for (int k = 0; k < 20_000; k++) {
                double x = e.lo() + (e.hi() - e.lo()) * rng.nextDouble();
                assertThat(e.bin(x)).as("x = %s", x).isEqualTo(digitizeMinusOne(e, x));
            }
            int edgeDifferences = 0;
            for (int i = 1; i < e.bins(); i++) {
                double edge = e.edge(i);
                assertThat(e.bin(edge)).isBetween(i - 1, i); // digitize gives i; hebb may round to the bin below
                edgeDifferences += e.bin(edge) != digitizeMinusOne(e, edge) ? 1 : 0;
                for (double x : new double[] {edge - 1e-15, edge + 1e-15}) { // a few ulps away they agree again
                    assertThat(e.bin(x)).as("x = %s", x).isEqualTo(digitizeMinusOne(e, x));
                }
            }
            assertThat(edgeDifferences).isLessThan(e.bins() - 1);
            assertThat(digitizeMinusOne(e, e.hi())).isEqualTo(30); // one past the last neuron
            assertThat(e.bin(e.hi())).isEqualTo(29);
            assertThat(digitizeMinusOne(e, Math.nextDown(e.lo()))).isEqualTo(-1); // Python: the last neuron
            assertThat(e.bin(Math.nextDown(e.lo()))).isZero();
        }
    }
}
