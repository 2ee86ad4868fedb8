package org.hebb.gym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.hebb.gym.GoldenEpisodes.Episode;
import org.hebb.gym.GoldenEpisodes.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Gymnasium 1.4.0 reference episode in golden/gym (5 tasks × 2 policies × seeds 0..9) at the README's
 * tolerances: resets bit-identical; one-step transitions from each recorded state within 1e-12; full replays within
 * 1e-9 with identical end step and flags (CartPole-v1 and Acrobot-v1: first 100 steps within 1e-9, flags and end step
 * identical wherever the replay stays within 1e-6 of the reference).
 */
class GoldenEpisodesTest {

    private static final double ONE_STEP_TOL = 1e-12;
    private static final double REPLAY_TOL = 1e-9;
    private static final double CHAOTIC_FLAG_TOL = 1e-6;
    private static final int CHAOTIC_PREFIX = 100;
    private static final StringBuilder SUMMARY = new StringBuilder();

    static Stream<Episode> episodes() {
        return Registry.ids().stream().flatMap(id -> {
            List<Episode> eps = GoldenEpisodes.load(id);
            assertThat(eps).as(id).hasSize(20);
            return eps.stream();
        });
    }

    static Stream<String> envIds() {
        return Registry.ids().stream();
    }

    private static boolean chaotic(String id) {
        return id.equals("CartPole-v1") || id.equals("Acrobot-v1");
    }

    private static StepResult apply(Env env, String action) {
        if (env.actionSpace() instanceof Discrete) {
            return env.step(Integer.parseInt(action));
        }
        return env.step(new float[] {(float) Double.parseDouble(action)});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("episodes")
    void resetIsBitIdentical(Episode ep) {
        Env env = Registry.make(ep.envId());
        float[] obs = env.reset(ep.seed()).observation();
        Row r = ep.rows().getFirst();
        assertThat(r.t()).isZero();
        for (int i = 0; i < obs.length; i++) {
            assertThat(Float.floatToRawIntBits(obs[i])).as("obs[%d]", i).isEqualTo(Float.floatToRawIntBits(r.obs()[i]));
        }
        double[] s = env.state();
        for (int i = 0; i < s.length; i++) {
            assertThat(Double.doubleToRawLongBits(s[i])).as("state[%d]", i)
                    .isEqualTo(Double.doubleToRawLongBits(r.state()[i]));
        }
        assertThat(env.stateDtype()).isEqualTo(r.stateDtype());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("envIds")
    void oneStepTransitionsFromEveryRecordedState(String id) {
        double maxErr = 0;
        int exact = 0;
        int steps = 0;
        for (Episode ep : GoldenEpisodes.load(id)) {
            ClassicControlEnv env = (ClassicControlEnv) Registry.make(id);
            env.reset(ep.seed());
            List<Row> rows = ep.rows();
            for (int t = 1; t < rows.size(); t++) {
                Row prev = rows.get(t - 1);
                Row next = rows.get(t);
                env.restore(prev.state(), prev.stateDtype(), t - 1);
                StepResult r = apply(env, next.action());
                double err = maxError(r, env.state(), next);
                assertThat(err).as("%s step %d", ep, t).isLessThanOrEqualTo(ONE_STEP_TOL);
                assertThat(r.terminated()).as("%s step %d terminated", ep, t).isEqualTo(next.terminated());
                assertThat(r.truncated()).as("%s step %d truncated", ep, t).isEqualTo(next.truncated());
                assertThat(env.stateDtype()).isEqualTo(next.stateDtype());
                maxErr = Math.max(maxErr, err);
                exact += err == 0 ? 1 : 0;
                steps++;
            }
        }
        summary("%-25s one-step: %5d/%5d exact, max |err| %.3g%n", id, exact, steps, maxErr);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("episodes")
    void fullReplayFromTheSeed(Episode ep) {
        Env env = Registry.make(ep.envId());
        env.reset(ep.seed());
        List<Row> rows = ep.rows();
        boolean chaotic = chaotic(ep.envId());
        double maxErr = 0;
        int t = 1;
        for (; t < rows.size(); t++) {
            Row ref = rows.get(t);
            StepResult r = apply(env, ref.action());
            maxErr = Math.max(maxErr, maxError(r, env.state(), ref));
            if (!chaotic || t <= CHAOTIC_PREFIX) {
                assertThat(maxErr).as("%s step %d", ep, t).isLessThanOrEqualTo(REPLAY_TOL);
            }
            if (!chaotic || maxErr <= CHAOTIC_FLAG_TOL) {
                assertThat(r.terminated()).as("%s step %d terminated", ep, t).isEqualTo(ref.terminated());
                assertThat(r.truncated()).as("%s step %d truncated", ep, t).isEqualTo(ref.truncated());
            } else {
                break; // diverged beyond 1e-6: the reference no longer says where this replay ends
            }
            if (r.done()) {
                break;
            }
        }
        if (!chaotic || maxErr <= CHAOTIC_FLAG_TOL) {
            assertThat(t).as("%s end step", ep).isEqualTo(ep.length());
        }
        summary("%-25s replay %-9s seed %d: %3d steps, max |err| %.3g%n", ep.envId(), ep.policy(), ep.seed(),
                ep.length(), maxErr);
    }

    /** Largest difference of observation, float64 state and reward from the reference row. */
    private static double maxError(StepResult r, double[] state, Row ref) {
        double err = Math.abs(r.reward() - ref.reward());
        for (int i = 0; i < r.observation().length; i++) {
            err = Math.max(err, Math.abs(r.observation()[i] - ref.obs()[i]));
        }
        for (int i = 0; i < state.length; i++) {
            err = Math.max(err, Math.abs(state[i] - ref.state()[i]));
        }
        return Double.isNaN(err) ? Double.POSITIVE_INFINITY : err;
    }

    private static synchronized void summary(String format, Object... args) {
        SUMMARY.append(String.format(Locale.ROOT, format, args));
    }

    @AfterAll
    static void printSummary() {
        System.out.print(SUMMARY);
    }
}
