package org.hebb.gym;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hebb.gym.rng.Generator;
import org.hebb.gym.rng.Pcg64;
import org.hebb.gym.rng.SeedSequence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every value of numpy's seeding streams in golden/gym/seeding.jsonl, bit for bit, for all 20 seeds. */
class SeedingGoldenTest {

    static Stream<Map<String, Object>> seeds() throws IOException {
        List<Map<String, Object>> rows = MiniJson.lines("/golden/gym/seeding.jsonl");
        assertThat(rows).hasSize(20);
        return rows.stream();
    }

    private static BigInteger seed(Map<String, Object> row) {
        return (BigInteger) row.get("seed");
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> row, String key) {
        assertThat(row).containsKey(key);
        return (List<String>) row.get(key);
    }

    private static long hex64(String h) {
        return Long.parseUnsignedLong(h.substring(2), 16);
    }

    private static long bits(String repr) {
        return Double.doubleToRawLongBits(Double.parseDouble(repr));
    }

    @ParameterizedTest(name = "seed {index}")
    @MethodSource("seeds")
    void seedSequenceEntropyPoolAndState(Map<String, Object> row) {
        SeedSequence seq = SeedSequence.of(seed(row));
        @SuppressWarnings("unchecked")
        List<BigInteger> entropy = (List<BigInteger>) row.get("entropy_uint32");
        int[] words = seq.entropyWords();
        assertThat(words).hasSize(entropy.size());
        for (int i = 0; i < words.length; i++) {
            assertThat(Integer.toUnsignedLong(words[i])).isEqualTo(entropy.get(i).longValueExact());
        }
        List<String> pool = strings(row, "pool_uint32");
        int[] p = seq.pool();
        for (int i = 0; i < 4; i++) {
            assertThat(p[i]).as("pool[%d]", i).isEqualTo((int) hex64(pool.get(i)));
        }
        List<String> state = strings(row, "generate_state_4xuint64");
        long[] g = seq.generateState64(4);
        for (int i = 0; i < 4; i++) {
            assertThat(g[i]).as("generate_state[%d]", i).isEqualTo(hex64(state.get(i)));
        }
    }

    @ParameterizedTest(name = "seed {index}")
    @MethodSource("seeds")
    void pcg64StateIncrementRawAndDoubles(Map<String, Object> row) {
        Pcg64 bits = Pcg64.of(SeedSequence.of(seed(row)));
        assertThat(bits.state()).isEqualTo(new BigInteger(((String) row.get("pcg64_state_after_seeding"))
                .substring(2), 16));
        assertThat(bits.increment()).isEqualTo(new BigInteger(((String) row.get("pcg64_inc")).substring(2), 16));
        for (String raw : strings(row, "raw_uint64_first8")) {
            assertThat(bits.nextLong()).isEqualTo(hex64(raw));
        }
        Pcg64 fresh = Pcg64.of(SeedSequence.of(seed(row)));
        for (String d : strings(row, "random_double_first8")) {
            assertThat(Double.doubleToRawLongBits(fresh.nextDouble())).isEqualTo(bits(d));
        }
    }

    @ParameterizedTest(name = "seed {index}")
    @MethodSource("seeds")
    void generatorUniformDrawsOfTheResets(Map<String, Object> row) {
        Generator rng = Generator.of(seed(row));
        for (String u : strings(row, "uniform_-0.6_-0.4_first8_scalar_calls")) {
            assertThat(Double.doubleToRawLongBits(rng.uniform(-0.6, -0.4))).isEqualTo(bits(u));
        }
        double[] four = new double[4];
        Generator.of(seed(row)).uniform(-0.05, 0.05, four);
        assertBits(four, strings(row, "cartpole_reset_uniform_-0.05_0.05_size4"));
        Generator.of(seed(row)).uniform(-0.1, 0.1, four);
        assertBits(four, strings(row, "acrobot_reset_uniform_-0.1_0.1_size4"));
        List<String> acrobotF32 = strings(row, "acrobot_reset_state_float32");
        for (int i = 0; i < 4; i++) {
            assertThat(Double.doubleToRawLongBits((float) four[i])).isEqualTo(bits(acrobotF32.get(i)));
        }
        double[] two = new double[2];
        Generator.of(seed(row)).uniform(new double[] {-Math.PI, -1.0}, new double[] {Math.PI, 1.0}, two);
        assertBits(two, strings(row, "pendulum_reset_uniform_-[pi,1]_[pi,1]"));
    }

    @ParameterizedTest(name = "seed {index}")
    @MethodSource("seeds")
    @SuppressWarnings("unchecked")
    void everyTaskResetObservation(Map<String, Object> row) {
        Map<String, List<String>> expected = (Map<String, List<String>>) row.get("env_reset_obs_float32");
        assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(Registry.ids());
        for (var e : expected.entrySet()) {
            float[] obs = Registry.make(e.getKey()).reset(seed(row)).observation();
            assertThat(obs).hasSize(e.getValue().size());
            for (int i = 0; i < obs.length; i++) {
                assertThat(Float.floatToRawIntBits(obs[i])).as("%s obs[%d]", e.getKey(), i)
                        .isEqualTo(Float.floatToRawIntBits((float) Double.parseDouble(e.getValue().get(i))));
            }
        }
    }

    @ParameterizedTest(name = "seed {index}")
    @MethodSource("seeds")
    void seedlessResetsKeepDrawingFromTheSeededGenerator(Map<String, Object> row) {
        // reset(seed=s) then seven reset(): MountainCar's start positions are numpy's eight successive uniform calls
        List<String> calls = strings(row, "uniform_-0.6_-0.4_first8_scalar_calls");
        Env env = Registry.make("MountainCar-v0");
        double[] s = new double[2];
        for (int k = 0; k < 8; k++) {
            if (k == 0) {
                env.reset(seed(row));
            } else {
                env.reset();
            }
            env.state(s);
            assertThat(Double.doubleToRawLongBits(s[0])).as("reset %d", k).isEqualTo(bits(calls.get(k)));
            assertThat(s[1]).isZero();
        }
    }

    private static void assertBits(double[] actual, List<String> expected) {
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < actual.length; i++) {
            assertThat(Double.doubleToRawLongBits(actual[i])).as("[%d]", i).isEqualTo(bits(expected.get(i)));
        }
    }
}
