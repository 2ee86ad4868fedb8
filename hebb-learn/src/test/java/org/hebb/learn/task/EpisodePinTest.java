package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.hebb.gym.Env;
import org.hebb.gym.MountainCarV0;
import org.hebb.gym.StepResult;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SpikeEvents;
import org.junit.jupiter.api.Test;

/**
 * Regression pin of the kernel on the main job: per-step output spike counts, actions and states, the whole spike
 * raster and the final state bits of every neuron, for a few genomes and seeds, as the code of commit fb0c7b9
 * (before the kernel speed-up) produced them. A change of any bit fails here. The resource was written by
 * {@code ./mvnw -pl hebb-learn -am verify -Dtest=EpisodePinTest -Dsurefire.failIfNoSpecifiedTests=false
 * with HEBB_PIN_WRITE=/abs/path/episode-pin.txt in the environment} on that commit.
 */
class EpisodePinTest {

    private static final Task C = L2L.C;
    private static final long[] SEEDS = {0, 7};

    /** Random U(-20, 20) genomes (saturating, as the GA starts), milder U(-3, 3) ones, and the hand-wired policy. */
    static List<double[]> genomes() {
        List<double[]> out = new ArrayList<>();
        for (int g = 1; g <= 6; g++) {
            SplittableRandom rng = new SplittableRandom(g);
            double span = g <= 3 ? 20.0 : 3.0;
            double[] genome = new double[C.genes()];
            for (int i = 0; i < genome.length; i++) {
                genome[i] = rng.nextDouble(-span, span);
            }
            out.add(genome);
        }
        out.add(Genomes.velocityFollowing(C.hiddenNeurons()));
        return out;
    }

    /** Runs the episode loop of {@link Episode#run} with a spike recorder on all neurons. */
    static List<String> pin(int g, double[] genome, long seed) {
        List<String> lines = new ArrayList<>();
        SpikingController c = new SpikingController(genome, C);
        Network net = c.network();
        NodeCollection all = NodeCollection.range(c.inputs().slice(0, 30).id(0), c.outputs().id(2) - c.inputs().slice(0, 30).id(0) + 1);
        NodeCollection sr = net.create("spike_recorder");
        net.connect(all, sr);
        Env env = new MountainCarV0();
        env.reset(seed);
        double[] s = env.state(new double[2]);
        for (int t = 0; t < C.episodeSteps(); t++) {
            int a = c.stepDiscrete(new double[] {s[0], s[1]});
            lines.add("S," + g + "," + seed + "," + t + "," + Double.toHexString(s[0]) + "," + Double.toHexString(s[1])
                    + "," + c.groupCount(0) + "," + c.groupCount(1) + "," + c.groupCount(2) + "," + a);
            StepResult r = env.step(a);
            env.state(s);
            if (s[0] >= Task.GOAL_POSITION || r.terminated() || r.truncated()) {
                break;
            }
        }
        SpikeEvents ev = net.spikeEvents(sr);
        long digest = 17;
        for (int i = 0; i < ev.size(); i++) {
            digest = digest * 1_000_003L + ev.senders()[i] * 65_537L + ev.steps()[i];
        }
        lines.add("R," + g + "," + seed + "," + ev.size() + "," + Long.toHexString(digest));
        long state = 17;
        for (int id : all.ids()) {
            for (String v : new String[] {"V_m", "I_syn_ex", "I_syn_in"}) {
                state = state * 1_000_003L + Double.doubleToRawLongBits(net.getDouble(id, v));
            }
        }
        lines.add("V," + g + "," + seed + "," + Long.toHexString(state));
        return lines;
    }

    static List<String> all() {
        List<String> lines = new ArrayList<>();
        List<double[]> gs = genomes();
        for (int g = 0; g < gs.size(); g++) {
            for (long seed : SEEDS) {
                lines.addAll(pin(g, gs.get(g), seed));
            }
        }
        return lines;
    }

    @Test
    void episodesReproduceThePinnedBits() throws IOException {
        List<String> now = all();
        String out = System.getenv("HEBB_PIN_WRITE");
        if (out != null) {
            Files.write(Path.of(out), now, StandardCharsets.UTF_8);
        }
        List<String> pinned = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EpisodePinTest.class.getResourceAsStream("/task/episode-pin.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    pinned.add(line);
                }
            }
        }
        assertThat(now).containsExactlyElementsOf(pinned);
        assertThat(pinned).hasSizeGreaterThan(1000);
    }

    @Test
    void theLibraryEpisodeMatchesThePinnedTrace() {
        List<double[]> gs = genomes();
        for (int g = 0; g < gs.size(); g++) {
            EpisodeRecord trace = EpisodeRecord.fitness(C, gs.get(g), SEEDS[1]);
            List<String> p = pin(g, gs.get(g), SEEDS[1]);
            for (int t = 0; t < trace.steps(); t++) {
                assertThat(p.get(t)).isEqualTo("S," + g + "," + SEEDS[1] + "," + t + "," + Double.toHexString(trace.input(t, 0))
                        + "," + Double.toHexString(trace.input(t, 1)) + "," + trace.count(t, 0) + "," + trace.count(t, 1)
                        + "," + trace.count(t, 2) + "," + (int) trace.action(t));
            }
        }
    }
}
