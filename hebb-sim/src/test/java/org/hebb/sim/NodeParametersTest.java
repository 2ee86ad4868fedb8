package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Node parameters per node, as NEST's Create takes them: arrays, arrays of arrays and distributions. */
class NodeParametersTest {

    private static double[] values(Network net, NodeCollection c, String name) {
        double[] v = new double[c.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = net.getDouble(c.id(i), name);
        }
        return v;
    }

    @Test
    void anArrayGivesOneValuePerNodeInIdOrder() {
        Network net = new Network();
        NodeCollection n = net.create("iaf_psc_alpha", 3, Map.of("V_m", List.of(-60.0, -55.0, -51.0),
                "I_e", new double[] {1.0, 2.0, 3.0}, "tau_m", 12.0));
        assertThat(values(net, n, "V_m")).containsExactly(-60.0, -55.0, -51.0);
        assertThat(values(net, n, "I_e")).containsExactly(1.0, 2.0, 3.0);
        assertThat(values(net, n, "tau_m")).containsExactly(12.0, 12.0, 12.0);
    }

    @Test
    void anArrayOfArraysGivesEachSpikeGeneratorItsOwnTimes() {
        Network net = new Network();
        NodeCollection g = net.create("spike_generator", 2, Map.of("spike_times", List.of(List.of(1.0, 2.0), List.of(3.0))));
        NodeCollection shared = net.create("spike_generator", 2, Map.of("spike_times", List.of(4.0, 5.0)));
        assertThat((double[]) net.get(g.id(0), "spike_times")).containsExactly(1.0, 2.0);
        assertThat((double[]) net.get(g.id(1), "spike_times")).containsExactly(3.0);
        assertThat((double[]) net.get(shared.id(1), "spike_times")).containsExactly(4.0, 5.0);
    }

    @Test
    void aWrongLengthNamesBothLengthsAndCreatesNothing() {
        Network net = new Network();
        assertThatThrownBy(() -> net.create("iaf_psc_alpha", 5, Map.of("V_m", new double[] {-60.0, -55.0, -51.0})))
                .hasMessage("iaf_psc_alpha.V_m: array of length 3 is not allowed; must be of length 5 (one value per node)");
        assertThatThrownBy(() -> net.create("spike_generator", 3, Map.of("spike_times", List.of(List.of(1.0), List.of(2.0)))))
                .hasMessage("spike_generator.spike_times: array of length 2 is not allowed; must be of length 3 (one value per node)");
        assertThat(net.size()).isZero();
    }

    @Test
    void theModelChecksEveryDrawnValue() {
        Network net = new Network(0.1, 5);
        assertThatThrownBy(() -> net.create("iaf_psc_alpha", 1000, Map.of("C_m", Distribution.normal(10.0, 20.0))))
                .hasMessageStartingWith("iaf_psc_alpha.C_m: -").hasMessageEndingWith(" is not allowed; must be > 0");
        assertThatThrownBy(() -> net.create("iaf_psc_alpha", 3, Map.of("V_reset", List.of(-70.0, -50.0, -70.0))))
                .hasMessage("iaf_psc_alpha.V_reset: -50.0 is not allowed; must be < V_th = -55.0");
        assertThatThrownBy(() -> net.create("spike_generator", 2, Map.of("spike_times", Distribution.uniform(0, 1))))
                .hasMessageStartingWith("spike_generator.spike_times: Uniform[min=0.0, max=1.0] is not allowed; must be an array");
        assertThat(net.size()).isZero();
    }

    /** Mean within 5 standard errors; variance within 5 of its standard errors (from the fourth central moment). */
    private static void assertMoments(double[] x, double mean, double variance) {
        int n = x.length;
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= n;
        double s2 = 0, m4 = 0;
        for (double v : x) {
            s2 += (v - m) * (v - m);
            m4 += Math.pow(v - m, 4);
        }
        s2 /= n - 1;
        m4 /= n;
        assertThat(Math.abs(m - mean)).as("mean %s vs %s", m, mean).isLessThan(5 * Math.sqrt(variance / n));
        double seVar = Math.sqrt((m4 - s2 * s2) / n);
        assertThat(Math.abs(s2 - variance)).as("variance %s vs %s", s2, variance).isLessThan(5 * seVar);
    }

    private static double[] draw(Distribution d, long seed) {
        Network net = new Network(0.1, seed);
        return values(net, net.create("iaf_psc_alpha", 20_000, Map.of("I_e", d)), "I_e");
    }

