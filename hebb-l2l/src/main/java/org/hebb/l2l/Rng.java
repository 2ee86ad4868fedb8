package org.hebb.l2l;

import java.util.Arrays;

/**
 * A xoshiro256** pseudo-random generator whose whole state is four longs, so a checkpoint can save and restore it
 * exactly. Seeding, {@link #nextDouble()}, {@link #nextInt(int)} and {@link #nextGaussian()} are defined here
 * bit for bit (Gaussians use {@link StrictMath}), so a seed gives the same stream on every JVM and platform.
 *
 * <p>Not thread-safe: every optimizer and every evaluation owns its own instance.
 */
public final class Rng {
    private long s0, s1, s2, s3;

    private Rng(long s0, long s1, long s2, long s3) {
        if ((s0 | s1 | s2 | s3) == 0) {
            throw new IllegalArgumentException("rng state: all zero is not allowed; must have a non-zero word");
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }

    /** A generator seeded from {@code seed} by four SplitMix64 steps (the seeding the xoshiro authors recommend). */
    public static Rng seeded(long seed) {
        long x = seed;
        long a = splitMix(x += GOLDEN);
        long b = splitMix(x += GOLDEN);
        long c = splitMix(x += GOLDEN);
        long d = splitMix(x + GOLDEN);
        return new Rng(a, b, c, d);
    }

    /** A generator in exactly the given state (as returned by {@link #state()}). */
    public static Rng ofState(long[] state) {
        if (state.length != 4) {
            throw new IllegalArgumentException("rng state: " + state.length + " words is not allowed; must be 4");
        }
        return new Rng(state[0], state[1], state[2], state[3]);
    }

    /** A copy of the full state; {@code Rng.ofState(r.state())} continues the very same stream. */
    public long[] state() {
        return new long[] {s0, s1, s2, s3};
    }

    /** A seed derived from a base seed and coordinates (e.g. generation, individual index), well mixed. */
    public static long derive(long seed, long... coordinates) {
        long h = splitMix(seed ^ 0x6A09E667F3BCC909L);
        for (long c : coordinates) {
            h = splitMix(h + GOLDEN + splitMix(c));
        }
        return h;
    }

    /** The next 64 random bits (xoshiro256**). */
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform on [0, 1) with 53 random bits, like Python's {@code random.random()}. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform integer in [0, bound), unbiased (rejection of the incomplete last block). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound: " + bound + " is not allowed; must be > 0");
        }
        long r = nextLong() >>> 1;
        long m = bound;
        for (long u = r; u - (r = u % m) + m - 1 < 0; u = nextLong() >>> 1) {
            // reject: u fell into the last, incomplete multiple of bound
        }
        return (int) r;
    }

    /** Standard normal by Box–Muller (one value per call, no cached spare, so the state stays four longs). */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // in (0, 1], so the log is finite
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /** Normal with mean {@code mu} and standard deviation {@code sigma}. */
    public double nextGaussian(double mu, double sigma) {
        return mu + sigma * nextGaussian();
    }

    @Override
    public String toString() {
        return "Rng" + Arrays.toString(state());
    }

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
