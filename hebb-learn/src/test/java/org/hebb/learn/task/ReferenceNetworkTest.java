package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Cross-checks the kernel-built controller against an independent simulation of the same network written here
 * from the equations: iaf_psc_alpha integrated exactly with propagators derived in closed form (not the kernel's
 * code), NEST's update order (membrane, then synaptic currents, then the spikes and currents that arrived this
 * step), every connection 1 ms, the dc current acting one step after it arrives. Spike counts are integers, so
 * they must match exactly unless a membrane lands within rounding of the threshold.
 */
class ReferenceNetworkTest {

    private static final Task C = L2L.C;

    /** The network of MountainCarController, simulated directly. Neurons: 0..29 velocity, 30..59 position, hidden, outputs. */
    private static final class Reference {
        final int h;
        final int n;
        final double[][] w; // w[target][source], pA
        final double[] v, iEx, dIEx, iIn, dIIn, y0;
        final int[] r;
        final double[][] ringEx, ringIn, ringCur; // [slot][neuron]
        final int delay, ref, window;
        final double p11, p21, p30, p31, p32, p33, psc;
        int step;
        int activeV = -1, activeP = -1;

        Reference(double[] genome) {
            h = C.hiddenNeurons();
            n = 60 + h + 3;
            double dt = C.resolutionMs(), tauM = 10, cM = 250, tauS = 2;
            delay = (int) Math.round(Task.DELAY_MS / dt);
            ref = (int) Math.round(1.0 / dt);
            window = (int) Math.round(C.stepMs() / dt);
            w = new double[n][n];
            for (int j = 0; j < h; j++) {
                for (int i = 0; i < 30; i++) {
                    w[60 + j][i] = clip(genome[j * 30 + i]) * C.weightScalePa();
                    w[60 + j][30 + i] = clip(genome[30 * h + j * 30 + i]) * C.weightScalePa();
                }
                for (int k = 0; k < 3; k++) {
                    w[60 + h + k][60 + j] = clip(genome[60 * h + k * h + j]) * C.weightScalePa();
                }
            }
            v = new double[n];
            iEx = new double[n];
            dIEx = new double[n];
            iIn = new double[n];
            dIIn = new double[n];
            y0 = new double[n];
            r = new int[n];
            ringEx = new double[delay + 1][n];
            ringIn = new double[delay + 1][n];
            ringCur = new double[delay + 1][n];
            // alpha current: dI' = -dI/tauS, I' = dI - I/tauS; V' = -V/tauM + I/C
            double a = 1 / tauM - 1 / tauS;
            p11 = Math.exp(-dt / tauS);
            p21 = dt * p11;
            p33 = Math.exp(-dt / tauM);
            p30 = tauM / cM * (1 - p33);
            p32 = (p11 - p33) / (cM * a);
            p31 = p33 * (Math.exp(a * dt) * (a * dt - 1) + 1) / (cM * a * a);
            psc = Math.E / tauS;
        }

        static double clip(double x) {
            return Math.max(-20, Math.min(20, x));
        }

        int[] window(double position, double velocity) {
            activeV = L2L.velocityBin(velocity);
            activeP = 30 + L2L.positionBin(position);
            int[] counts = new int[3];
            boolean[] spiked = new boolean[n];
            for (int s = 0; s < window; s++, step++) {
                int now = step % (delay + 1);
                for (int i = 0; i < n; i++) {
                    if (r[i] == 0) {
                        v[i] = p30 * y0[i] + p31 * (dIEx[i] + dIIn[i]) + p32 * (iEx[i] + iIn[i]) + p33 * v[i];
                    } else {
                        r[i]--;
                    }
                    iEx[i] = p21 * dIEx[i] + p11 * iEx[i];
                    dIEx[i] = p11 * dIEx[i] + psc * ringEx[now][i];
                    iIn[i] = p21 * dIIn[i] + p11 * iIn[i];
                    dIIn[i] = p11 * dIIn[i] + psc * ringIn[now][i];
                    ringEx[now][i] = 0;
                    ringIn[now][i] = 0;
                    spiked[i] = v[i] >= 15;
                    if (spiked[i]) {
                        r[i] = ref;
                        v[i] = 0;
                    }
                    y0[i] = ringCur[now][i];
                    ringCur[now][i] = 0;
                }
                int arrive = (step + delay) % (delay + 1);
                ringCur[arrive][activeV] += C.inputCurrentPa(); // generators send every step; the others send 0
                ringCur[arrive][activeP] += C.inputCurrentPa();
                for (int src = 0; src < n; src++) {
                    if (!spiked[src]) {
                        continue;
                    }
                    if (src >= 60 + h) {
                        counts[src - 60 - h]++;
                    }
                    for (int t = 0; t < n; t++) {
                        double x = w[t][src];
                        if (x > 0) {
                            ringEx[arrive][t] += x;
                        } else if (x < 0) {
                            ringIn[arrive][t] += x;
                        }
                    }
                }
            }
            return counts;
        }
    }

    @Test
    void randomGenomesSpikeAsTheIndependentSimulationOverAWholeEpisode() {
        SplittableRandom rng = new SplittableRandom(2024);
        int windows = 0;
        int outputSpikes = 0;
        for (int trial = 0; trial < 4; trial++) {
            double[] g = new double[315];
            for (int i = 0; i < g.length; i++) {
                g[i] = rng.nextDouble(-20, 20);
            }
            EpisodeRecord trace = EpisodeRecord.fitness(C, g, trial);
            Reference ref = new Reference(g);
            for (int t = 0; t < trace.steps(); t++) {
                int[] c = ref.window(trace.input(t, 0), trace.input(t, 1));
                assertThat(c).as("genome %d, step %d", trial, t + 1)
                        .containsExactly(trace.count(t, 0), trace.count(t, 1), trace.count(t, 2));
                windows++;
                outputSpikes += c[0] + c[1] + c[2];
            }
        }
        assertThat(windows).isEqualTo(4 * 110);
        assertThat(outputSpikes).isPositive();
    }

    @Test
    void theHardWiredPolicySpikesAsTheIndependentSimulation() {
        double[] g = Genomes.velocityFollowing(5);
        EpisodeRecord trace = EpisodeRecord.full(C, g, 8);
        Reference ref = new Reference(g);
        for (int t = 0; t < trace.steps(); t++) {
            int[] c = ref.window(trace.input(t, 0), trace.input(t, 1));
            assertThat(c).as("step %d", t + 1).containsExactly(trace.count(t, 0), trace.count(t, 1), trace.count(t, 2));
        }
    }
}
