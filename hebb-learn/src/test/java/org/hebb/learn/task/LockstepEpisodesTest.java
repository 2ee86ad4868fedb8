package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The population lockstep against the kernel, episode by episode: for every network shape the task layer builds
 * (hidden 0 or 5, both layouts, bins and Gaussian fields, groups, discrete and continuous actions, several
 * resolutions) and many random genomes played together in one block, each lane's result, per-step inputs, counts,
 * actions and rewards and every spike (neuron, time, step) equal {@link EpisodeRecord}'s of {@link Episode#run}
 * bit for bit. Genomes are seeded; some genes are exact ±0 or beyond the bound (clipped), as the GA produces them.
 */
class LockstepEpisodesTest {

    static Stream<Arguments> shapes() {
        Task mc = Task.mountainCarL2L();
        return Stream.of(
                Arguments.of("L2L MountainCar", mc, 110),
                Arguments.of("L2L MountainCar, no hidden layer", mc.toBuilder().hiddenNeurons(0).build(), 110),
                Arguments.of("L2L MountainCar, one block, groups of 2",
                        mc.toBuilder().layout(Task.Layout.ONE_BLOCK).groupSize(2).build(), 110),
                Arguments.of("MountainCar-v0 defaults, 0.1 ms", Task.builder("MountainCar-v0").resolutionMs(0.1).build(), 60),
                Arguments.of("CartPole 6 bins", Task.defaults("CartPole-v1").toBuilder().perDimension(6).build(), 120),
                Arguments.of("CartPole Gaussian, per dimension, no hidden layer", Task.builder("CartPole-v1")
                        .encoding(InputEncoding.GAUSSIAN).perDimension(5).layout(Task.Layout.PER_DIMENSION)
                        .hiddenNeurons(0).build(), 120),
                Arguments.of("CartPole 1 ms, 5 ms steps", Task.builder("CartPole-v1").resolutionMs(1.0).stepMs(5.0)
                        .build(), 120),
                Arguments.of("Acrobot", Task.defaults("Acrobot-v1"), 40),
                Arguments.of("Acrobot Gaussian, 3 hidden", Task.builder("Acrobot-v1").encoding(InputEncoding.GAUSSIAN)
                        .perDimension(4).hiddenNeurons(3).build(), 40),
                Arguments.of("Pendulum (continuous)", Task.builder("Pendulum-v1").encoding(InputEncoding.GAUSSIAN)
                        .perDimension(6).build(), 60),
                Arguments.of("MountainCarContinuous, no hidden layer, groups of 3",
                        Task.builder("MountainCarContinuous-v0").hiddenNeurons(0).groupSize(3).build(), 80),
                Arguments.of("CartPole 0.5 ms steps (not covered: the kernel plays it)",
                        Task.builder("CartPole-v1").resolutionMs(0.1).stepMs(0.5).build(), 60));
    }

