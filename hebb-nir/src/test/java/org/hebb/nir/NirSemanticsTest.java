package org.hebb.nir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;
import org.junit.jupiter.api.Test;

/**
 * The exported fields obey NIR's equations (golden README, times in seconds) for the neuron hebb simulated: one
 * neuron of each model gets one input spike under a constant I_e, hebb records its membrane every step, and NIR's
 * ODEs with the exported node's parameters — integrated independently here by RK4 at 1 µs, the spike a jump of
 * {@code w_in·W/tau_syn} (or {@code r·W/tau}) at the step hebb's current jumps — give the same {@code v = V_m − E_L}
 * at every sample. This checks the docs/nir.md derivations, including iaf_psc_alpha's factor e.
 */
class NirSemanticsTest {

    private static final double H = 0.1, W = 400.0, SPIKE_MS = 5.0;

    /** hebb's V_m − E_L every step for 40 ms, one spike of weight W delivered with delay h at SPIKE_MS. */
    private static double[] hebb(String model, Map<String, Object> params) {
        Network net = new Network(H, 1);
        NodeCollection n = net.create(model, 1, params);
        NodeCollection gen = net.create("spike_generator", 1, Map.of("spike_times", new double[] {SPIKE_MS}));
        net.connect(gen, n, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(W).withDelay(H));
        double el = net.getDouble(n.id(0), "E_L");
        double[] rel = new double[400];
        for (int i = 0; i < rel.length; i++) { // one step at a time, V_m read through the public API
            net.simulate(H);
            rel[i] = net.getDouble(n.id(0), "V_m") - el;
        }
        return rel;
    }

    /** The graph's node of a one-population network (its neuron node, or the LIF of an alpha chain). */
    private static NirNode.Graph export(String model, Map<String, Object> params) {
        Network net = new Network(H, 1);
        Map<String, NodeCollection> labels = new LinkedHashMap<>();
        labels.put("p", net.create(model, 1, params));
        return NirExport.export(HebbNet.read(net, labels, s -> { }), NirExport.Target.NIR, false, s -> { });
    }

    interface Deriv {
        void f(double[] y, double[] dy);
    }

    /** RK4 at 1 µs from y(0) = 0, the spike's jump applied at {@code jumpS}; y[vIndex] sampled every h. */
    private static double[] nir(int states, Deriv d, double jumpS, int jumpIndex, double jump, int vIndex, int samples) {
        double dt = 1e-6;
        int per = (int) Math.round(H * 1e-3 / dt), jumpAt = (int) Math.round(jumpS / dt);
        double[] y = new double[states], k1 = new double[states], k2 = new double[states], k3 = new double[states],
                k4 = new double[states], t = new double[states];
        double[] out = new double[samples];
        for (int step = 0; step < samples * per; step++) {
            d.f(y, k1);
            for (int i = 0; i < states; i++) {
                t[i] = y[i] + dt / 2 * k1[i];
            }
            d.f(t, k2);
            for (int i = 0; i < states; i++) {
                t[i] = y[i] + dt / 2 * k2[i];
            }
            d.f(t, k3);
            for (int i = 0; i < states; i++) {
                t[i] = y[i] + dt * k3[i];
            }
            d.f(t, k4);
            for (int i = 0; i < states; i++) {
                y[i] += dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
            if (step + 1 == jumpAt) { // the pulse at jumpS, included in the sample taken then
                y[jumpIndex] += jump;
            }
            if ((step + 1) % per == 0) {
                out[(step + 1) / per - 1] = y[vIndex];
            }
        }
        return out;
    }

    /** The spike (sent at SPIKE_MS, delay h) acts at SPIKE_MS + h: NEST adds it at the end of the step ending then. */
    private static final double ARRIVAL_S = (SPIKE_MS + H) * 1e-3;

    @Test
    void cubaLifIsIafPscExp() {
        Map<String, Object> p = Map.of("tau_m", 12.0, "C_m", 180.0, "tau_syn_ex", 3.0, "tau_syn_in", 3.0, "I_e", 90.0,
                "V_th", 0.0, "t_ref", 0.0);
        double[] hebb = hebb("iaf_psc_exp", p);
        NirNode.CubaLif n = (NirNode.CubaLif) export("iaf_psc_exp", p).nodes().get("p");
        double ts = n.tauSyn()[0], tm = n.tauMem()[0], r = n.r()[0], vl = n.vLeak()[0];
        double[] v = nir(2, (y, dy) -> {
            dy[0] = -y[0] / ts;                       // tau_syn dI/dt = −I (+ w_in·S: the jump)
            dy[1] = ((vl - y[1]) + r * y[0]) / tm;     // tau_mem dv/dt = (v_leak − v) + r·I
        }, ARRIVAL_S, 0, n.wIn()[0] * W / ts, 1, hebb.length);
        for (int i = 0; i < hebb.length; i++) {
            assertThat(hebb[i]).as("sample %d", i).isCloseTo(v[i], within(1e-9));
        }
        assertThat(hebb[hebb.length - 1]).isGreaterThan(1.0); // it did move
    }

    @Test
    void theCubaLiChainIsIafPscAlphaWithItsFactorE() {
        Map<String, Object> p = Map.of("tau_m", 15.0, "C_m", 220.0, "tau_syn_ex", 1.7, "tau_syn_in", 1.7, "I_e", 60.0,
                "V_th", 0.0, "t_ref", 0.0);
        double[] hebb = hebb("iaf_psc_alpha", p);
        NirNode.Graph g = export("iaf_psc_alpha", p);
        NirNode.CubaLi k = (NirNode.CubaLi) g.nodes().get("p_syn");
        NirNode.Lif l = (NirNode.Lif) g.nodes().get("p");
        double ts = k.tauSyn()[0], tk = k.tauMem()[0], rk = k.r()[0], tm = l.tau()[0], r = l.r()[0], vl = l.vLeak()[0];
        double[] v = nir(3, (y, dy) -> {
            dy[0] = -y[0] / ts;                        // kernel: tau_syn dI1/dt = −I1
            dy[1] = (-y[1] + rk * y[0]) / tk;          //         tau_mem dV1/dt = −V1 + r·I1 (V1 is the PSC, pA)
            dy[2] = ((vl - y[2]) + r * y[1]) / tm;      // LIF:    tau dv/dt = (v_leak − v) + r·V1
        }, ARRIVAL_S, 0, k.wIn()[0] * W / ts, 2, hebb.length);
        for (int i = 0; i < hebb.length; i++) {
            assertThat(hebb[i]).as("sample %d", i).isCloseTo(v[i], within(1e-9));
        }
    }

    @Test
    void lifIsIafPscDelta() {
        Map<String, Object> p = Map.of("tau_m", 8.0, "C_m", 150.0, "I_e", 120.0, "V_th", 10000.0, "t_ref", 0.0);
        double[] hebb = hebb("iaf_psc_delta", p);
        NirNode.Lif n = (NirNode.Lif) export("iaf_psc_delta", p).nodes().get("p");
        double tau = n.tau()[0], r = n.r()[0], vl = n.vLeak()[0];
        double[] v = nir(1, (y, dy) -> dy[0] = (vl - y[0]) / tau, ARRIVAL_S, 0, r * W / tau, 0, hebb.length);
        for (int i = 0; i < hebb.length; i++) {
            assertThat(hebb[i]).as("sample %d", i).isCloseTo(v[i], within(1e-9));
        }
    }
}
