package org.hebb.learn.mountaincar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FloatReprTest {

    @Test
    void matchesPythonsRepr() {
        // expected strings are what CPython 3 prints for repr(x)
        assertThat(FloatRepr.of(0.0)).isEqualTo("0.0");
        assertThat(FloatRepr.of(-0.0)).isEqualTo("-0.0");
        assertThat(FloatRepr.of(1.0)).isEqualTo("1.0");
        assertThat(FloatRepr.of(123.0)).isEqualTo("123.0");
        assertThat(FloatRepr.of(-0.4726076625357092)).isEqualTo("-0.4726076625357092");
        assertThat(FloatRepr.of(6.190564515908179E-4)).isEqualTo("0.0006190564515908179");
        assertThat(FloatRepr.of(1e-4)).isEqualTo("0.0001");
        assertThat(FloatRepr.of(1e-5)).isEqualTo("1e-05");
        assertThat(FloatRepr.of(-1.5e-7)).isEqualTo("-1.5e-07");
        assertThat(FloatRepr.of(1e15)).isEqualTo("1000000000000000.0");
        assertThat(FloatRepr.of(1e16)).isEqualTo("1e+16");
        assertThat(FloatRepr.of(1.2345e123)).isEqualTo("1.2345e+123");
        assertThat(FloatRepr.of(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(FloatRepr.of(Double.NaN)).isEqualTo("nan");
        assertThat(FloatRepr.of(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void roundTripsExactly() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int k = 0; k < 10_000; k++) {
            double x = Double.longBitsToDouble(rng.nextLong());
            if (Double.isFinite(x)) {
                assertThat(Double.parseDouble(FloatRepr.of(x))).isEqualTo(x);
            }
            double y = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(-8, 3));
            assertThat(Double.parseDouble(FloatRepr.of(y))).isEqualTo(y);
        }
    }
}