    /** Random genomes of {@code task}: wide (clipped) or mild genes, some exactly +0 or -0. */
    static double[][] genomes(Task task, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] out = new double[n][task.genes()];
        for (int i = 0; i < n; i++) {
            double span = i % 3 == 2 ? 3.0 : 1.2 * task.weightBound();
            for (int k = 0; k < task.genes(); k++) {
                double u = rng.nextDouble();
                out[i][k] = u < 0.05 ? 0.0 : u < 0.1 ? -0.0 : rng.nextDouble(-span, span);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void everyLaneEqualsItsKernelEpisode(String name, Task task, int maxSteps) {
        int n = 14;
        double[][] genomes = genomes(task, n, name.hashCode());
        long[] seeds = new long[n];
        for (int i = 0; i < n; i++) {
            seeds[i] = i % 4 == 0 ? 42 : 1000 + i; // some lanes share a start state, as one generation's do
        }
        Log log = new Log(n);
        EpisodeResult[] lockstep = LockstepEpisodes.run(task, genomes, seeds, maxSteps, log);
        for (int i = 0; i < n; i++) {
            EpisodeRecord rec = EpisodeRecord.record(task, genomes[i], seeds[i], maxSteps);
            assertThat(lockstep[i]).as("lane %d's result", i).isEqualTo(rec.result());
            assertThat(log.steps.get(i)).as("lane %d's steps", i).isEqualTo(steps(rec, task));
            assertThat(log.spikes.get(i)).as("lane %d's spikes", i).isEqualTo(spikes(rec));
            assertThat(log.spikes.get(i)).as("lane %d spikes at all", i).isNotEmpty();
        }
    }

    @Test
    void coversTheTaskLayersShapesButNotAWindowShorterThanTheDelay() {
        assertThat(LockstepEpisodes.supports(Task.mountainCarL2L())).isTrue();
        assertThat(LockstepEpisodes.supports(Task.defaults("Pendulum-v1"))).isTrue();
        assertThat(LockstepEpisodes.supports(Task.builder("CartPole-v1").resolutionMs(0.1).stepMs(0.5).build())).isFalse();
    }

    @Test
    void aLaneIsOneEpisodeWhateverItsNeighbours() {
        Task task = Task.mountainCarL2L();
        double[][] g = genomes(task, 9, 5);
        long[] seeds = {3, 3, 3, 4, 4, 4, 5, 5, 5};
        EpisodeResult[] together = LockstepEpisodes.run(task, g, seeds, 110, null);
        for (int i = 0; i < g.length; i++) {
            EpisodeResult alone = LockstepEpisodes.run(task, new double[][] {g[i]}, new long[] {seeds[i]}, 110, null)[0];
            assertThat(together[i]).isEqualTo(alone).isEqualTo(Episode.fitness(task, g[i], seeds[i], null));
        }
    }

    @Test
    void refusesBadInputLikeTheKernelPath() {
        Task task = Task.mountainCarL2L();
        double[][] g = genomes(task, 2, 1);
        assertThatThrownBy(() -> LockstepEpisodes.run(task, g, new long[] {1}, 110, null))
                .hasMessage("seeds: 1 is not allowed; must be one per genome (2)");
        assertThatThrownBy(() -> LockstepEpisodes.run(task, g, new long[] {1, -1}, 110, null))
                .hasMessage("seed: -1 is not allowed; must be >= 0");
        assertThatThrownBy(() -> LockstepEpisodes.run(task, new double[][] {new double[3]}, new long[] {1}, 110, null))
                .hasMessageStartingWith("genome: 3 genes is not allowed; must be 315");
    }

    private static List<String> steps(EpisodeRecord rec, Task task) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rec.steps(); i++) {
            StringBuilder sb = new StringBuilder().append(i + 1);
            for (int d = 0; d < task.observationDims(); d++) {
                sb.append(',').append(Double.toHexString(rec.input(i, d)));
            }
            for (int a = 0; a < task.outputGroups(); a++) {
                sb.append(',').append(rec.count(i, a));
            }
            out.add(sb.append(',').append(Double.toHexString(rec.action(i))).append(',')
                    .append(Double.toHexString(rec.reward(i))).toString());
        }
        return out;
    }

    private static List<String> spikes(EpisodeRecord rec) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rec.spikeCount(); i++) {
            out.add(rec.neuron(i) + "," + Double.toHexString(rec.timeMs(i)) + "," + rec.spikeStep(i));
        }
        return out;
    }

    /** The lockstep's steps and spikes per lane, in the form of {@link #steps} and {@link #spikes}. */
    private static final class Log implements LockstepEpisodes.Recorder {
        final List<List<String>> steps = new ArrayList<>();
        final List<List<String>> spikes = new ArrayList<>();

        Log(int n) {
            for (int i = 0; i < n; i++) {
                steps.add(new ArrayList<>());
                spikes.add(new ArrayList<>());
            }
        }

        @Override
        public void spike(int episode, int neuron, double timeMs, int step) {
            spikes.get(episode).add(neuron + "," + Double.toHexString(timeMs) + "," + step);
        }

        @Override
        public void step(int episode, int step, double[] input, int[] groupCounts, double[] action, double reward) {
            StringBuilder sb = new StringBuilder().append(step);
            for (double x : input) {
                sb.append(',').append(Double.toHexString(x));
            }
            for (int c : groupCounts) {
                sb.append(',').append(c);
            }
            steps.get(episode).add(sb.append(',').append(Double.toHexString(action[0])).append(',')
                    .append(Double.toHexString(reward)).toString());
        }
    }
}
