package org.hebb.gym;

import static org.assertj.core.api.Assertions.assertThat;

import org.hebb.gym.GoldenEpisodes.Episode;
import org.hebb.gym.GoldenEpisodes.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link PyRepr} and {@link EpisodeCsv} reproduce the text Python wrote in every golden row. */
class PyReprTest {

    static java.util.List<String> envIds() {
        return Registry.ids();
    }

    @ParameterizedTest
    @MethodSource("envIds")
    void everyObservationRewardStateAndActionOfTheGoldenFilesFormatsAsPythonWroteIt(String id) {
        int checked = 0;
        for (Episode ep : GoldenEpisodes.load(id)) {
            for (Row r : ep.rows()) {
                for (String s : r.obsText()) {
                    assertThat(PyRepr.format(Double.parseDouble(s))).isEqualTo(s);
                    checked++;
                }
                if (!r.rewardText().isEmpty()) {
                    assertThat(PyRepr.format(r.reward())).isEqualTo(r.rewardText());
                }
                if (!r.action().isEmpty() && r.action().contains(".")) {
                    assertThat(EpisodeCsv.action(new float[] {(float) Double.parseDouble(r.action())}))
                            .isEqualTo(r.action());
                }
                for (double v : r.state()) {
                    // every state value reads back through its own repr
                    assertThat(Double.parseDouble(PyRepr.format(v))).isEqualTo(v);
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @ParameterizedTest
    @MethodSource("envIds")
    void goldenRowsRebuiltFromTheirValuesMatchTheFileTextExactly(String id) {
        for (Episode ep : GoldenEpisodes.load(id)) {
            Row first = ep.rows().getFirst();
            assertThat(EpisodeCsv.resetRow(first.obs())).isEqualTo(first.csvText());
            for (Row r : ep.rows().subList(1, ep.rows().size())) {
                StepResult sr = new StepResult(r.obs(), r.reward(), r.terminated(), r.truncated(), java.util.Map.of());
                assertThat(EpisodeCsv.stepRow(r.t(), r.action(), sr)).isEqualTo(r.csvText());
            }
        }
        assertThat(EpisodeCsv.header(2)).isEqualTo("t,action,obs0,obs1,reward,terminated,truncated");
    }

    /** CPython 3 reprs (float_repr_style 'short'). */
    @ParameterizedTest
    @CsvSource({
        "0.1, 0.1", "100, 100.0", "-0.0, -0.0", "0, 0.0", "1e16, 1e+16", "1e15, 1000000000000000.0",
        "1e22, 1e+22", "0.0001, 0.0001", "0.00001, 1e-05", "4.9e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308",
        "123456789012345680, 1.2345678901234568e+17", "1.4142135623730951, 1.4142135623730951",
        "2.5e-5, 2.5e-05", "-1.2, -1.2", "0.3333333333333333, 0.3333333333333333", "9.5e-5, 9.5e-05",
        "Infinity, inf", "-Infinity, -inf", "NaN, nan", "1.0, 1.0", "123.0, 123.0", "1e-4, 0.0001",
        "-0.4726076625357092, -0.4726076625357092", "6.190564515908179E-4, 0.0006190564515908179",
        "-1.5e-7, -1.5e-07", "1.2345e123, 1.2345e+123", "0.30000000000000004, 0.30000000000000004"
    })
    void knownPythonReprs(String javaLiteral, String python) {
        assertThat(PyRepr.format(Double.parseDouble(javaLiteral))).isEqualTo(python);
    }

    /** Random bit patterns and random magnitudes read back as the same double. */
    @org.junit.jupiter.api.Test
    void roundTripsExactly() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        for (int k = 0; k < 10_000; k++) {
            double x = Double.longBitsToDouble(rng.nextLong());
            if (Double.isFinite(x)) {
                assertThat(Double.parseDouble(PyRepr.format(x))).isEqualTo(x);
            }
            double y = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(-8, 3));
            assertThat(Double.parseDouble(PyRepr.format(y))).isEqualTo(y);
        }
    }
}
