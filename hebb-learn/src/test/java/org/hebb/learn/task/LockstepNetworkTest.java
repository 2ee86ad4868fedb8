package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.hebb.sim.Network;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lockstep integrator's state against the kernel's after every window: V_m, I_syn_ex and I_syn_in of every
 * neuron of every lane equal, bit for bit, those of a {@link SpikingController} per lane fed the same random
 * observations. Spikes and scores hide a last-bit difference most of the time; the state does not.
 */
class LockstepNetworkTest {

    /** Every covered shape, through the unflushed (vectorized) path where it is safe and through the flushing one. */
    static Stream<Arguments> tasks() {
        return LockstepEpisodesTest.shapes().map(a -> (Task) a.get()[1]).filter(LockstepEpisodes::supports)
                .flatMap(t -> Stream.of(Arguments.of(t, false), Arguments.of(t, true)));
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void everyNeuronsStateEqualsTheKernelsAfterEveryWindow(Task task, boolean alwaysFlush) {
        int lanes = 6;
        double[][] genomes = LockstepEpisodesTest.genomes(task, lanes, task.toString().hashCode());
        SpikingController[] kernel = new SpikingController[lanes];
        LockstepNetwork net = new LockstepNetwork(task, lanes, alwaysFlush);
        for (int b = 0; b < lanes; b++) {
            kernel[b] = new SpikingController(genomes[b], task);
            net.weights(b, genomes[b], task);
        }
        ObservationEncoder encoder = task.encoder();
        double[] lo = task.low(), hi = task.high(), x = new double[task.observationDims()], pA = new double[task.inputs()];
        SplittableRandom rng = new SplittableRandom(7);
        int neurons = task.inputs() + task.hiddenNeurons() + task.outputs();
        for (int w = 0; w < 40; w++) {
            net.beginWindow();
            for (int b = 0; b < lanes; b++) {
                for (int d = 0; d < x.length; d++) { // a window may repeat the last input (a quiet bin stays quiet)
                    x[d] = w % 3 == 2 && w > 0 ? x[d] : lo[d] + (hi[d] - lo[d]) * rng.nextDouble();
                }
                encoder.encode(x, pA);
                net.amplitudes(b, pA);
                if (task.discrete()) {
                    kernel[b].stepDiscrete(x);
                } else {
                    kernel[b].stepContinuous(x);
                }
            }
            net.simulateWindow(null);
            for (int b = 0; b < lanes; b++) {
                Network k = kernel[b].network();
                int first = kernel[b].inputs().id(0);
                for (int n = 0; n < neurons; n++) {
                    String[] vars = {"V_m", "I_syn_ex", "I_syn_in"};
                    for (int v = 0; v < 3; v++) {
                        assertThat(Double.doubleToRawLongBits(net.read(v, b, n)))
                                .as("window %d, lane %d, neuron %d, %s", w, b, n, vars[v])
                                .isEqualTo(Double.doubleToRawLongBits(k.getDouble(first + n, vars[v])));
                    }
                }
            }
        }
    }
}
