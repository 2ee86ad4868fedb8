package org.hebb.cli.gym;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.hebb.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code hebb gym replay} reproduces the Gymnasium reference episodes of golden/gym (MountainCar-v0 and
 * MountainCarContinuous-v0, every episode) from the seed and the recorded actions, in the reference's own CSV layout;
 * {@code hebb gym play} reports the reference returns; bad input gives one line and exit code 2.
 */
class GymCommandTest {

    @TempDir
    Path dir;

    /** Golden episodes of one task: key "policy,seed" → CSV lines of columns t..truncated. */
    private static Map<String, List<String>> golden(String envId) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                GymCommandTest.class.getResourceAsStream("/golden/gym/" + envId + ".csv.gz")), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split(",");
            int last = List.of(header).indexOf("truncated");
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                out.computeIfAbsent(f[0] + "," + f[1], k -> new ArrayList<>())
                        .add(String.join(",", java.util.Arrays.copyOfRange(f, 2, last + 1)));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"MountainCar-v0", "MountainCarContinuous-v0"})
    void replayOfEveryGoldenEpisodeMatchesTheReferenceWithin1e9(String envId) throws IOException {
        Map<String, List<String>> episodes = golden(envId);
        assertThat(episodes).hasSize(20);
        double maxErr = 0;
        for (var e : episodes.entrySet()) {
            String seed = e.getKey().split(",")[1];
            List<String> ref = e.getValue();
            Path actions = dir.resolve(envId + "-" + e.getKey().replace(',', '-') + ".txt");
            Files.write(actions, ref.stream().skip(1).map(l -> l.split(",")[1]).toList());
            CliRun r = CliRun.of("gym", "replay", envId, "--seed", seed, "--actions", actions.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            List<String> lines = r.out().lines().toList();
            assertThat(lines.getFirst()).isEqualTo("t,action,obs0,obs1,reward,terminated,truncated");
            assertThat(lines).hasSize(ref.size() + 1); // same end step
            for (int t = 0; t < ref.size(); t++) {
                String[] got = lines.get(t + 1).split(",", -1);
                String[] want = ref.get(t).split(",", -1);
                assertThat(got).hasSameSizeAs(want);
                assertThat(got[0]).isEqualTo(want[0]);
                assertThat(got[1]).isEqualTo(want[1]); // action text
                assertThat(got[5] + got[6]).as("%s flags at t=%d", e.getKey(), t).isEqualTo(want[5] + want[6]);
                for (int k : new int[] {2, 3, 4}) {
                    if (want[k].isEmpty()) {
                        assertThat(got[k]).isEmpty();
                    } else {
                        double err = Math.abs(Double.parseDouble(got[k]) - Double.parseDouble(want[k]));
                        assertThat(err).as("%s column %d at t=%d", e.getKey(), k, t).isLessThanOrEqualTo(1e-9);
                        maxErr = Math.max(maxErr, err);
                    }
                }
            }
        }
        System.out.printf("gym replay %s: 20 episodes, max |err| %.3g%n", envId, maxErr);
    }

    @Test
    void replayStopsWhenTheListEndsAndSkipsBlankAndCommentLines() throws IOException {
        Path actions = Files.writeString(dir.resolve("a.txt"), "# three pushes\n2\n\n2\n  0 \n");
        CliRun r = CliRun.of("gym", "replay", "MountainCar-v0", "--seed", "0", "--actions", actions.toString());
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).isEqualTo("0,,-0.47260767221450806,0.0,,,"); // golden seed 0 reset row
        assertThat(lines.get(4)).startsWith("3,0,");
    }

    @Test
    void playHeuristicFirstEpisodeHasTheReferenceReturnAndLength() throws IOException {
        Map<String, List<String>> episodes = golden("MountainCar-v0");
        for (int seed = 0; seed < 10; seed++) {
            List<String> ref = episodes.get("heuristic," + seed);
            CliRun r = CliRun.of("gym", "play", "MountainCar-v0", "--seed", Integer.toString(seed), "--policy", "heuristic");
            assertThat(r.exitCode()).isZero();
            List<String> lines = r.out().lines().toList();
            assertThat(lines.get(1)).isEqualTo("episode,return,length,terminated,truncated");
            int length = ref.size() - 1;
            // reward -1 per step
            assertThat(lines.get(2)).isEqualTo("1," + (double) -length + "," + length + ",1,0");
        }
    }

    @Test
    void playPrintsOneRowPerEpisodeAndTheMeans() {
        CliRun r = CliRun.of("gym", "play", "CartPole-v1", "--seed", "4", "--policy", "random", "--episodes", "5");
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1 + 1 + 5 + 1);
        double sum = 0;
        for (int e = 1; e <= 5; e++) {
            String[] f = lines.get(1 + e).split(",");
            assertThat(f[0]).isEqualTo(Integer.toString(e));
            assertThat(Double.parseDouble(f[1])).isEqualTo(Double.parseDouble(f[2])); // CartPole: +1 per step
            sum += Double.parseDouble(f[1]);
        }
        assertThat(lines.getLast()).startsWith("# mean return " + (sum / 5));
    }

    @Test
    void badInputGivesOneLineAndExitCode2() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "1\n1.5\n");
        Path nan = Files.writeString(dir.resolve("nan.txt"), "0.5\nnan\n");
        Path pair = Files.writeString(dir.resolve("pair.txt"), "0.5,0.5\n");
        Path three = Files.writeString(dir.resolve("three.txt"), "0\n3\n");
        assertError(CliRun.of("gym", "play", "MountainCar-v9", "--seed", "0", "--policy", "random"),
                "error: environment id: 'MountainCar-v9' is not allowed; must be one of MountainCar-v0, "
                        + "MountainCarContinuous-v0, CartPole-v1, Pendulum-v1, Acrobot-v1");
        assertError(CliRun.of("gym", "play", "CartPole-v1", "--seed", "-1", "--policy", "random"),
                "error: --seed: -1 is not allowed; must be an integer >= 0");
        assertError(CliRun.of("gym", "replay", "CartPole-v1", "--seed", "-18446744073709551616", "--actions",
                three.toString()), "error: --seed: -18446744073709551616 is not allowed; must be an integer >= 0");
        assertError(CliRun.of("gym", "play", "CartPole-v1", "--seed", "1", "--policy", "greedy"),
                "error: policy: 'greedy' is not allowed; must be one of random, heuristic");
        assertError(CliRun.of("gym", "play", "CartPole-v1", "--seed", "1", "--policy", "random", "--episodes", "0"),
                "error: --episodes: 0 is not allowed; must be >= 1");
        assertError(CliRun.of("gym", "replay", "MountainCar-v0", "--seed", "0", "--actions", bad.toString()),
                "error: --actions line 2: '1.5' is not allowed; must be an integer MountainCar-v0 action, one of 0, 1, 2");
        assertError(CliRun.of("gym", "replay", "MountainCar-v0", "--seed", "0", "--actions", three.toString()),
                "error: --actions line 2: MountainCar-v0 action: 3 is not allowed; must be one of 0, 1, 2");
        assertError(CliRun.of("gym", "replay", "Pendulum-v1", "--seed", "0", "--actions", nan.toString()),
                "error: --actions line 2: Pendulum-v1 action[0]: NaN is not allowed; must be a number (values "
                        + "outside [-2.0, 2.0] are clipped)");
        assertError(CliRun.of("gym", "replay", "Pendulum-v1", "--seed", "0", "--actions", pair.toString()),
                "error: --actions line 1: 2 number(s) is not allowed; Pendulum-v1 actions have 1");
        CliRun missing = CliRun.of("gym", "replay", "Pendulum-v1", "--seed", "0", "--actions", dir.resolve("none.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: --actions: cannot read '").hasLineCount(1);
    }

    @Test
    void replayChecksEveryLineBeforePrintingAnyRow() throws IOException {
        Path late = Files.writeString(dir.resolve("late.txt"), "0\n".repeat(50) + "3\n");
        CliRun r = CliRun.of("gym", "replay", "MountainCar-v0", "--seed", "0", "--actions", late.toString());
        assertError(r, "error: --actions line 51: MountainCar-v0 action: 3 is not allowed; must be one of 0, 1, 2");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void gymSeedsAreAnyIntegerAtLeastZeroAsGymnasiumTakesThem() {
        String twoTo128 = "340282366920938463463374607431768211456";
        CliRun r = CliRun.of("gym", "play", "CartPole-v1", "--seed", twoTo128, "--policy", "heuristic");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("seed " + twoTo128);
        assertThat(CliRun.of("gym", "play", "CartPole-v1", "--seed", "0", "--policy", "heuristic").exitCode()).isZero();
    }

    private static void assertError(CliRun r, String line) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(line);
    }
}
