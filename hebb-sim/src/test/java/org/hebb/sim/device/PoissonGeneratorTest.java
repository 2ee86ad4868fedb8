package org.hebb.sim.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SpikeEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** poisson_generator: count mean and Fano factor within 3 standard errors over many seeds; seeded reproducibility. */
class PoissonGeneratorTest {

    private static SpikeEvents run(long seed, double rate, int targets, double t) {
        Network net = new Network(0.1, seed);
        NodeCollection pg = net.create("poisson_generator", 1, Map.of("rate", rate));
        NodeCollection parrots = net.create("parrot_neuron", targets);
        NodeCollection sr = net.create("spike_recorder");
        net.connect(pg, parrots);
        net.connect(parrots, sr);
        net.simulate(t);
        return net.spikeEvents(sr);
    }

    @ParameterizedTest(name = "rate={0} Hz")
    @ValueSource(doubles = {20.0, 200.0})
    void countsArePoisson(double rate) {
        int seeds = 20, targets = 25;
        double t = 1000.0, mu = rate * (t - 1.0) / 1000.0; // generator stamps in (0, t - delay] reach the parrots by t
        double[] counts = new double[seeds * targets];
        for (int s = 0; s < seeds; s++) {
            SpikeEvents ev = run(1000 + s, rate, targets, t);
            for (int sender : ev.senders()) {
                counts[s * targets + sender - 2]++; // parrots have ids 2 .. targets + 1
            }
        }
        int n = counts.length;
        double mean = 0;
        for (double c : counts) {
            mean += c;
        }
        mean /= n;
        double var = 0;
        for (double c : counts) {
            var += (c - mean) * (c - mean);
        }
        var /= n - 1;
        double fano = var / mean;
        assertThat(Math.abs(mean - mu)).as("mean count %s vs %s", mean, mu).isLessThanOrEqualTo(3 * Math.sqrt(mu / n));
        // SE of the sample variance of a Poisson(mu) sample: sqrt((mu + 2 mu^2 / (n-1)) / n) in count^2, divided by mu
        double seFano = Math.sqrt((mu + 2 * mu * mu * n / (n - 1.0)) / n) / mu;
        assertThat(Math.abs(fano - 1.0)).as("Fano factor %s", fano).isLessThanOrEqualTo(3 * seFano);
    }

    @Test
    void sameSeedSameTrainOtherSeedOtherTrain() {
        SpikeEvents a = run(7, 100.0, 5, 500.0);
        SpikeEvents b = run(7, 100.0, 5, 500.0);
        SpikeEvents c = run(8, 100.0, 5, 500.0);
        assertThat(a.senders()).isEqualTo(b.senders());
        assertThat(a.steps()).isEqualTo(b.steps());
        assertThat(a.steps()).isNotEqualTo(c.steps());
        assertThat(a.size()).isGreaterThan(100);
    }

    @Test
    void drawHasPoissonMeanAndVarianceAboveTheSplitThreshold() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 20000;
        double lambda = 75.0, sum = 0, sum2 = 0;
        for (int i = 0; i < n; i++) {
            int k = PoissonGenerator.draw(lambda, rng);
            sum += k;
            sum2 += (double) k * k;
        }
        double mean = sum / n, var = sum2 / n - mean * mean;
        assertThat(Math.abs(mean - lambda)).isLessThanOrEqualTo(3 * Math.sqrt(lambda / n));
        assertThat(Math.abs(var - lambda)).isLessThanOrEqualTo(3 * Math.sqrt((lambda + 2 * lambda * lambda) / n));
    }

    @Test
    void startAndStopBoundTheTrain() {
        Network net = new Network(0.1, 5);
        NodeCollection pg = net.create("poisson_generator", 1, Map.of("rate", 2000.0, "start", 100.0, "stop", 200.0));
        NodeCollection p = net.create("parrot_neuron", 3);
        NodeCollection sr = net.create("spike_recorder");
        net.connect(pg, p);
        net.connect(p, sr);
        net.simulate(300.0);
        SpikeEvents ev = net.spikeEvents(sr);
        assertThat(ev.size()).isGreaterThan(100);
        long first = Long.MAX_VALUE, last = 0;
        for (long s : ev.steps()) { // active in steps k with 100 < k h <= 200: stamps (100.1, 200.1] ms, parrot 1 ms later
            assertThat(s).isBetween(1002L + 10, 2001L + 10);
            first = Math.min(first, s);
            last = Math.max(last, s);
        }
        assertThat(first).isLessThan(1012L + 5); // at 6000 spikes/s the window's edges are reached
        assertThat(last).isGreaterThan(2011L - 5);
    }
}
