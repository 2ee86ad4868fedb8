package org.hebb.gym;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The registry against golden/gym/registry.json: ids, time limits, thresholds and both spaces of every task. */
class RegistryTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> registryJson() throws IOException {
        try (InputStream in = RegistryTest.class.getResourceAsStream("/golden/gym/registry.json")) {
            return (Map<String, Object>) MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<String> ids() {
        return Registry.ids();
    }

    @Test
    void theFiveTasksAreRegistered() throws IOException {
        assertThat(Registry.ids()).containsExactly("MountainCar-v0", "MountainCarContinuous-v0", "CartPole-v1",
                "Pendulum-v1", "Acrobot-v1");
        assertThat(registryJson().keySet()).containsAll(Registry.ids());
    }

    @ParameterizedTest
    @MethodSource("ids")
    @SuppressWarnings("unchecked")
    void specAndSpacesMatchGymnasium(String id) throws IOException {
        Map<String, Object> ref = (Map<String, Object>) registryJson().get(id);
        EnvSpec spec = Registry.spec(id);
        Env env = Registry.make(id);
        assertThat(env.spec()).isEqualTo(spec);
        assertThat(spec.id()).isEqualTo(id);
        assertThat(spec.entryPoint()).isEqualTo(ref.get("entry_point"));
        assertThat(BigInteger.valueOf(spec.maxEpisodeSteps())).isEqualTo(ref.get("max_episode_steps"));
        Object threshold = ref.get("reward_threshold");
        if (threshold == null) {
            assertThat(spec.rewardThreshold()).isEmpty();
        } else {
            assertThat(spec.rewardThreshold()).hasValue((Double) threshold);
        }
        assertBox(env.observationSpace(), (String) ref.get("observation_space"));
        String action = (String) ref.get("action_space");
        if (action.startsWith("Discrete")) {
            assertThat(env.actionSpace()).isEqualTo(new Discrete(Integer.parseInt(action.replaceAll("\\D", ""))));
        } else {
            assertBox((Box) env.actionSpace(), action);
        }
        assertThat(env.observationSpace().dtype()).isEqualTo(DType.FLOAT32);
    }

    /** Compares with numpy's repr, e.g. {@code Box([-1.2  -0.07], [0.6  0.07], (2,), float32)} or {@code Box(-1.0, 1.0, (1,), float32)}. */
    private static void assertBox(Box box, String repr) {
        assertThat(repr).startsWith("Box(").endsWith(", float32)");
        String inner = repr.substring(4, repr.length() - 1);
        List<String> parts = topLevelParts(inner);
        int n = Integer.parseInt(parts.get(2).replaceAll("[(),\\s]", ""));
        assertThat(box.shape()).containsExactly(n);
        float[] low = numbers(parts.get(0), n);
        float[] high = numbers(parts.get(1), n);
        assertThat(box.low()).containsExactly(low);
        assertThat(box.high()).containsExactly(high);
    }

    private static List<String> topLevelParts(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i).trim());
                start = i + 1;
            }
        }
        out.add(s.substring(start).trim());
        return out;
    }

    private static float[] numbers(String part, int n) {
        String[] tokens = part.replace("[", "").replace("]", "").trim().split("\\s+");
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            String tok = tokens.length == 1 ? tokens[0] : tokens[i];
            out[i] = tok.equals("inf") ? Float.POSITIVE_INFINITY
                    : tok.equals("-inf") ? Float.NEGATIVE_INFINITY : Float.parseFloat(tok);
        }
        return out;
    }
}
