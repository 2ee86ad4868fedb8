package org.hebb.gym.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.StepResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The heuristics, run closed loop on hebb's own observations, choose the very actions recorded in the golden
 * "heuristic" episodes, end on the same step and earn the same return.
 */
class PoliciesTest {

    static List<String> envIds() {
        return Registry.ids();
    }

    /** Golden heuristic episodes: per seed, the recorded actions, end flags and return. */
    private record Ref(long seed, List<String> actions, boolean terminated, double totalReward) {
    }

    private static List<Ref> heuristicEpisodes(String id) throws IOException {
        List<Ref> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                PoliciesTest.class.getResourceAsStream("/golden/gym/" + id + ".csv.gz")), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split(",");
            int reward = List.of(header).indexOf("reward");
            List<String> actions = null;
            double total = 0;
            long seed = -1;
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (!f[0].equals("heuristic")) {
                    continue;
                }
                if (f[2].equals("0")) {
                    seed = Long.parseLong(f[1]);
                    actions = new ArrayList<>();
                    total = 0;
                    continue;
                }
                actions.add(f[3]);
                total += Double.parseDouble(f[reward]);
                if (f[reward + 1].equals("1") || f[reward + 2].equals("1")) {
                    out.add(new Ref(seed, actions, f[reward + 1].equals("1"), total));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("envIds")
    void heuristicReproducesTheGoldenHeuristicEpisodes(String id) throws IOException {
        List<Ref> refs = heuristicEpisodes(id);
        assertThat(refs).hasSize(10);
        for (Ref ref : refs) {
            Env env = Registry.make(id);
            Policy p = Policies.heuristic(id);
            float[] obs = env.reset(ref.seed()).observation();
            float[] a = new float[1];
            double total = 0;
            for (int t = 0; t < ref.actions().size(); t++) {
                p.act(obs, a);
                assertThat((double) a[0]).as("%s seed %d step %d", id, ref.seed(), t)
                        .isEqualTo(Double.parseDouble(ref.actions().get(t)));
                StepResult r = Policy.step(env, a);
                total += r.reward();
                obs = r.observation();
                assertThat(r.done()).isEqualTo(t == ref.actions().size() - 1);
            }
            assertThat(total).isCloseTo(ref.totalReward(), org.assertj.core.data.Offset.offset(1e-9));
            Policies.Episode e = Policies.run(Registry.make(id), p, ref.seed());
            assertThat(e.length()).isEqualTo(ref.actions().size());
            assertThat(e.terminated()).isEqualTo(ref.terminated());
            assertThat(e.totalReward()).isEqualTo(total);
        }
    }

    @ParameterizedTest
    @MethodSource("envIds")
    void randomPolicyStaysInTheActionSpaceAndIsReproducible(String id) {
        Env env = Registry.make(id);
        Policies.Episode first = Policies.run(env, Policies.random(env, 5), 11);
        Policies.Episode again = Policies.run(env, Policies.random(env, 5), 11);
        assertThat(again).isEqualTo(first); // illegal actions would have thrown
        assertThat(first.length()).isBetween(1, env.spec().maxEpisodeSteps());
    }

    @ParameterizedTest
    @MethodSource("envIds")
    void unknownPolicyNameIsRefused(String id) {
        assertThatThrownBy(() -> Policies.named("greedy", Registry.make(id), org.hebb.gym.rng.Generator.of(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy: 'greedy' is not allowed; must be one of random, heuristic");
    }
}
