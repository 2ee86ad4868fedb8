package org.hebb.gym;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hebb.gym.rng.Pcg64;
import org.hebb.gym.rng.SeedSequence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeds of 2^128 and beyond, as Gymnasium takes them: numpy's pool, first raw draws and MountainCar's reset
 * position (big-seeds/big_seeds.jsonl, written by numpy; see its README), bit for bit.
 */
class BigSeedTest {

    static Stream<Map<String, Object>> rows() throws IOException {
        List<Map<String, Object>> rows = MiniJson.lines("/big-seeds/big_seeds.jsonl");
        assertThat(rows).hasSize(5);
        return rows.stream();
    }

    private static BigInteger seed(Map<String, Object> row) {
        BigInteger s = new BigInteger((String) row.get("seed"));
        assertThat(s).isGreaterThanOrEqualTo(BigInteger.ONE.shiftLeft(128));
        return s;
    }

    @ParameterizedTest(name = "seed {index}")
    @MethodSource("rows")
    @SuppressWarnings("unchecked")
    void poolAndRawDrawsAreNumpys(Map<String, Object> row) {
        SeedSequence seq = SeedSequence.of(seed(row));
        List<BigInteger> pool = (List<BigInteger>) row.get("pool_uint32");
        int[] got = seq.pool();
        for (int i = 0; i < got.length; i++) {
            assertThat(Integer.toUnsignedLong(got[i])).isEqualTo(pool.get(i).longValueExact());
        }
        Pcg64 g = Pcg64.of(seq);
        for (String raw : (List<String>) row.get("raw_uint64_first4")) {
            assertThat(Long.toUnsignedString(g.nextLong())).isEqualTo(raw);
        }
    }

    @ParameterizedTest(name = "seed {index}")
    @MethodSource("rows")
    void mountainCarResetsFromTheSeed(Map<String, Object> row) {
        float position = Registry.make("MountainCar-v0").reset(seed(row)).observation()[0];
        assertThat(position).isEqualTo(Float.parseFloat((String) row.get("mountaincar_reset_position_float32")));
    }
}
