package org.hebb.learn.rl;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * SplitMix64 (Steele, Lea &amp; Flood 2014; the generator behind java.util.SplittableRandom) with its one-long state
 * exposed, so an agent's random stream can be checkpointed and resumed bit for bit — SplittableRandom cannot be.
 */
public final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long state;

    public SplitMix64(long seed) {
        state = seed;
    }

    public long nextLong() {
        long z = (state += GOLDEN_GAMMA);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), bound ≥ 1 (Lemire's multiply-shift; the bias is below 2⁻³¹ for bounds used here). */
    public int nextInt(int bound) {
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** An independent seed for a sub-stream (e.g. one network's initialisation). */
    public long split() {
        return nextLong();
    }

    public void writeState(DataOutput out) throws IOException {
        out.writeLong(state);
    }

    public void readState(DataInput in) throws IOException {
        state = in.readLong();
    }
}
