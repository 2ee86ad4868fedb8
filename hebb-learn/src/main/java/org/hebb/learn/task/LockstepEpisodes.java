package org.hebb.learn.task;

import org.hebb.gym.Box;

/**
 * Several episodes of one task played together (population lockstep): every episode is a lane with its own genome,
 * env and seed, and all lanes' networks advance in one integrator whose inner loops run over lanes
 * ({@link LockstepNetwork}), without building a kernel network per episode. Each lane's result — score, steps, every
 * spike — is bit for bit what {@link Episode#run} gives for its genome and seed; a task whose network the lockstep
 * integrator does not cover ({@link #supports}) is played episode by episode through {@link Episode#run}.
 *
 * {@snippet :
 * EpisodeResult[] r = LockstepEpisodes.run(Task.mountainCarL2L(), genomes, seeds, 110, null);
 * }
 */
public final class LockstepEpisodes {

    /** Sees every lane's steps and spikes, as {@link EpisodeRecord} sees one episode's. */
    public interface Recorder {
        /**
         * A spike of episode {@code episode}'s neuron (inputs, hidden, outputs numbered from 0) at {@code timeMs}, in
         * env step {@code step} (0-based, the window being simulated).
         */
        void spike(int episode, int neuron, double timeMs, int step);

        /** Episode {@code episode}'s env step, with {@link EpisodeObserver#step}'s arguments. */
        void step(int episode, int step, double[] input, int[] groupCounts, double[] action, double reward);
    }

    private LockstepEpisodes() {
    }

    /** @return whether {@code task}'s network is played in lockstep (else {@link #run} falls back to the kernel) */
    public static boolean supports(Task task) {
        return LockstepNetwork.covers(task);
    }

    /**
     * Plays episode {@code i} of {@code genomes[i]} from {@code reset(seed=seeds[i])}, at most {@code maxSteps} steps,
     * for every {@code i}.
     *
     * @param recorder sees every step and spike, or null
     * @return one result per episode, in order
     */
    public static EpisodeResult[] run(Task task, double[][] genomes, long[] seeds, int maxSteps, Recorder recorder) {
        if (genomes.length != seeds.length) {
            throw new IllegalArgumentException("seeds: " + seeds.length + " is not allowed; must be one per genome ("
                    + genomes.length + ")");
        }
        EpisodeResult[] out = new EpisodeResult[genomes.length];
        if (!supports(task)) {
            for (int i = 0; i < genomes.length; i++) {
                out[i] = Episode.run(task, genomes[i], seeds[i], maxSteps, recorder == null ? null
                        : new RecorderObserver(recorder, i));
            }
            return out;
        }
        int lanes = genomes.length;
        LockstepNetwork net = new LockstepNetwork(task, lanes);
        EpisodeProgress[] p = new EpisodeProgress[lanes];
        for (int b = 0; b < lanes; b++) {
            EpisodeProgress.check(seeds[b], maxSteps);
            task.checkGenome(genomes[b]);
            net.weights(b, genomes[b], task);
            p[b] = new EpisodeProgress(task, seeds[b], maxSteps);
        }
        ObservationEncoder encoder = task.encoder();
        double[] amps = new double[task.inputs()];
        double[][] inputs = new double[lanes][];
        int[] neuronCounts = new int[task.outputs()];
        int[] groupCounts = new int[task.outputGroups()];
        int g = task.groupSize();
        float[] low = task.actionSpace() instanceof Box b ? b.low() : null;
        float[] high = low == null ? null : ((Box) task.actionSpace()).high();
        double h = task.resolutionMs();
        LockstepNetwork.SpikeSink sink = recorder == null ? null
                : (lane, neuron, stamp) -> recorder.spike(lane, neuron, stamp * h, p[lane].steps());
        while (net.activeLanes() > 0) {
            net.beginWindow();
            for (int q = 0; q < net.activeLanes(); q++) {
                int b = net.activeLane(q);
                inputs[b] = p[b].input();
                encoder.encode(inputs[b], amps);
                net.amplitudes(b, amps);
            }
            net.simulateWindow(sink);
            for (int q = net.activeLanes() - 1; q >= 0; q--) { // backwards: retiring a lane shifts the later ones
                int b = net.activeLane(q);
                net.counts(b, neuronCounts);
                for (int a = 0; a < groupCounts.length; a++) { // SpikingController.run's group sums
                    int sum = 0;
                    for (int k = a * g; k < (a + 1) * g; k++) {
                        sum += neuronCounts[k];
                    }
                    groupCounts[a] = sum;
                }
                if (low == null) {
                    p[b].step(ActionDecoder.discrete(groupCounts, task.defaultAction()));
                } else {
                    float[] a = new float[low.length];
                    ActionDecoder.continuous(groupCounts, g, task.stepMs(), task.gain(), low, high, a);
                    p[b].step(a);
                }
                if (recorder != null) {
                    recorder.step(b, p[b].steps(), inputs[b], groupCounts, p[b].action(), p[b].reward());
                }
                if (!p[b].running()) {
                    net.retire(b);
                }
            }
        }
        for (int b = 0; b < lanes; b++) {
            out[b] = p[b].result();
        }
        return out;
    }

    /** A recorder seen through the kernel path's observer hook (for tasks the lockstep does not cover). */
    private static final class RecorderObserver implements EpisodeObserver {
        private final Recorder recorder;
        private final int episode;

        RecorderObserver(Recorder recorder, int episode) {
            this.recorder = recorder;
            this.episode = episode;
        }

        @Override
        public void start(SpikingController c, long seed) {
            int first = c.inputs().id(0);
            double h = c.task().resolutionMs();
            c.addSpikeListener((sender, stamp, multiplicity) -> {
                for (int m = 0; m < multiplicity; m++) {
                    recorder.spike(episode, sender - first, stamp * h, c.steps());
                }
            });
        }

        @Override
        public void step(int step, double[] input, int[] groupCounts, double[] action, double reward) {
            recorder.step(episode, step, input, groupCounts, action, reward);
        }
    }
}
