package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * izhikevich's second branch, {@code consistent_integration = false}: the scheme of Izhikevich (2003), whose
 * published MATLAB loop is {@code v=v+0.5*(0.04*v.^2+5*v+140-u+I); v=v+0.5*(...); u=u+a.*(b.*v-u);} at h = 1 ms,
 * with NEST's spike input inside the bracket; and the lower bound V_min.
 */
class IzhikevichTest {

    /** One neuron with I_e, a spike of weight {@code w} arriving in step 20, sampled every step. */
    private static double[][] run(boolean consistent, double h, double w, Map<String, Object> extra) {
        Network net = new Network(h, 1);
        Map<String, Object> p = new java.util.HashMap<>(Map.of("I_e", 10.0, "consistent_integration", consistent));
        p.putAll(extra);
        NodeCollection n = net.create("izhikevich", 1, p);
        NodeCollection sg = net.create("spike_generator", 1, Map.of("spike_times", new double[] {19 * h}));
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", h, "record_from", List.of("V_m", "U_m")));
        net.connect(sg, n, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(w).withDelay(h));
        net.connect(mm, n);
        net.simulate(100 * h);
        MultimeterEvents ev = net.multimeterEvents(mm);
        return new double[][] {ev.trace("V_m", n.id(0)), ev.trace("U_m", n.id(0))};
    }

    @Test
    void inconsistentIntegrationIsThePapersTwoHalfSteps() {
        double[][] got = run(false, 1.0, 3.0, Map.of());
        double v = -65.0, u = -13.0, a = 0.02, b = 0.2;
        int spikes = 0;
        for (int k = 0; k < 100; k++) {
            double in = 10.0 + (k == 19 ? 3.0 : 0.0); // the spike stamped 19 ms arrives with delay 1 ms in step 19
            v = v + 0.5 * (0.04 * v * v + 5 * v + 140 - u + in);
            v = v + 0.5 * (0.04 * v * v + 5 * v + 140 - u + in);
            u = u + a * (b * v - u);
            if (v >= 30) {
                v = -65.0;
                u = u + 8.0;
                spikes++;
            }
            assertThat(got[0][k]).as("V_m step %d", k).isEqualTo(v);
            assertThat(got[1][k]).as("U_m step %d", k).isEqualTo(u);
        }
        assertThat(spikes).isPositive();
    }

    @Test
    void theTwoBranchesDiffer() {
        assertThat(run(true, 1.0, 3.0, Map.of())[0]).isNotEqualTo(run(false, 1.0, 3.0, Map.of())[0]);
    }

    @Test
    void inconsistentIntegrationOffOneMsOnlyLogs() {
        double[][] got = run(false, 0.1, 0.0, Map.of()); // NEST logs "Use 1.0 ms as resolution for consistency." and runs
        assertThat(got[0][99]).isFinite().isNotEqualTo(-65.0);
    }

    @Test
    void vMinBoundsTheMembrane() {
        double[][] got = run(true, 0.1, -200.0, Map.of("V_min", -80.0));
        assertThat(got[0][18]).isGreaterThan(-80.0);
        assertThat(got[0][19]).isEqualTo(-80.0); // -65 - 200 mV clipped
    }
}
