package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.hebb.learn.task.HeldOut;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code hebb evaluate --episodes 10}: every task with a threshold says "not decided" (only the standard 100 episodes
 * from seed 10000 decide), whether its mean is above or below the threshold; MountainCar used to say "no".
 */
class EvaluateVerdictTest {

    private static String solvedLine(String env, int episodes, double meanReturn) {
        double[] returns = new double[episodes];
        Arrays.fill(returns, meanReturn);
        boolean[] success = new boolean[episodes];
        HeldOut.Result r = new HeldOut.Result(new HeldOut(HeldOut.FIRST_SEED, episodes), env, returns,
                new int[episodes], success);
        StringWriter w = new StringWriter();
        EvaluateCommand.print(new PrintWriter(w), r);
        return w.toString().lines().filter(l -> l.startsWith("solved:")).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MountainCar-v0", "CartPole-v1", "Acrobot-v1", "MountainCarContinuous-v0"})
    void tenEpisodesAreNotDecidedForEveryTask(String env) {
        for (double mean : new double[] {-500.0, 1000.0}) {
            assertThat(solvedLine(env, 10, mean)).startsWith("solved:             not decided (the test is 100 "
                    + "episodes from seed 10000)");
        }
        assertThat(solvedLine(env, 100, -500.0)).startsWith("solved:             no (");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pendulum-v1"})
    void aTaskWithoutThresholdHasNoVerdict(String env) {
        assertThat(solvedLine(env, 10, -200.0)).isEqualTo("solved:             no threshold (Pendulum-v1 registers "
                + "no reward threshold)");
    }
}
