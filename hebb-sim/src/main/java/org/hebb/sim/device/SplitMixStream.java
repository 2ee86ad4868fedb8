package org.hebb.sim.device;

import java.util.random.RandomGenerator;

/**
 * The SplitMix64 stream of {@link java.util.SplittableRandom#SplittableRandom(long)} (Steele, Lea &amp; Flood 2014,
 * "Fast splittable pseudorandom number generators"), written so that its {@code n}-th number can be computed without
 * drawing the ones before it: the state after {@code n} draws is {@code seed + n * GAMMA}, and a draw is that state
 * through Stafford's variant-13 mixer. A poisson_generator draws one number per target and part (see
 * {@link PoissonGenerator#draw}), so each thread of the partitioned kernel can draw its own targets' counts at their
 * positions in the stream: the counts are the same on any number of threads. Bit-identical to SplittableRandom
 * (checked by SplitMixStreamTest).
 */
public final class SplitMixStream implements RandomGenerator {

    /** SplittableRandom's GOLDEN_GAMMA, the odd increment of a stream made from a seed. */
    static final long GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;
    /** Numbers drawn so far. */
    private long drawn;

    public SplitMixStream(long seed) {
        this.seed = seed;
    }

    /** Stafford's variant 13 of the MurmurHash3 finalizer (SplitMix64's mix64). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public long nextLong() {
        return mix64(seed + ++drawn * GAMMA);
    }

    /** @return the double {@link #nextDouble()} returns after {@code index} more draws (does not draw) */
    public double doubleAt(long index) {
        return (mix64(seed + (drawn + index + 1) * GAMMA) >>> 11) * 0x1.0p-53; // RandomGenerator.nextDouble()
    }

    /** @return how many numbers were drawn so far */
    public long drawn() {
        return drawn;
    }

    /** Skips {@code n} numbers (they were drawn by {@link #doubleAt}). */
    public void skip(long n) {
        drawn += n;
    }
}
