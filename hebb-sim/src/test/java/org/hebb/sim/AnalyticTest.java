package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Closed forms: single PSPs of iaf_psc_exp / iaf_psc_alpha and the f-I curve of iaf_psc_delta. */
class AnalyticTest {

    static final double C_M = 250.0, TAU_M = 10.0, W = 100.0, T_SPIKE = 10.0, DELAY = 1.0;

    /** Records V_m - E_L at every step of one neuron receiving one spike of weight W (pA). */
    private static double[] psp(String model, double tauSyn, double h) {
        Network net = new Network(h, 1);
        NodeCollection sg = net.create("spike_generator", 1, Map.of("spike_times", new double[] {T_SPIKE}));
        NodeCollection n = net.create(model, 1, Map.of("tau_syn_ex", tauSyn, "V_th", 1000.0));
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", h, "record_from", List.of("V_m")));
        net.connect(sg, n, ConnSpec.oneToOne(), SynSpec.staticSynapse().withWeight(W).withDelay(DELAY));
        net.connect(mm, n);
        net.simulate(100.0);
        double[] v = net.multimeterEvents(mm).values("V_m");
        for (int i = 0; i < v.length; i++) {
            v[i] += 70.0;
        }
        return v;
    }

    /** Exponential PSC: V(t) = W/C (e^{-t/tau_m} - e^{-t/tau_s}) / (1/tau_s - 1/tau_m). */
    static double expPsp(double t, double tauS) {
        return t <= 0 ? 0 : W / C_M * (Math.exp(-t / TAU_M) - Math.exp(-t / tauS)) / (1 / tauS - 1 / TAU_M);
    }

    /** Alpha PSC W (t/tau_s) e^{1 - t/tau_s}: V(t) = W e/(tau_s C) e^{-t/tau_m} (1 - e^{-a t}(1 + a t)) / a^2, a = 1/tau_s - 1/tau_m. */
    static double alphaPsp(double t, double tauS) {
        double a = 1 / tauS - 1 / TAU_M;
        return t <= 0 ? 0 : W * Math.E / (tauS * C_M) * Math.exp(-t / TAU_M) * (1 - Math.exp(-a * t) * (1 + a * t)) / (a * a);
    }

    /** Peak time of the continuous PSP by bisection on its derivative (central difference of the closed form). */
    static double peakTime(boolean alpha, double tauS) {
        double lo = 1e-6, hi = 50.0;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi), e = 1e-7;
            double d = alpha ? alphaPsp(mid + e, tauS) - alphaPsp(mid - e, tauS) : expPsp(mid + e, tauS) - expPsp(mid - e, tauS);
            if (d > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    @ParameterizedTest(name = "tau_syn={0}")
    @ValueSource(doubles = {0.5, 2.0, 5.0})
    void singlePspMatchesClosedForm(double tauS) {
        double h = 0.1;
        double arrival = T_SPIKE + DELAY; // the PSC starts at the end of the step in which the spike arrives
        for (String model : List.of("iaf_psc_exp", "iaf_psc_alpha")) {
            boolean alpha = model.equals("iaf_psc_alpha");
            double[] v = psp(model, tauS, h);
            double tPeak = peakTime(alpha, tauS);
            double vPeak = alpha ? alphaPsp(tPeak, tauS) : expPsp(tPeak, tauS);
            if (!alpha) { // exp PSC: t* = ln(tau_m/tau_s) / (1/tau_s - 1/tau_m)
                assertThat(tPeak).isCloseTo(Math.log(TAU_M / tauS) / (1 / tauS - 1 / TAU_M), org.assertj.core.data.Offset.offset(1e-6));
            }
            int argmax = 0;
            for (int k = 0; k < v.length; k++) {
                double t = (k + 1) * h - arrival;
                double exact = alpha ? alphaPsp(t, tauS) : expPsp(t, tauS);
                assertThat(Math.abs(v[k] - exact)).as("%s at %s", model, t).isLessThanOrEqualTo(1e-9 * vPeak);
                if (v[k] > v[argmax]) {
                    argmax = k;
                }
            }
            double tSimPeak = (argmax + 1) * h - arrival;
            assertThat(Math.abs(tSimPeak - tPeak)).as(model + " peak time").isLessThanOrEqualTo(h);
            double closedAtGridPeak = alpha ? alphaPsp(tSimPeak, tauS) : expPsp(tSimPeak, tauS);
            assertThat(Math.abs(v[argmax] - closedAtGridPeak)).isLessThanOrEqualTo(1e-9 * vPeak);
            // the sampled maximum is below the continuous one by at most the curvature term h^2/8 |V''|
            assertThat(vPeak - v[argmax]).isBetween(0.0, 1e-3 * vPeak);
        }
    }

    @Test
    void fICurveOfIafPscDelta() {
        double h = 0.01, tRef = 2.0, theta = 15.0, r = TAU_M / C_M;
        double[] currents = {400.0, 450.0, 500.0, 600.0, 800.0, 1000.0, 1500.0};
        Network net = new Network(h, 1);
        NodeCollection n = net.create("iaf_psc_delta", currents.length);
        for (int i = 0; i < currents.length; i++) {
            net.set(n.get(i), "I_e", currents[i]);
        }
        NodeCollection sr = net.create("spike_recorder");
        net.connect(n, sr);
        net.simulate(2000.0);
        SpikeEvents ev = net.spikeEvents(sr);
        for (int i = 0; i < currents.length; i++) {
            double ri = r * currents[i];
            double expected = 1000.0 / (tRef + TAU_M * Math.log(ri / (ri - theta))); // Hz
            double[] t = ev.timesOf(n.id(i));
            assertThat(t.length).isGreaterThan(10);
            double measured = 1000.0 * (t.length - 1) / (t[t.length - 1] - t[0]);
            assertThat(Math.abs(measured - expected) / expected).as("I = %s pA: %s Hz vs %s Hz", currents[i], measured, expected)
                    .isLessThanOrEqualTo(0.01);
        }
    }
}
