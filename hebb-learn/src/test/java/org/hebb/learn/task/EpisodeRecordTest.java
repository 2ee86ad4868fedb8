package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.hebb.sim.NodeCollection;
import org.hebb.sim.SpikeEvents;
import org.junit.jupiter.api.Test;

/** What the observer hook records equals what a NEST-style spike_recorder on the same network records. */
class EpisodeRecordTest {

    @Test
    void theRecordedSpikesAreTheSpikeRecordersAndSumToTheStepCounts() {
        Task task = L2L.C;
        double[] g = new SplittableRandom(5).doubles(task.genes(), -20, 20).toArray();
        SpikeEvents[] recorder = new SpikeEvents[1];
        int[] first = new int[1];
        EpisodeRecord rec = EpisodeRecord.fitness(task, g, 4);
        // the same episode again, with a spike_recorder connected to every neuron through the hook
        EpisodeObserver withRecorder = new EpisodeObserver() {
            private NodeCollection sr;
            private org.hebb.sim.Network net;

            @Override
            public void start(SpikingController c, long seed) {
                net = c.network();
                sr = net.create("spike_recorder");
                first[0] = c.inputs().id(0);
                net.connect(NodeCollection.range(first[0], task.inputs() + task.hiddenNeurons() + task.outputs()), sr);
            }

            @Override
            public void step(int step, double[] input, int[] groupCounts, double[] action, double reward) {
                recorder[0] = net.spikeEvents(sr);
            }
        };
        EpisodeResult again = Episode.fitness(task, g, 4, withRecorder);
        assertThat(again).isEqualTo(rec.result());
        SpikeEvents ev = recorder[0];
        assertThat(rec.spikeCount()).isEqualTo(ev.size()).isPositive();
        for (int i = 0; i < ev.size(); i++) {
            assertThat(rec.neuron(i)).isEqualTo(ev.senders()[i] - first[0]);
            assertThat(rec.timeMs(i)).isCloseTo(ev.times()[i], org.assertj.core.data.Offset.offset(1e-9));
        }
        int[][] perStep = new int[rec.steps()][task.outputGroups()];
        for (int i = 0; i < rec.spikeCount(); i++) {
            int k = rec.neuron(i) - rec.firstOutput();
            if (k >= 0) {
                perStep[rec.spikeStep(i)][k]++;
            }
        }
        for (int t = 0; t < rec.steps(); t++) {
            for (int a = 0; a < task.outputGroups(); a++) {
                assertThat(perStep[t][a]).as("step %d output %d", t, a).isEqualTo(rec.count(t, a));
            }
        }
    }

    @Test
    void otherTasksGetObservationColumnsAndTheirGroupNames() {
        Task cp = Task.defaults("CartPole-v1").toBuilder().hiddenNeurons(0).perDimension(3).resolutionMs(1.0).build();
        EpisodeRecord rec = EpisodeRecord.fitness(cp, new double[cp.genes()], 1);
        assertThat(rec.csvHeader()).isEqualTo("step,obs0,obs1,obs2,obs3,count_left,count_right,action");
        assertThat(rec.toCsv().lines().count()).isEqualTo(rec.steps() + 1);
        assertThat(rec.steps()).isEqualTo(rec.result().steps());
        Task pend = Task.defaults("Pendulum-v1").toBuilder().hiddenNeurons(0).maxSteps(3).build();
        EpisodeRecord p = EpisodeRecord.fitness(pend, new double[pend.genes()], 1);
        assertThat(p.csvHeader()).isEqualTo("step,obs0,obs1,obs2,count_plus0,count_minus0,action");
        assertThat(p.toCsv()).contains(",0.0\n"); // a silent network: zero torque, as a float
    }
}
