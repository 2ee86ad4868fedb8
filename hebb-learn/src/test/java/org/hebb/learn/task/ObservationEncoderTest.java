package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ObservationEncoderTest {

    private static ObservationEncoder bins(int n, double lo, double hi) {
        return new ObservationEncoder(InputEncoding.BINS, n, new double[] {lo}, new double[] {hi}, 1.0, 40000);
    }

    @Test
    void binEdgesAndClamping() {
        ObservationEncoder e = bins(10, 0, 10);              // edges at the integers, exact in binary
        assertThat(e.bin(0, 0.0)).isZero();
        assertThat(e.bin(0, 2.0)).isEqualTo(2);             // on an interior edge: the upper bin
        assertThat(e.bin(0, Math.nextDown(2.0))).isEqualTo(1);
        assertThat(e.bin(0, 5.5)).isEqualTo(5);
        assertThat(e.bin(0, 9.999)).isEqualTo(9);
        assertThat(e.bin(0, 10.0)).isEqualTo(9);            // the upper end belongs to the last bin
        assertThat(e.bin(0, 70.0)).isEqualTo(9);            // beyond the range: clamped
        assertThat(e.bin(0, -7.0)).isZero();
        assertThat(e.bin(0, Double.NEGATIVE_INFINITY)).isZero();
        assertThat(e.bin(0, Double.POSITIVE_INFINITY)).isEqualTo(9);
        assertThat(e.bin(0, Double.NaN)).isZero();
    }

    @Test
    void binsDriveExactlyOneNeuronPerDimension() {
        ObservationEncoder e = new ObservationEncoder(InputEncoding.BINS, 4, new double[] {0, -2}, new double[] {4, 2},
                1.0, 500);
        double[] out = new double[8];
        e.encode(new double[] {2.5, -10}, out);
        assertThat(out).containsExactly(0, 0, 500, 0, 500, 0, 0, 0);
        e.encode(new double[] {0.1, 1.9}, out);              // the previous bins are cleared
        assertThat(out).containsExactly(500, 0, 0, 0, 0, 0, 0, 500);
    }

    @Test
    void gaussianFieldsFollowTheClosedForm() {
        double lo = -0.5;
        double hi = 1.5;
        int n = 5;
        double width = 0.7;
        ObservationEncoder e = new ObservationEncoder(InputEncoding.GAUSSIAN, n, new double[] {lo}, new double[] {hi},
                width, 2000);
        double spacing = (hi - lo) / (n - 1);
        double sigma = width * spacing;
        assertThat(e.sigma(0)).isCloseTo(0.35, within(1e-15));
        double[] out = new double[n];
        for (double x : new double[] {-0.5, -0.1, 0.37, 1.0, 1.5}) {
            e.encode(new double[] {x}, out);
            for (int i = 0; i < n; i++) {
                double c = lo + i * spacing;
                assertThat(out[i]).as("x %s field %d", x, i)
                        .isCloseTo(2000 * Math.exp(-(x - c) * (x - c) / (2 * sigma * sigma)), within(1e-9));
            }
        }
        e.encode(new double[] {0.0}, out);                   // on a centre: full amplitude there
        assertThat(out[1]).isEqualTo(2000.0);
    }

    @Test
    void gaussianInputBeyondTheRangeIsClippedToItsEnd() {
        ObservationEncoder e = new ObservationEncoder(InputEncoding.GAUSSIAN, 3, new double[] {0}, new double[] {1}, 1.0, 100);
        double[] atEnd = new double[3];
        double[] beyond = new double[3];
        e.encode(new double[] {1.0}, atEnd);
        e.encode(new double[] {50.0}, beyond);
        assertThat(beyond).containsExactly(atEnd);
        assertThat(beyond[2]).isEqualTo(100.0);
    }

    @Test
    void badSettingsAreRefusedInOneLine() {
        assertThatThrownBy(() -> bins(0, 0, 1)).hasMessage("neurons_per_dimension: 0 is not allowed; must be >= 1");
        assertThatThrownBy(() -> new ObservationEncoder(InputEncoding.GAUSSIAN, 1, new double[] {0}, new double[] {1}, 1, 1))
                .hasMessageStartingWith("neurons_per_dimension: 1 is not allowed; must be >= 2");
        assertThatThrownBy(() -> bins(3, 1, 1)).hasMessage("ranges[0]: [1.0, 1.0] is not allowed; must be finite with lo < hi");
        assertThatThrownBy(() -> bins(3, 0, Double.POSITIVE_INFINITY)).hasMessageContaining("must be finite");
        assertThatThrownBy(() -> bins(3, 0, 1).encode(new double[2], new double[3]))
                .hasMessage("observation: 2 values is not allowed; must be 1");
        assertThatThrownBy(() -> InputEncoding.of("rbf"))
                .hasMessage("encoding: \"rbf\" is not allowed; must be \"bins\" or \"gaussian\"");
    }
}
