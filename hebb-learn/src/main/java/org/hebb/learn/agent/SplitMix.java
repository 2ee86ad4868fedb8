package org.hebb.learn.agent;

/**
 * SplitMix64 (Steele, Lea &amp; Flood 2014): a tiny generator whose whole state is one {@code long}, so an agent's
 * checkpoint holds it exactly and a resumed run draws the same numbers as an uninterrupted one.
 */
final class SplitMix {
    private long state;

    SplitMix(long seed) {
        state = seed;
    }

    long state() {
        return state;
    }

    void state(long s) {
        state = s;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return uniform in [0, 1) with 53 random bits */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A seed for an independent stream, derived from two numbers (e.g. a run seed and an episode seed). */
    static long mix(long a, long b) {
        SplitMix m = new SplitMix(a * 0x9E3779B97F4A7C15L + b);
        m.nextLong();
        return m.nextLong();
    }
}
