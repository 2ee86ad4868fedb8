package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class MountainCarControllerTest {

    private static final Task C = L2L.C;

    /**
     * An input neuron driven with 40 nA fires right after each 1 ms refractory period. Closed form from the
     * iaf_psc_alpha dynamics (NEST defaults, t_ref 1 ms, h 0.2 ms): from reset, V_n = I R (1 - e^(-n h / tau_m)) with
     * R = tau_m / C_m; it crosses theta = 15 mV after nCross = 1 step (V_1 = 31.7 mV), so ISI = 5 + 1 steps = 1.2 ms.
     * The current set at step 0 arrives after the 1 ms delay and acts one step later, so the spikes are emitted in
     * steps 6, 12, 18, ...: per 20 ms window 16, 17, 16, 17, 17, ... (mean 20 / 1.2 = 16.67).
     */
    @Test
    void anInputNeuronAt40nAFiresRightAfterEachRefractoryPeriod() {
        double tauM = 10, cM = 250, theta = 15, h = C.resolutionMs(), current = C.inputCurrentPa();
        int nCross = 1;
        while (current * tauM / cM * -Math.expm1(-nCross * h / tauM) < theta) {
            nCross++;
        }
        int refSteps = (int) Math.round(1.0 / h);
        int delaySteps = (int) Math.round(Task.DELAY_MS / h);
        int isi = refSteps + nCross;
        int window = (int) Math.round(C.stepMs() / h);
        assertThat(isi).isEqualTo(6);

        SpikingController c = new SpikingController(new double[315], C);
        int neuron = c.inputs().slice(0, 30).id(L2L.velocityBin(0.0));
        int other = c.inputs().slice(30, 60).id(L2L.positionBin(-0.5));
        int[] counts = new int[2];
        c.network().addSpikeListener((sender, stamp, m) -> {
            if (sender == neuron) {
                counts[0] += m;
            } else if (sender == other) {
                counts[1] += m;
            }
        });
        int[] observed = new int[10];
        for (int w = 0; w < observed.length; w++) {
            counts[0] = 0;
            counts[1] = 0;
            c.stepDiscrete(new double[] {-0.5, 0.0});
            observed[w] = counts[0];
            assertThat(counts[1]).isEqualTo(counts[0]);
            int expected = 0;
            for (int s = delaySteps + nCross; s < (w + 1) * window; s += isi) {
                expected += s >= w * window ? 1 : 0;
            }
            assertThat(observed[w]).as("window %d", w).isEqualTo(expected);
            assertThat((double) observed[w]).isCloseTo(C.stepMs() / (isi * h), org.assertj.core.data.Offset.offset(1.0));
        }
        assertThat(observed).startsWith(16, 17, 16, 17, 17);
    }

    @Test
    void silenceDecodesToNoPush() {
        SpikingController c = new SpikingController(new double[315], C);
        for (int t = 0; t < 5; t++) {
            assertThat(c.stepDiscrete(new double[] {-0.5 + 0.1 * t, 0.01 * t})).isEqualTo(L2L.NONE);
            assertThat(new int[] {c.groupCount(0), c.groupCount(1), c.groupCount(2)}).containsOnly(0);
        }
    }

    @Test
    void aTieBetweenLeftAndRightDecodesToNoPush() {
        double[] g = new double[315];
        for (int i = 0; i < 30; i++) {
            g[L2L.velocityToHidden(0, i)] = 20;
        }
        g[L2L.hiddenToOutput(5, L2L.LEFT, 0)] = 20;
        g[L2L.hiddenToOutput(5, L2L.RIGHT, 0)] = 20;
        SpikingController c = new SpikingController(g, C);
        for (int t = 0; t < 3; t++) {
            assertThat(c.stepDiscrete(new double[] {-0.5, 0.0})).isEqualTo(L2L.NONE);
            assertThat(c.groupCount(0)).isPositive().isEqualTo(c.groupCount(2));
            assertThat(c.groupCount(1)).isZero();
        }
    }

    @Test
    void genesBeyondTheBoundsActAsTheBound() {
        double[] g = Genomes.velocityFollowing(5);
        double[] big = Arrays.stream(g).map(x -> x * 1000).toArray();
        EpisodeRecord a = EpisodeRecord.fitness(C, g, 5);
        EpisodeRecord b = EpisodeRecord.fitness(C, big, 5);
        assertThat(b.toCsv()).isEqualTo(a.toCsv());
    }

    @Test
    void theNetworkIsL2Ls() {
        SpikingController c = new SpikingController(Genomes.velocityFollowing(5), C);
        assertThat(c.inputs().slice(0, 30).size()).isEqualTo(30);
        assertThat(c.inputs().slice(30, 60).size()).isEqualTo(30);
        assertThat(c.hidden().size()).isEqualTo(5);
        assertThat(c.outputs().size()).isEqualTo(3);
        assertThat(c.network().getDouble(c.hidden().id(0), "t_ref")).isEqualTo(1.0);
        assertThat(c.network().getDouble(c.outputs().id(2), "C_m")).isEqualTo(250.0);
        var conns = c.network().getConnections();
        assertThat(conns.sources()).hasSize(60 + 315);
        for (int k = 0; k < conns.sources().length; k++) {
            assertThat(conns.delays()[k]).isEqualTo(1.0);
        }
        // velocity bin 20 -> hidden 1 carries gene 1*30 + 20 = 20 * 100 pA
        int src = c.inputs().slice(0, 30).id(20);
        int tgt = c.hidden().id(1);
        for (int k = 0; k < conns.sources().length; k++) {
            if (conns.sources()[k] == src && conns.targets()[k] == tgt) {
                assertThat(conns.weights()[k]).isEqualTo(2000.0);
            }
        }
    }

    @Test
    void aBadGenomeIsRefusedWithOneLine() {
        assertThatThrownBy(() -> new SpikingController(new double[314], C)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("genome: 314 genes is not allowed; must be 315 for MountainCar-v0's 60-5-3 network");
        double[] g = new double[315];
        g[7] = Double.NaN;
        assertThatThrownBy(() -> new SpikingController(g, C)).hasMessage("genome[7]: NaN is not allowed; must be finite");
    }
}
