package org.hebb.l2l.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hebb.l2l.Distributions;
import org.hebb.l2l.EvaluationContext;
import org.junit.jupiter.api.Test;

class NoisyFunctionTest {
    private static final double[] X = {0.5, -1.0, 2.0};

    @Test
    void noiseIsGaussianAroundTheValueAndReproduciblePerContext() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.ACKLEY, 3).withNoise(0.5);
        double exact = BenchmarkFunction.ACKLEY.value(X);
        int n = 20000;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            EvaluationContext c = new EvaluationContext(3, i, 42);
            double v = f.evaluate(X, c)[0];
            assertThat(f.evaluate(X, c)[0]).isEqualTo(v); // same context, same value
            z[i] = (v - exact) / 0.5;
        }
        assertThat(Distributions.ks(z, Distributions::normalCdf)).isLessThan(Distributions.ksCritical001(n));
        assertThat(f.noise()).isEqualTo(0.5);
    }

    @Test
    void noNoiseIsTheExactValueAndNegativeNoiseIsRejected() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.RASTRIGIN, 3);
        assertThat(f.withNoise(0).evaluate(X, new EvaluationContext(0, 0, 1))[0])
                .isCloseTo(BenchmarkFunction.RASTRIGIN.value(X), within(0.0));
        assertThatThrownBy(() -> f.withNoise(-1)).hasMessage("noise: -1.0 is not allowed; must be finite and >= 0");
    }
}
