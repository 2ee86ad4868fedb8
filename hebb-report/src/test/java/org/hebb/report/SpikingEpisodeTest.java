package org.hebb.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.hebb.learn.mountaincar.EpisodeResult;
import org.hebb.learn.mountaincar.EpisodeTrace;
import org.hebb.learn.mountaincar.MountainCarConfig;
import org.hebb.learn.mountaincar.MountainCarEpisode;
import org.hebb.learn.mountaincar.MountainCarGenome;
import org.junit.jupiter.api.Test;

/** The recorded episode is MountainCarEpisode's episode, and its spikes add up to the trace's output counts. */
class SpikingEpisodeTest {

    private static final MountainCarConfig CONFIG = MountainCarConfig.DEFAULT.withSteps(60);

    private static double[] random(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return DoubleStream.generate(() -> rng.nextDouble(-20, 20)).limit(CONFIG.genes()).toArray();
    }

    /** Pushes in the direction of the velocity: reaches the goal in about 120 steps. */
    static double[] velocityFollowing() {
        double[] g = new double[CONFIG.genes()];
        for (int i = 0; i < MountainCarGenome.BINS; i++) {
            g[MountainCarGenome.velocityToHidden(i < 15 ? 0 : 1, i)] = 20;
        }
        g[MountainCarGenome.hiddenToOutput(5, 0, 0)] = 20;
        g[MountainCarGenome.hiddenToOutput(5, 2, 0)] = -20;
        g[MountainCarGenome.hiddenToOutput(5, 2, 1)] = 20;
        g[MountainCarGenome.hiddenToOutput(5, 0, 1)] = -20;
        return g;
    }

    @Test
    void isTheFitnessEpisodeAndItsOutputSpikesAreTheTraceCounts() {
        for (long s = 1; s <= 3; s++) {
            double[] g = random(s);
            EpisodeTrace expected = new EpisodeTrace();
            EpisodeResult r = MountainCarEpisode.fitnessEpisode(g, CONFIG, 40 + s, expected);
            SpikingEpisode e = SpikingEpisode.fitnessEpisode(g, CONFIG, 40 + s);
            assertThat(e.trace().toCsv()).isEqualTo(expected.toCsv());
            assertThat(e.result()).isEqualTo(r);
            assertThat(e.seed()).isEqualTo(40 + s);
            assertOutputCountsMatch(e);
        }
    }

    @Test
    void aWholeEpisodeToTheGoalMatchesToo() {
        double[] g = velocityFollowing();
        EpisodeTrace expected = new EpisodeTrace();
        EpisodeResult r = MountainCarEpisode.fullEpisode(g, CONFIG, 42, expected);
        SpikingEpisode e = SpikingEpisode.run(g, CONFIG, 42, Integer.MAX_VALUE);
        assertThat(r.reachedGoal()).isTrue();
        assertThat(e.result()).isEqualTo(r);
        assertThat(e.trace().toCsv()).isEqualTo(expected.toCsv());
        assertOutputCountsMatch(e);
    }

    @Test
    void recordsEveryPopulationInTimeOrderWithinItsStepsWindow() {
        SpikingEpisode e = SpikingEpisode.fitnessEpisode(velocityFollowing(), CONFIG, 7);
        int[][] c = e.countsPerStep();
        assertThat(e.neurons()).isEqualTo(68);
        assertThat(e.firstOutput()).isEqualTo(65);
        long[] perPopulation = new long[4];
        for (int[] step : c) {
            for (int j = 0; j < step.length; j++) {
                perPopulation[j < 30 ? 0 : j < 60 ? 1 : j < 65 ? 2 : 3] += step[j];
            }
        }
        assertThat(Arrays.stream(perPopulation).min().orElseThrow()).as("spikes of the least active population")
                .isPositive();
        // an active input neuron fires every 1.2 ms: 16 or 17 spikes per 20 ms, two active inputs per step
        assertThat(perPopulation[0] + perPopulation[1]).isBetween(2L * 16 * e.steps() - 40, 2L * 17 * e.steps() + 40);
        double h = CONFIG.resolutionMs();
        for (int i = 0; i < e.spikeCount(); i++) {
            int s = e.step(i);
            assertThat(e.timeMs(i)).isGreaterThan(s * CONFIG.stepMs()).isLessThanOrEqualTo((s + 1) * CONFIG.stepMs() + h / 2);
            if (i > 0) {
                assertThat(e.timeMs(i)).isGreaterThanOrEqualTo(e.timeMs(i - 1));
            }
        }
    }

    private static void assertOutputCountsMatch(SpikingEpisode e) {
        int[][] c = e.countsPerStep();
        assertThat(c).hasNumberOfRows(e.trace().size());
        for (int s = 0; s < c.length; s++) {
            for (int k = 0; k < 3; k++) {
                assertThat(c[s][e.firstOutput() + k]).as("step %d output %d", s, k).isEqualTo(e.trace().count(s, k));
            }
        }
    }
}
