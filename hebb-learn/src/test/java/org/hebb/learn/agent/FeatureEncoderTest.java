package org.hebb.learn.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Fourier basis against its definition cos(π c·s̃), and its ± pairs. */
class FeatureEncoderTest {

    @Test
    void fourierFeaturesAreCosinesOfTheScaledObservation() {
        FeatureEncoder e = new FeatureEncoder("fourier", 2, 0, 1, new double[] {-1, 0}, new double[] {1, 10});
        assertEquals(9, e.features());
        assertEquals(18, e.inputs());
        double[] phi = new double[9];
        double[] rates = new double[18];
        e.encode(new double[] {0.5, 2.5}, phi, rates); // s̃ = (0.75, 0.25)
        for (int k = 0; k < 9; k++) {
            int c0 = k % 3;
            int c1 = k / 3;
            double expected = Math.cos(Math.PI * (c0 * 0.75 + c1 * 0.25));
            assertEquals(expected, phi[k], 1e-15, "c = (" + c0 + ", " + c1 + ")");
            assertEquals(Math.max(expected, 0), rates[2 * k], 1e-15);
            assertEquals(Math.max(-expected, 0), rates[2 * k + 1], 1e-15);
        }
        assertEquals(1.0, e.rateScale(0));
        assertEquals(1 / Math.sqrt(5), e.rateScale(7), 1e-15); // c = (1, 2)
        e.encode(new double[] {7, -3}, phi, rates); // clipped to s̃ = (1, 0)
        assertEquals(Math.cos(Math.PI * 2), phi[2], 1e-15);
        assertEquals(-1.0, phi[1], 1e-15);
    }

    @Test
    void fieldsReuseTheTaskLayersEncoderAndRefuseAWrongObservation() {
        FeatureEncoder e = new FeatureEncoder("bins", 0, 4, 1, new double[] {0}, new double[] {1});
        double[] phi = new double[4];
        double[] rates = new double[4];
        e.encode(new double[] {0.6}, phi, rates);
        assertArrayEquals(new double[] {0, 0, 1, 0}, phi);
        assertArrayEquals(phi, rates);
        String m = assertThrows(IllegalArgumentException.class, () -> e.encode(new double[] {0.1, 0.2}, phi, rates))
                .getMessage();
        assertTrue(m.startsWith("observation: 2 values is not allowed; the encoder covers 1"), m);
        String big = assertThrows(IllegalArgumentException.class,
                () -> new FeatureEncoder("fourier", 6, 0, 1, new double[6], new double[] {1, 1, 1, 1, 1, 1})).getMessage();
        assertTrue(big.startsWith("fourier_order: 6 is not allowed for 6 dimensions"), big);
    }
}
