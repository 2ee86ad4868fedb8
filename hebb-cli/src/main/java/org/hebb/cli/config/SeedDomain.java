package org.hebb.cli.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.hebb.cli.UserError;

/**
 * The integers each kind of seed may take, one domain per kind (docs/run.md, "Seeds"), so that no seed is ever
 * wrapped, truncated or aliased: a value outside its domain is refused with one line naming the field, the value and
 * the domain, and a value inside is recorded exactly.
 *
 * <ul>
 *   <li>{@link #RUN}: run and optimizer seeds ({@code [optimizer] seed}, {@code [compare] seeds}, {@code [learn]
 *       seed}): 0 … 2<sup>64</sup>−1, every 64-bit pattern once. Held as a Java {@code long} with the same bits (a
 *       seed of 2<sup>63</sup> or more is a negative {@code long}), written as the unsigned decimal.</li>
 *   <li>{@link #TASK_ENV}: the env seeds of a task's episodes ({@code [optimizee] seed}, {@code episode --seed},
 *       {@code evaluate --first-seed}): 0 … 2<sup>63</sup>−1, the task layer's {@code long} seeds.</li>
 *   <li>{@link #GYM_ENV}: {@code gym play/replay --seed}: any integer ≥ 0, as Gymnasium's {@code reset(seed=...)}
 *       takes it (numpy's {@code SeedSequence} hashes integers of any size).</li>
 *   <li>{@link #NEST}: a network spec's {@code seed} and {@code hebb.nest}'s {@code rng_seed}: 1 … 2<sup>32</sup>−1,
 *       as NEST 3.9's {@code RandomManager::set_status} takes it ({@code 0 < rng_seed < 2^32}).</li>
 * </ul>
 */
public enum SeedDomain {
    RUN(BigInteger.ZERO, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), "an integer in [0, 2^64-1]"),
    TASK_ENV(BigInteger.ZERO, BigInteger.valueOf(Long.MAX_VALUE), "an integer in [0, 2^63-1]"),
    GYM_ENV(BigInteger.ZERO, null, "an integer >= 0"),
    NEST(BigInteger.ONE, BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE),
            "an integer in [1, 2^32-1] (NEST's rng_seed)");

    private final BigInteger min;
    private final BigInteger max; // null: unbounded
    private final String allowed;

    SeedDomain(BigInteger min, BigInteger max, String allowed) {
        this.min = min;
        this.max = max;
        this.allowed = allowed;
    }

    /** What the domain allows, as error messages say it. */
    public String allowed() {
        return allowed;
    }

    /** {@code value} checked against the domain, or a one-line {@link UserError} naming {@code field}. */
    public BigInteger check(String field, BigInteger value) {
        if (value.compareTo(min) < 0 || (max != null && value.compareTo(max) > 0)) {
            throw new UserError(field + ": " + value + " is not allowed; must be " + allowed);
        }
        return value;
    }

    /** A seed given as text (a command-line option): a decimal integer in the domain. */
    public BigInteger parse(String field, String text) {
        BigInteger v;
        try {
            v = new BigInteger(text.strip());
        } catch (NumberFormatException e) {
            throw new UserError(field + ": " + text + " is not allowed; must be " + allowed);
        }
        return check(field, v);
    }

    /** A seed from a config value (TOML or run.json), checked before any narrowing. */
    public BigInteger of(JsonNode v, String field) {
        if (v == null || !v.isIntegralNumber()) {
            throw new UserError(field + ": " + v + " is not allowed; must be " + allowed);
        }
        return check(field, v.bigIntegerValue());
    }

    /** {@code t.key} as a 64-bit pattern (domains up to 2^64−1), or {@code fallback} when absent. */
    public long readLong(ConfigTable t, String key, long fallback) {
        return t.has(key) ? toLong(of(t.raw(key), t.field(key))) : fallback;
    }

    /** {@code t.key}, required. */
    public long readLong(ConfigTable t, String key) {
        if (!t.has(key)) {
            throw new UserError(t.field(key) + ": missing required key (" + allowed + ")");
        }
        return readLong(t, key, 0);
    }

    /** A checked value of a domain of at most 64 bits as the {@code long} with its low 64 bits. */
    public long toLong(BigInteger v) {
        if (max == null || max.bitLength() > 64) {
            throw new IllegalStateException(this + " seeds do not fit a long");
        }
        return v.longValue();
    }

    /**
     * A {@link #RUN} seed as written to run.json: the number itself (a {@code Long} below 2<sup>63</sup>, else the
     * unsigned value as a {@code BigInteger}), so the record reads back as the seed the user gave.
     */
    public static Number unsigned(long seed) {
        return seed >= 0 ? (Number) seed : new BigInteger(Long.toUnsignedString(seed));
    }
}
