package org.hebb.gym.rng;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The part of numpy's {@code np.random.Generator} that Gymnasium's classic-control tasks use: {@link #random()} and
 * {@link #uniform} over a {@link Pcg64}, with numpy's order of operations ({@code low + (high - low) * u},
 * distributions.c {@code random_uniform}), so every draw equals numpy's bit for bit.
 *
 * {@snippet :
 * Generator rng = Generator.of(0);          // np.random.default_rng(0), gymnasium.utils.seeding.np_random(0)
 * double x0 = rng.uniform(-0.6, -0.4);      // -0.4726076625357092, MountainCar-v0's start position for seed 0
 * }
 */
public final class Generator {

    private final Pcg64 bits;

    /** A generator over the given bit generator (which it then owns). */
    public Generator(Pcg64 bits) {
        this.bits = Objects.requireNonNull(bits, "bits");
    }

    /** {@code np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed)))} for a seed >= 0. */
    public static Generator of(long seed) {
        return new Generator(Pcg64.of(SeedSequence.of(seed)));
    }

    /** As {@link #of(long)} for a seed of any size >= 0. */
    public static Generator of(BigInteger seed) {
        return new Generator(Pcg64.of(SeedSequence.of(seed)));
    }

    /** The underlying bit generator. */
    public Pcg64 bitGenerator() {
        return bits;
    }

    /** {@code Generator.random()}: a double in [0, 1). */
    public double random() {
        return bits.nextDouble();
    }

    /** {@code Generator.uniform(low, high)} for scalars: {@code low + (high - low) * random()}. */
    public double uniform(double low, double high) {
        double range = high - low;
        if (!Double.isFinite(range)) {
            throw new IllegalArgumentException("uniform range: high - low = " + range + " is not allowed; must be finite");
        }
        return low + range * bits.nextDouble();
    }

    /** {@code Generator.uniform(low, high, size=out.length)} for scalar bounds, filling {@code out} in order. */
    public void uniform(double low, double high, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = uniform(low, high);
        }
    }

    /**
     * {@code Generator.uniform(low, high)} for array bounds: element i is {@code low[i] + (high[i] - low[i]) * random()},
     * drawn in index order, written to {@code out}.
     */
    public void uniform(double[] low, double[] high, double[] out) {
        if (low.length != high.length || low.length != out.length) {
            throw new IllegalArgumentException("uniform shapes: low " + low.length + ", high " + high.length
                    + ", out " + out.length + " are not allowed; must be equal");
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = uniform(low[i], high[i]);
        }
    }
}