    @Test
    void drawsHaveTheDistributionsMomentsWithNestsParameterNames() {
        double[] u = draw(Distribution.of(Map.of("distribution", "uniform", "min", -60.0, "max", -50.0)), 1);
        assertThat(java.util.Arrays.stream(u).min().orElseThrow()).isGreaterThanOrEqualTo(-60.0);
        assertThat(java.util.Arrays.stream(u).max().orElseThrow()).isLessThan(-50.0);
        assertMoments(u, -55.0, 100.0 / 12);
        assertMoments(draw(Distribution.of(Map.of("distribution", "normal", "mean", 2.0, "std", 3.0)), 2), 2.0, 9.0);
        double mu = 0.5, s = 0.4; // lognormal: NEST's mean and std are those of the underlying normal
        double[] ln = draw(Distribution.of(Map.of("distribution", "lognormal", "mean", mu, "std", s)), 3);
        assertMoments(ln, Math.exp(mu + s * s / 2), (Math.exp(s * s) - 1) * Math.exp(2 * mu + s * s));
        double[] ex = draw(Distribution.of(Map.of("distribution", "exponential", "beta", 2.0)), 4);
        assertThat(java.util.Arrays.stream(ex).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
        assertMoments(ex, 2.0, 4.0);
        double[] ui = draw(Distribution.of(Map.of("distribution", "uniform_int", "max", 7.0)), 5);
        int[] counts = new int[7];
        for (double v : ui) {
            assertThat(v).isEqualTo(Math.rint(v)).isBetween(0.0, 6.0);
            counts[(int) v]++;
        }
        double chi2 = 0, expected = ui.length / 7.0;
        for (int c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        assertThat(chi2).as("chi-square, 6 degrees of freedom (p = 0.001 at 22.46)").isLessThan(22.46);
    }

    @Test
    void missingDistributionParametersTakeNestsDefaults() {
        assertThat(Distribution.of(Map.of("distribution", "uniform"))).isEqualTo(Distribution.uniform(0.0, 1.0));
        assertThat(Distribution.of(Map.of("distribution", "normal"))).isEqualTo(Distribution.normal(0.0, 1.0));
        assertThat(Distribution.of(Map.of("distribution", "lognormal", "std", 2.0))).isEqualTo(Distribution.lognormal(0.0, 2.0));
        assertThat(Distribution.of(Map.of("distribution", "exponential"))).isEqualTo(Distribution.exponential(1.0));
    }

    @Test
    void badDistributionTablesAreOneLine() {
        assertThatThrownBy(() -> Distribution.of(Map.of("distribution", "gamma")))
                .hasMessage("distribution: 'gamma' is not allowed; must be one of uniform, normal, lognormal, exponential, uniform_int");
        assertThatThrownBy(() -> Distribution.of(Map.of("distribution", "normal", "sigma", 1.0)))
                .hasMessage("normal.parameter: 'sigma' is not allowed; must be one of mean, std");
        assertThatThrownBy(() -> Distribution.of(Map.of("distribution", "uniform_int")))
                .hasMessage("uniform_int.max: missing is not allowed; must be given (an integer >= 1; NEST has no default)");
        assertThatThrownBy(() -> Distribution.of(Map.of("distribution", "uniform_int", "max", 2.5)))
                .hasMessage("uniform_int.max: 2.5 is not allowed; must be an integer >= 1");
        assertThatThrownBy(() -> Distribution.exponential(0.0)).hasMessage("exponential.beta: 0.0 is not allowed; must be > 0");
        assertThatThrownBy(() -> Distribution.lognormal(0.0, -1.0)).hasMessage("lognormal.std: -1.0 is not allowed; must be >= 0");
    }

    @Test
    void drawsGoNodeByNodeInIdOrderThenByParameterName() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("V_m", Distribution.uniform(-70.0, -55.0));
        ordered.put("I_e", Distribution.normal(0.0, 10.0));
        Map<String, Object> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
        reversed.putAll(ordered);
        Network one = new Network(0.1, 11);
        NodeCollection a = one.create("iaf_psc_alpha", 10, ordered);
        Network two = new Network(0.1, 11);
        NodeCollection b1 = two.create("iaf_psc_alpha", 4, reversed);
        NodeCollection b2 = two.create("iaf_psc_alpha", 6, reversed);
        double[] vm = values(one, a, "V_m"), ie = values(one, a, "I_e");
        for (int i = 0; i < 10; i++) {
            NodeCollection b = i < 4 ? b1.get(i) : b2.get(i - 4);
            assertThat(two.getDouble(b.id(0), "V_m")).isEqualTo(vm[i]);
            assertThat(two.getDouble(b.id(0), "I_e")).isEqualTo(ie[i]);
        }
        java.util.SplittableRandom stream = new java.util.SplittableRandom(11).split(); // the documented stream
        double ie0 = 10.0 * stream.nextGaussian(); // node 1: I_e before V_m (by name)
        double vm0 = -70.0 + 15.0 * stream.nextDouble();
        assertThat(ie[0]).isEqualTo(ie0);
        assertThat(vm[0]).isEqualTo(vm0);
        Network other = new Network(0.1, 12);
        assertThat(values(other, other.create("iaf_psc_alpha", 10, ordered), "V_m")).isNotEqualTo(vm);
    }

    @Test
    void aRandomParameterDoesNotShiftTheConnectionDraws() {
        Connections plain = network(Map.of("V_m", -65.0));
        Connections random = network(Map.of("V_m", Distribution.uniform(-70.0, -55.0), "I_e", new double[] {1, 2, 3, 4, 5, 6, 7, 8}));
        assertThat(random.sources()).isEqualTo(plain.sources());
        assertThat(random.targets()).isEqualTo(plain.targets());
        assertThat(random.weights()).isEqualTo(plain.weights());
    }

    private static Connections network(Map<String, Object> params) {
        Network net = new Network(0.1, 99);
        NodeCollection n = net.create("iaf_psc_alpha", 8, params);
        net.connect(n, n, ConnSpec.fixedIndegree(3), SynSpec.staticSynapse().withWeight(Distribution.normal(5.0, 1.0)));
        return net.getConnections();
    }
}
