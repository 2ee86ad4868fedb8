package org.hebb.gym.rng;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * numpy's {@code SeedSequence} (numpy/random/bit_generator.pyx) for an integer entropy and no spawn key: it hashes
 * the seed into a pool of four 32-bit words and expands the pool into as many state words as a bit generator needs.
 *
 * <p>All arithmetic is on 32-bit words with wrap-around, which Java's {@code int} gives for free; only shifts must be
 * unsigned ({@code >>>}).
 *
 * {@snippet :
 * SeedSequence seq = SeedSequence.of(0);
 * long[] state = seq.generateState64(4); // what PCG64 is seeded with
 * }
 */
public final class SeedSequence {

    /** Number of 32-bit words in the entropy pool (numpy's default {@code pool_size}). */
    public static final int POOL_SIZE = 4;

    private static final int INIT_A = 0x43b0d7e5;
    private static final int MULT_A = 0x931e8875;
    private static final int INIT_B = 0x8b51f9dd;
    private static final int MULT_B = 0x58f38ded;
    private static final int MIX_MULT_L = 0xca01f9dd;
    private static final int MIX_MULT_R = 0x4973f715;
    private static final int XSHIFT = 16;

    private final BigInteger entropy;
    private final int[] entropyWords;
    private final int[] pool = new int[POOL_SIZE];
    private int hashConst; // the running multiplier of hashmix while the pool is mixed

    private SeedSequence(BigInteger entropy) {
        if (entropy.signum() < 0) {
            throw new IllegalArgumentException("SeedSequence entropy: " + entropy + " is not allowed; must be >= 0");
        }
        this.entropy = entropy;
        this.entropyWords = words(entropy);
        mixEntropy();
    }

    /** The sequence for a non-negative integer seed, as {@code np.random.SeedSequence(seed)}. */
    public static SeedSequence of(long seed) {
        if (seed < 0) {
            throw new IllegalArgumentException("SeedSequence entropy: " + seed + " is not allowed; must be >= 0");
        }
        return new SeedSequence(BigInteger.valueOf(seed));
    }

    /** The sequence for a non-negative integer seed of any size, as {@code np.random.SeedSequence(seed)}. */
    public static SeedSequence of(BigInteger seed) {
        return new SeedSequence(seed);
    }

    /** The entropy this sequence was built from. */
    public BigInteger entropy() {
        return entropy;
    }

    /** The entropy split into 32-bit words, least significant first ({@code [0]} for seed 0). */
    public int[] entropyWords() {
        return entropyWords.clone();
    }

    /** The mixed pool of {@link #POOL_SIZE} 32-bit words. */
    public int[] pool() {
        return pool.clone();
    }

    /** {@code generate_state(n, np.uint32)}: n words drawn from the pool. */
    public int[] generateState32(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("SeedSequence n_words: " + n + " is not allowed; must be >= 0");
        }
        int[] out = new int[n];
        int hashConst = INIT_B;
        for (int i = 0; i < n; i++) {
            // bit_generator.pyx generate_state: cycle through the pool, hashing with a running constant
            int v = pool[i % POOL_SIZE];
            v ^= hashConst;
            hashConst *= MULT_B;
            v *= hashConst;
            v ^= v >>> XSHIFT;
            out[i] = v;
        }
        return out;
    }

    /** {@code generate_state(n, np.uint64)}: 2n 32-bit words paired little-endian into n 64-bit words. */
    public long[] generateState64(int n) {
        int[] w = generateState32(2 * n);
        long[] out = new long[n];
        for (int k = 0; k < n; k++) {
            out[k] = Integer.toUnsignedLong(w[2 * k]) | ((long) w[2 * k + 1] << 32);
        }
        return out;
    }

    private int hashmix(int value) {
        // bit_generator.pyx hashmix: the multiplier constant evolves across calls
        value ^= hashConst;
        hashConst *= MULT_A;
        value *= hashConst;
        value ^= value >>> XSHIFT;
        return value;
    }

    private static int mix(int x, int y) {
        int r = MIX_MULT_L * x - MIX_MULT_R * y;
        r ^= r >>> XSHIFT;
        return r;
    }

    private void mixEntropy() {
        hashConst = INIT_A;
        for (int i = 0; i < POOL_SIZE; i++) {
            pool[i] = hashmix(i < entropyWords.length ? entropyWords[i] : 0);
        }
        for (int src = 0; src < POOL_SIZE; src++) {
            for (int dst = 0; dst < POOL_SIZE; dst++) {
                if (src != dst) {
                    pool[dst] = mix(pool[dst], hashmix(pool[src]));
                }
            }
        }
        for (int src = POOL_SIZE; src < entropyWords.length; src++) {
            for (int dst = 0; dst < POOL_SIZE; dst++) {
                pool[dst] = mix(pool[dst], hashmix(entropyWords[src]));
            }
        }
    }

    private static int[] words(BigInteger value) {
        // _coerce_to_uint32_array: least significant 32-bit word first; zero is one word
        int n = Math.max(1, (value.bitLength() + 31) / 32);
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = value.shiftRight(32 * i).intValue();
        }
        return w;
    }

    @Override
    public String toString() {
        return "SeedSequence(entropy=" + entropy + ", pool=" + Arrays.toString(pool) + ")";
    }
}
