package org.hebb.learn.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SurrogateTest {

    @Test
    void eachDefaultPeaksAtOne() {
        for (Surrogate.Kind k : Surrogate.Kind.values()) {
            assertThat(Surrogate.of(k.label()).derivative(0.0)).as(k.label()).isCloseTo(1.0, within(1e-15));
        }
    }

    @Test
    void closedFormsAtChosenPoints() {
        // h1 (a=1): 1/a inside |x| < a/2, 0 outside
        assertThat(Surrogate.of("h1").derivative(0.49)).isEqualTo(1.0);
        assertThat(Surrogate.of("h1").derivative(-0.51)).isEqualTo(0.0);
        assertThat(Surrogate.of("h1:0.5").derivative(0.2)).isEqualTo(2.0);
        // h2 (a=4): 1 − |x| on |x| < 1
        assertThat(Surrogate.of("h2").derivative(0.5)).isCloseTo(0.5, within(1e-15));
        assertThat(Surrogate.of("h2").derivative(-0.75)).isCloseTo(0.25, within(1e-15));
        assertThat(Surrogate.of("h2").derivative(1.0)).isEqualTo(0.0);
        // h3 (a=0.25) at x = a: (1/a)·e⁻¹/(1 + e⁻¹)² = 4/(e + 2 + 1/e)
        double e = Math.E;
        assertThat(Surrogate.of("h3").derivative(0.25)).isCloseTo(4.0 / (e + 2.0 + 1.0 / e), within(1e-15));
        assertThat(Surrogate.of("h3").derivative(-0.25)).isCloseTo(4.0 / (e + 2.0 + 1.0 / e), within(1e-15));
        assertThat(Surrogate.of("h3").derivative(-800.0)).isEqualTo(0.0); // no overflow far out
        // h4 (a=1/2π) at x = √a: peak·e^{−1/2}
        assertThat(Surrogate.of("h4").derivative(Math.sqrt(1.0 / (2 * Math.PI)))).isCloseTo(Math.exp(-0.5),
                within(1e-15));
        // atan (α=2) at x = 1/π: 1/(1 + 1)
        assertThat(Surrogate.of("atan").derivative(1.0 / Math.PI)).isCloseTo(0.5, within(1e-15));
        // fast sigmoid (k=25) at x = 1/25, superspike (k=100) at x = −1/100: 1/(1 + 1)²
        assertThat(Surrogate.of("fast-sigmoid").derivative(0.04)).isCloseTo(0.25, within(1e-15));
        assertThat(Surrogate.of("superspike").derivative(-0.01)).isCloseTo(0.25, within(1e-15));
    }

    @Test
    void stbpAndAtanCurvesIntegrateToOneAndFastSigmoidToTwoOverK() {
        for (String name : new String[] {"h1", "h2", "h3", "h4", "atan", "h1:0.3", "h4:0.7"}) {
            assertThat(integral(Surrogate.of(name), 400.0)).as(name).isCloseTo(1.0, within(2e-3));
        }
        assertThat(integral(Surrogate.of("fast-sigmoid"), 4000.0)).isCloseTo(2.0 / 25, within(1e-4));
    }

    private static double integral(Surrogate s, double half) {
        int n = 4_000_000;
        double h = 2 * half / n;
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            sum += s.derivative(-half + (k + 0.5) * h);
        }
        return sum * h;
    }

    @Test
    void primitiveIsTheAntiderivative() {
        double[] xs = {-0.9, -0.3, -0.11, 0.07, 0.2, 0.45, 0.8, 1.7};
        double h = 1e-6;
        for (Surrogate.Kind k : Surrogate.Kind.values()) {
            Surrogate s = Surrogate.of(k.label());
            assertThat(s.primitive(0.0)).as(k.label()).isCloseTo(0.5, within(1e-15));
            for (double x : xs) {
                double fd = (s.primitive(x + h) - s.primitive(x - h)) / (2 * h);
                assertThat(fd).as(k.label() + " at " + x).isCloseTo(s.derivative(x), within(1e-8));
            }
        }
    }

    @Test
    void erfMatchesTabulatedValues() {
        // Abramowitz & Stegun table 7.1
        assertThat(Surrogate.erf(0.5)).isCloseTo(0.5204998778130465, within(1e-15));
        assertThat(Surrogate.erf(1.0)).isCloseTo(0.8427007929497149, within(1e-15));
        assertThat(Surrogate.erf(-2.0)).isCloseTo(-0.9953222650189527, within(1e-15));
        assertThat(Surrogate.erf(3.0)).isCloseTo(0.9999779095030014, within(1e-15));
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Surrogate.of("relu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("surrogate: 'relu' is not allowed; must be one of h1, h2, h3, h4, atan, fast-sigmoid,"
                        + " superspike");
        assertThatThrownBy(() -> Surrogate.of("atan:-1"))
                .hasMessage("surrogate parameter: -1.0 is not allowed; must be a finite number > 0");
        assertThatThrownBy(() -> Surrogate.of("h2:wide"))
                .hasMessage("surrogate parameter: 'wide' is not allowed; must be a number > 0");
        assertThat(Surrogate.of(Surrogate.of("h4:0.3").spec())).isEqualTo(Surrogate.of("h4:0.3"));
    }
}
