package org.hebb.gym;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.hebb.gym.GoldenEpisodes.Episode;
import org.hebb.gym.GoldenEpisodes.Row;
import org.junit.jupiter.api.Test;

/**
 * The vector form against the reference: copy i, reset with seed {@code s + i}, replays golden episode s + i step
 * for step; after its end, the next step resets it from its own generator (next-step autoreset) — the start a
 * seedless second reset draws, which golden/gym/seeding.jsonl lists as the second uniform(-0.6, -0.4) call.
 */
class VectorEnvTest {

    @SuppressWarnings("unchecked")
    private static List<String> secondResets() throws IOException {
        try (InputStream in = VectorEnvTest.class.getResourceAsStream("/golden/gym/seeding.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(10)
                    .map(l -> ((List<String>) ((Map<String, Object>) MiniJson.parse(l))
                            .get("uniform_-0.6_-0.4_first8_scalar_calls")).get(1))
                    .toList();
        }
    }

    @Test
    void mountainCarCopiesReplayTheGoldenEpisodesThenAutoresetOnTheNextStep() throws IOException {
        List<Episode> heuristic = GoldenEpisodes.load("MountainCar-v0").stream()
                .filter(e -> e.policy().equals("heuristic")).toList();
        assertThat(heuristic).hasSize(10);
        List<String> second = secondResets();
        int n = 10;
        VectorEnv envs = Registry.makeVec("MountainCar-v0", n);
        envs.reset(0);
        int[] actions = new int[n];
        int[] t = new int[n];
        boolean[] checkedAutoreset = new boolean[n];
        for (int i = 0; i < n; i++) {
            assertObs(envs, i, heuristic.get(i).rows().getFirst().obs());
        }
        for (int call = 0; call < 130; call++) {
            boolean[] endedBefore = new boolean[n];
            for (int i = 0; i < n; i++) {
                endedBefore[i] = t[i] == heuristic.get(i).length();
                actions[i] = endedBefore[i] ? 1 : Integer.parseInt(heuristic.get(i).rows().get(t[i] + 1).action());
            }
            envs.step(actions);
            for (int i = 0; i < n; i++) {
                if (checkedAutoreset[i]) {
                    continue;
                }
                if (endedBefore[i]) {
                    // next-step autoreset: reset obs, reward 0, flags false
                    float x0 = (float) Double.parseDouble(second.get(i));
                    assertObs(envs, i, new float[] {x0, 0f});
                    assertThat(envs.rewards()[i]).isZero();
                    assertThat(envs.terminations()[i]).isFalse();
                    assertThat(envs.truncations()[i]).isFalse();
                    assertThat(envs.state(i)).containsExactly(Double.parseDouble(second.get(i)), 0.0);
                    checkedAutoreset[i] = true;
                } else {
                    Row ref = heuristic.get(i).rows().get(++t[i]);
                    assertObs(envs, i, ref.obs());
                    assertThat(envs.rewards()[i]).isEqualTo(ref.reward());
                    assertThat(envs.terminations()[i]).isEqualTo(ref.terminated());
                    assertThat(envs.truncations()[i]).isEqualTo(ref.truncated());
                }
            }
        }
        assertThat(checkedAutoreset).containsOnly(true);
    }

    @Test
    void pendulumCopiesWithExplicitSeedsTruncateTogetherAndRestart() {
        long[] seeds = {7, 3, 9};
        VectorEnv envs = Registry.makeVec("Pendulum-v1", 3);
        envs.reset(seeds);
        Env[] singles = new Env[3];
        for (int i = 0; i < 3; i++) {
            singles[i] = Registry.make("Pendulum-v1");
            float[] obs = singles[i].reset(seeds[i]).observation();
            for (int k = 0; k < 3; k++) {
                assertThat(envs.observations()[3 * i + k]).isEqualTo(obs[k]);
            }
        }
        float[] actions = {0.5f, -3f, 1.25f};
        for (int step = 1; step <= 201; step++) {
            envs.step(actions);
            for (int i = 0; i < 3; i++) {
                if (step == 201) {
                    // the copy truncated at step 200, so this call reset it from its own generator
                    float[] obs = singles[i].reset().observation();
                    assertThat(envs.rewards()[i]).isZero();
                    assertThat(envs.truncations()[i]).isFalse();
                    assertThat(java.util.Arrays.copyOfRange(envs.observations(), 3 * i, 3 * i + 3)).containsExactly(obs);
                } else {
                    StepResult r = singles[i].step(new float[] {actions[i]});
                    assertThat(envs.rewards()[i]).isEqualTo(r.reward());
                    assertThat(envs.truncations()[i]).isEqualTo(step == 200);
                    assertThat(java.util.Arrays.copyOfRange(envs.observations(), 3 * i, 3 * i + 3))
                            .containsExactly(r.observation());
                }
            }
        }
    }

    private static void assertObs(VectorEnv envs, int i, float[] expected) {
        int k = expected.length;
        for (int j = 0; j < k; j++) {
            assertThat(Float.floatToRawIntBits(envs.observations()[i * k + j])).as("copy %d obs[%d]", i, j)
                    .isEqualTo(Float.floatToRawIntBits(expected[j]));
        }
    }
}
