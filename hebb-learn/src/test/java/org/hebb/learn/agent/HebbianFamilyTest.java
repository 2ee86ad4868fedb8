package org.hebb.learn.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.hebb.sim.synapse.FlorianStdp;
import org.junit.jupiter.api.Test;

/** The family against Florian 2007's rules as the kernel implements them, and its traces against their exponentials. */
class HebbianFamilyTest {

    private static final int N = 50;
    private static final int STEPS = 2000;

    /** Runs the family and Florian's rule on the same random spikes and rewards; weights must agree bit for bit. */
    private static void compare(FlorianStdp.Variant variant, double tauZ) {
        double[] w0 = new double[N];
        Random r = new Random(7);
        for (int k = 0; k < N; k++) {
            w0[k] = 2 + 6 * r.nextDouble();
        }
        FlorianStdp florian = new FlorianStdp(new FlorianStdp.Params(0.05, 1.0, 1.05, 20, 20, 25, 0, 10), variant, w0);
        HebbianFamily family = new HebbianFamily(new HebbianFamily.Params(0.05, 1.0, -1.05, 0, 0, 0, 20, 20, tauZ, 0, 10), w0);
        int[] pre = new int[N];
        int[] post = new int[N];
        double[] m = new double[N];
        for (int t = 0; t < STEPS; t++) {
            for (int k = 0; k < N; k++) {
                pre[k] = r.nextDouble() < 0.05 ? 1 : 0;
                post[k] = r.nextDouble() < 0.05 ? 1 : 0;
                m[k] = r.nextDouble() < 0.1 ? r.nextGaussian() : 0.0;
            }
            florian.step(1.0, pre, post, m);
            family.step(1.0, pre, post, m);
            assertArrayEquals(florian.weights(), family.weights(), 0.0, "step " + t);
        }
        assertArrayEquals(florian.eligibility(), family.eligibility(), 0.0);
    }

    @Test
    void mstdpIsTheFamilyWithoutTrace() {
        compare(FlorianStdp.Variant.MSTDP, 0);
    }

    @Test
    void mstdpetIsTheFamilyWithTrace() {
        compare(FlorianStdp.Variant.MSTDPET, 25);
    }

    @Test
    void zeroModulationChangesNoWeight() {
        double[] w0 = {1, 2, 3};
        HebbianFamily f = new HebbianFamily(new HebbianFamily.Params(1, 1, -1, 0.5, 0.5, 0.1, 20, 20, 25, -10, 10), w0);
        for (int t = 0; t < 100; t++) {
            f.step(1.0, new int[] {1, t % 2, 0}, new int[] {t % 3 == 0 ? 1 : 0, 1, 1}, new double[3]);
        }
        assertArrayEquals(w0, f.weights(), 0.0);
    }

    @Test
    void tracesDecayWithTheirTimeConstants() {
        double tauPlus = 17;
        double tauMinus = 33;
        double tauZ = 50;
        HebbianFamily f = new HebbianFamily(new HebbianFamily.Params(0, 1.5, -0.5, 0, 0, 0, tauPlus, tauMinus, tauZ, -1, 1),
                new double[] {0});
        f.step(1.0, new int[] {1}, new int[] {1}, new double[1]); // spike pair at t = 0: H = 1.5 − 0.5 = 1
        double z0 = f.eligibility()[0];
        assertEquals(1.0 / tauZ, z0, 1e-15);
        for (int t = 1; t <= 100; t++) {
            f.step(1.0, new int[1], new int[1], new double[1]);
            assertEquals(1.5 * Math.exp(-t / tauPlus), f.preTraces()[0], 1e-12);
            assertEquals(-0.5 * Math.exp(-t / tauMinus), f.postTraces()[0], 1e-12);
            assertEquals(z0 * Math.exp(-t / tauZ), f.eligibility()[0], 1e-12);
        }
    }
}
