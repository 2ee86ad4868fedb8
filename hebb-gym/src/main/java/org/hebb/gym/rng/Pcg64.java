package org.hebb.gym.rng;

import java.math.BigInteger;

/**
 * numpy's {@code PCG64} bit generator (PCG XSL-RR 128/64; numpy/random/src/pcg64/pcg64.h): a 128-bit linear
 * congruential state with a 64-bit permuted output, seeded from a {@link SeedSequence} exactly as
 * {@code np.random.PCG64(seed_sequence)} does.
 *
 * <p>The 128-bit state and increment are held as two {@code long} words each; multiplication and addition are done
 * modulo 2<sup>128</sup> with {@link Math#unsignedMultiplyHigh}. Not thread-safe.
 *
 * {@snippet :
 * Pcg64 bits = Pcg64.of(SeedSequence.of(0));
 * long raw = bits.nextLong();   // 0xa30febcfd9c2825f, numpy's bit_generator.random_raw()
 * double u = bits.nextDouble(); // numpy's Generator.random()
 * }
 */
public final class Pcg64 {

    // PCG_DEFAULT_MULTIPLIER_128 = 2549297995355413924 * 2^64 + 4865540595714422341
    private static final long MUL_HI = 2549297995355413924L;
    private static final long MUL_LO = 4865540595714422341L;

    private long stateHi;
    private long stateLo;
    private final long incHi;
    private final long incLo;

    private Pcg64(long initStateHi, long initStateLo, long initSeqHi, long initSeqLo) {
        // pcg_setseq_128_srandom_r: inc = initseq << 1 | 1; state = 0; step; state += initstate; step
        incHi = (initSeqHi << 1) | (initSeqLo >>> 63);
        incLo = (initSeqLo << 1) | 1L;
        stateHi = 0;
        stateLo = 0;
        step();
        long lo = stateLo + initStateLo;
        stateHi = stateHi + initStateHi + (Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0);
        stateLo = lo;
        step();
    }

    /** The generator {@code np.random.PCG64(seq)} builds: state words from {@code seq.generate_state(4, uint64)}. */
    public static Pcg64 of(SeedSequence seq) {
        long[] u = seq.generateState64(4);
        // pcg64.pyx: initstate = u[0] << 64 | u[1], initseq = u[2] << 64 | u[3]
        return new Pcg64(u[0], u[1], u[2], u[3]);
    }

    /** Shorthand for {@code of(SeedSequence.of(seed))}. */
    public static Pcg64 of(long seed) {
        return of(SeedSequence.of(seed));
    }

    private void step() {
        // state = state * MUL + inc (mod 2^128)
        long lo = stateLo * MUL_LO;
        long hi = Math.unsignedMultiplyHigh(stateLo, MUL_LO) + stateHi * MUL_LO + stateLo * MUL_HI;
        long sumLo = lo + incLo;
        hi = hi + incHi + (Long.compareUnsigned(sumLo, lo) < 0 ? 1 : 0);
        stateLo = sumLo;
        stateHi = hi;
    }

    /** Next 64 random bits (numpy's {@code random_raw}, unsigned value in a signed long). Advances first. */
    public long nextLong() {
        step();
        // XSL-RR output: xor the halves, rotate right by the top 6 bits of the state
        return Long.rotateRight(stateHi ^ stateLo, (int) (stateHi >>> 58));
    }

    /** Next double in [0, 1) with 53 random bits, as numpy's {@code pcg64_next_double}. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** The current 128-bit state as a non-negative integer. */
    public BigInteger state() {
        return unsigned128(stateHi, stateLo);
    }

    /** The 128-bit increment (always odd) as a non-negative integer. */
    public BigInteger increment() {
        return unsigned128(incHi, incLo);
    }

    private static BigInteger unsigned128(long hi, long lo) {
        return new BigInteger(Long.toUnsignedString(hi)).shiftLeft(64).or(new BigInteger(Long.toUnsignedString(lo)));
    }
}
