package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checks NEST 3.9 makes in each new model's {@code set} (read in its source), each a one-line error naming
 * field, value and rule; the tables of docs/nest-models.md list the same rules.
 */
class ModelChecksTest {

    private static void rejects(Runnable r, String... parts) {
        assertThatThrownBy(r::run).isInstanceOf(IllegalArgumentException.class).satisfies(e -> {
            assertThat(e.getMessage()).doesNotContain("\n").contains("is not allowed; must be");
            for (String p : parts) {
                assertThat(e.getMessage()).contains(p);
            }
        });
    }

    private static void connect(String model, Map<String, Object> params) {
        Network net = new Network();
        NodeCollection n = net.create("iaf_psc_exp", 2);
        Map<String, Object> spec = new HashMap<>(params);
        spec.put("synapse_model", model);
        net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.of(spec));
    }

    @Test
    void izhikevichChecksNothing() { // izhikevich::Parameters_::set has no check
        Network net = new Network();
        NodeCollection n = net.create("izhikevich", 1, Map.of("a", -1.0, "b", -5.0, "c", 100.0, "d", -3.0, "V_th", -100.0));
        assertThat(net.getDouble(n.id(0), "c")).isEqualTo(100.0);
        rejects(() -> net.set(n, "a", Double.NaN), "izhikevich.a", "NaN"); // not a number at all
        rejects(() -> net.set(n, "consistent_integration", 1.0), "izhikevich.consistent_integration", "true or false");
    }

    @Test
    void tsodyks2() { // tsodyks2_synapse::set_status
        rejects(() -> connect("tsodyks2_synapse", Map.of("U", 1.5)), "tsodyks2_synapse.U", "1.5", "in [0, 1]");
        rejects(() -> connect("tsodyks2_synapse", Map.of("U", -0.1)), "tsodyks2_synapse.U", "-0.1", "in [0, 1]");
        rejects(() -> connect("tsodyks2_synapse", Map.of("u", 2.0)), "tsodyks2_synapse.u", "2.0", "in [0, 1]");
        rejects(() -> connect("tsodyks2_synapse", Map.of("tau_rec", 0.0)), "tsodyks2_synapse.tau_rec", "0.0", "> 0");
        rejects(() -> connect("tsodyks2_synapse", Map.of("tau_fac", -1.0)), "tsodyks2_synapse.tau_fac", "-1.0", ">= 0");
        connect("tsodyks2_synapse", Map.of("U", 1.0, "u", 0.0, "tau_fac", 0.0, "x", 0.3)); // edges allowed
    }

    @Test
    void tsodyks() { // tsodyks_synapse::set_status
        rejects(() -> connect("tsodyks_synapse", Map.of("x", 0.8, "y", 0.3)), "tsodyks_synapse.y", "0.3", "x + y must be <= 1");
        rejects(() -> connect("tsodyks_synapse", Map.of("U", 1.01)), "tsodyks_synapse.U", "in [0, 1]");
        rejects(() -> connect("tsodyks_synapse", Map.of("tau_psc", -3.0)), "tsodyks_synapse.tau_psc", "-3.0", "> 0");
        rejects(() -> connect("tsodyks_synapse", Map.of("tau_rec", 0.0)), "tsodyks_synapse.tau_rec", "> 0");
        rejects(() -> connect("tsodyks_synapse", Map.of("tau_fac", -0.5)), "tsodyks_synapse.tau_fac", ">= 0");
        rejects(() -> connect("tsodyks_synapse", Map.of("u", -0.5)), "tsodyks_synapse.u", "in [0, 1]");
        connect("tsodyks_synapse", Map.of("x", 0.5, "y", 0.5));
    }

    @Test
    void noiseGenerator() { // noise_generator::Parameters_::set
        Network net = new Network(0.1, 1);
        NodeCollection g = net.create("noise_generator", 1, Map.of("std", 2.0));
        rejects(() -> net.set(g, "std", -1.0), "noise_generator.std", "-1.0", ">= 0");
        rejects(() -> net.set(g, "std_mod", -0.5), "noise_generator.std_mod", "-0.5", ">= 0");
        rejects(() -> net.set(g, "std_mod", 3.0), "noise_generator.std_mod", "3.0", "<= std = 2.0");
        rejects(() -> net.set(g, Map.of("std", 1.0, "std_mod", 1.5)), "noise_generator.std_mod", "<= std = 1.0");
        rejects(() -> net.set(g, "dt", 0.25), "noise_generator.dt", "0.25", "multiple of the resolution");
        assertThat(net.getDouble(g.id(0), "std")).isEqualTo(2.0); // a rejected set changes nothing
        assertThat(net.getDouble(g.id(0), "dt")).isEqualTo(1.0); // default 10 h
        Network coarse = new Network(1.0, 1);
        assertThat(coarse.getDouble(coarse.create("noise_generator").id(0), "dt")).isEqualTo(10.0);
        net.set(g, Map.of("std", 3.0, "std_mod", 3.0, "dt", 0.3));
    }

    @Test
    void acGeneratorChecksOnlyNumbers() { // ac_generator::Parameters_::set has no check
        Network net = new Network();
        NodeCollection g = net.create("ac_generator", 1, Map.of("amplitude", -5.0, "frequency", -3.0, "phase", 720.0));
        assertThat(net.getDouble(g.id(0), "frequency")).isEqualTo(-3.0);
        rejects(() -> net.set(g, "offset", Double.POSITIVE_INFINITY), "ac_generator.offset", "finite");
    }

    @Test
    void iafCond() { // iaf_cond_exp / iaf_cond_alpha::Parameters_::set
        for (String m : new String[] {"iaf_cond_exp", "iaf_cond_alpha"}) {
            Network net = new Network();
            rejects(() -> net.create(m, 1, Map.of("V_reset", -55.0)), m + ".V_reset", "-55.0", "< V_th = -55.0");
            rejects(() -> net.create(m, 1, Map.of("C_m", 0.0)), m + ".C_m", "0.0", "> 0");
            rejects(() -> net.create(m, 1, Map.of("t_ref", -0.1)), m + ".t_ref", "-0.1", ">= 0");
            rejects(() -> net.create(m, 1, Map.of("tau_syn_ex", 0.0)), m + ".tau_syn_ex", "> 0");
            rejects(() -> net.create(m, 1, Map.of("tau_syn_in", -2.0)), m + ".tau_syn_in", "> 0");
            NodeCollection n = net.create(m, 1, Map.of("g_L", -1.0, "E_ex", -100.0)); // NEST checks neither
            rejects(() -> net.set(n, Map.of("V_th", -80.0, "C_m", 5.0)), m + ".V_reset", "< V_th = -80.0");
            assertThat(net.getDouble(n.id(0), "C_m")).isEqualTo(250.0); // all or nothing
        }
    }

    @Test
    void aeifCondAlpha() { // aeif_cond_alpha::Parameters_::set and State_::set
        String m = "aeif_cond_alpha";
        Network net = new Network();
        rejects(() -> net.create(m, 1, Map.of("V_reset", 0.0)), m + ".V_reset", "0.0", "< V_peak = 0.0");
        rejects(() -> net.create(m, 1, Map.of("Delta_T", -1.0)), m + ".Delta_T", "-1.0", ">= 0");
        rejects(() -> net.create(m, 1, Map.of("Delta_T", 0.1, "V_peak", 100.0)), m + ".Delta_T", "0.1", "overflow");
        rejects(() -> net.create(m, 1, Map.of("V_peak", -55.0)), m + ".V_peak", "-55.0", ">= V_th = -50.4");
        rejects(() -> net.create(m, 1, Map.of("C_m", -281.0)), m + ".C_m", "> 0");
        rejects(() -> net.create(m, 1, Map.of("t_ref", -1.0)), m + ".t_ref", ">= 0");
        rejects(() -> net.create(m, 1, Map.of("tau_syn_ex", 0.0)), m + ".tau_syn_ex", "> 0");
        rejects(() -> net.create(m, 1, Map.of("tau_syn_in", 0.0)), m + ".tau_syn_in", "> 0");
        rejects(() -> net.create(m, 1, Map.of("tau_w", 0.0)), m + ".tau_w", "0.0", "> 0");
        rejects(() -> net.create(m, 1, Map.of("gsl_error_tol", 0.0)), m + ".gsl_error_tol", "> 0");
        rejects(() -> net.create(m, 1, Map.of("g_ex", -1.0)), m + ".g_ex", ">= 0");
        rejects(() -> net.create(m, 1, Map.of("g_in", -1.0)), m + ".g_in", ">= 0");
        // Delta_T = 0 is allowed (iaf dynamics with threshold V_th); just below the overflow limit is allowed
        net.create(m, 1, Map.of("Delta_T", 0.0));
        net.create(m, 1, Map.of("Delta_T", 50.4 / 635.0));
    }

    @Test
    void aeifNumericalInstabilityIsNestsError() {
        Network net = new Network();
        NodeCollection n = net.create("aeif_cond_alpha", 1, Map.of("w", 2e6)); // NEST: |w| > 1e6 pA throws in update
        assertThatThrownBy(() -> net.simulate(1.0)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("aeif_cond_alpha node " + n.id(0)).hasMessageContaining("numerical instability")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
