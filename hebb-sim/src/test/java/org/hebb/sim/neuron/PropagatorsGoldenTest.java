package org.hebb.sim.neuron;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hebb.sim.GoldenData;
import org.junit.jupiter.api.Test;

/** Every propagator of propagators.csv (NEST 3.9, 5 parameter sets x 3 resolutions) bit-identical. */
class PropagatorsGoldenTest {

    @Test
    void everyPropagatorIsBitIdentical() {
        List<String[]> rows = GoldenData.rawCsv("propagators.csv");
        assertThat(rows).hasSize(315);
        int checked = 0;
        for (String[] r : rows) {
            double tauM = Double.parseDouble(r[1]), cM = Double.parseDouble(r[2]);
            double tauEx = Double.parseDouble(r[3]), tauIn = Double.parseDouble(r[4]), h = Double.parseDouble(r[5]);
            String[] q = r[6].split("\\.", 2);
            double expected = Double.parseDouble(r[7]);
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(r[8]))).isEqualTo(Double.doubleToRawLongBits(expected));
            double actual = switch (q[0]) {
                case "alpha" -> IafPscAlpha.propagators(tauM, cM, tauEx, tauIn, h)[IafPscAlpha.PROPAGATOR_NAMES.indexOf(q[1])];
                case "exp" -> IafPscExp.propagators(tauM, cM, tauEx, tauIn, h)[IafPscExp.PROPAGATOR_NAMES.indexOf(q[1])];
                case "delta" -> IafPscDelta.propagators(tauM, cM, h)[IafPscDelta.PROPAGATOR_NAMES.indexOf(q[1])];
                default -> throw new AssertionError(r[6]);
            };
            assertThat(Double.doubleToRawLongBits(actual)).as("%s %s h=%s: %s vs %s", r[0], r[6], h, actual, expected)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
            checked++;
        }
        assertThat(checked).isEqualTo(315);
    }

    @Test
    void nestExpm1AgreesWithMathExpm1ToAFewUlps() {
        for (double x = -0.7; x <= 0.7; x += 0.013) {
            assertThat(Math.abs(Propagators.expm1(x) - Math.expm1(x))).isLessThanOrEqualTo(4 * Math.ulp(Math.expm1(x)));
        }
        assertThat(Propagators.expm1(0.0)).isZero();
    }
}
