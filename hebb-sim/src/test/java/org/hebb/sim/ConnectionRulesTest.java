package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts and invariants of the connection rules, seeded reproducibility, weight and delay values. */
class ConnectionRulesTest {

    private static Connections connect(long seed, int nPre, int nPost, boolean same, ConnSpec conn, SynSpec syn) {
        Network net = new Network(0.1, seed);
        NodeCollection pre = net.create("iaf_psc_alpha", nPre);
        NodeCollection post = same ? pre : net.create("iaf_psc_alpha", nPost);
        net.connect(pre, post, conn, syn);
        return net.getConnections();
    }

    private static int[] inDegrees(Connections c, int maxId) {
        int[] d = new int[maxId + 1];
        for (int t : c.targets()) {
            d[t]++;
        }
        return d;
    }

    @Test
    void allToAllCount() {
        assertThat(connect(1, 7, 5, false, ConnSpec.allToAll(), SynSpec.staticSynapse()).size()).isEqualTo(35);
        assertThat(connect(1, 6, 6, true, ConnSpec.allToAll(), SynSpec.staticSynapse()).size()).isEqualTo(36);
        Connections noAut = connect(1, 6, 6, true, ConnSpec.allToAll().withAutapses(false), SynSpec.staticSynapse());
        assertThat(noAut.size()).isEqualTo(30);
        for (int k = 0; k < noAut.size(); k++) {
            assertThat(noAut.sources()[k]).isNotEqualTo(noAut.targets()[k]);
        }
    }

    @Test
    void oneToOnePairsByPosition() {
        Connections c = connect(1, 4, 4, false, ConnSpec.oneToOne(), SynSpec.staticSynapse().withWeight(new double[] {1, 2, 3, 4}));
        assertThat(c.sources()).containsExactly(1, 2, 3, 4);
        assertThat(c.targets()).containsExactly(5, 6, 7, 8);
        assertThat(c.weights()).containsExactly(1, 2, 3, 4);
    }

    @ParameterizedTest(name = "multapses={0}")
    @ValueSource(booleans = {true, false})
    void fixedIndegreeIsExactWithoutAutapses(boolean multapses) {
        int n = 30, k = 8;
        Connections c = connect(3, n, n, true, ConnSpec.fixedIndegree(k).withAutapses(false).withMultapses(multapses), SynSpec.staticSynapse());
        assertThat(c.size()).isEqualTo(n * k);
        int[] d = inDegrees(c, n);
        for (int t = 1; t <= n; t++) {
            assertThat(d[t]).isEqualTo(k);
        }
        Set<Long> pairs = new HashSet<>();
        boolean repeated = false;
        for (int j = 0; j < c.size(); j++) {
            assertThat(c.sources()[j]).isNotEqualTo(c.targets()[j]);
            repeated |= !pairs.add(((long) c.sources()[j] << 32) | c.targets()[j]);
        }
        if (!multapses) {
            assertThat(repeated).isFalse();
        }
    }

    @Test
    void fixedIndegreeEqualToPoolWithoutMultapsesConnectsEverySource() {
        Connections c = connect(3, 10, 4, false, ConnSpec.fixedIndegree(10).withMultapses(false), SynSpec.staticSynapse());
        assertThat(c.size()).isEqualTo(40);
        assertThat(new HashSet<>(java.util.Arrays.stream(c.sources()).boxed().toList())).hasSize(10);
    }

    @Test
    void fixedIndegreeDrawsSourcesUniformly() {
        int sources = 10, targets = 2000, k = 3;
        Connections c = connect(21, sources, targets, false, ConnSpec.fixedIndegree(k).withMultapses(false), SynSpec.staticSynapse());
        int[] count = new int[sources + 1];
        for (int s : c.sources()) {
            count[s]++;
        }
        double p = (double) k / sources, mean = targets * p, se = Math.sqrt(targets * p * (1 - p));
        for (int s = 1; s <= sources; s++) { // 10 comparisons: 4 SE keeps the family-wise false alarm rate < 1e-3
            assertThat(Math.abs(count[s] - mean)).as("source %d chosen %d times", s, count[s]).isLessThanOrEqualTo(4 * se);
        }
    }

    @Test
    void fixedOutdegreeIsExact() {
        int n = 20, k = 5;
        Connections c = connect(4, n, n, true, ConnSpec.fixedOutdegree(k).withAutapses(false).withMultapses(false), SynSpec.staticSynapse());
        int[] out = new int[n + 1];
        Set<Long> pairs = new HashSet<>();
        for (int j = 0; j < c.size(); j++) {
            out[c.sources()[j]]++;
            assertThat(c.sources()[j]).isNotEqualTo(c.targets()[j]);
            assertThat(pairs.add(((long) c.sources()[j] << 32) | c.targets()[j])).isTrue();
        }
        for (int s = 1; s <= n; s++) {
            assertThat(out[s]).isEqualTo(k);
        }
    }

    @ParameterizedTest(name = "p={0}")
    @ValueSource(doubles = {0.05, 0.3, 0.9})
    void pairwiseBernoulliProbabilityWithinThreeStandardErrors(double p) {
        int n = 150;
        Connections c = connect(5, n, n, true, ConnSpec.pairwiseBernoulli(p).withAutapses(false), SynSpec.staticSynapse());
        int pairs = n * (n - 1);
        double se = Math.sqrt(p * (1 - p) / pairs);
        assertThat(Math.abs((double) c.size() / pairs - p)).isLessThanOrEqualTo(3 * se);
        Set<Long> seen = new HashSet<>();
        for (int j = 0; j < c.size(); j++) {
            assertThat(c.sources()[j]).isNotEqualTo(c.targets()[j]);
            assertThat(seen.add(((long) c.sources()[j] << 32) | c.targets()[j])).isTrue();
        }
    }

    @Test
    void sameSeedSameNetworkOtherSeedOtherNetwork() {
        SynSpec syn = SynSpec.staticSynapse().withWeight(Distribution.normal(10, 2)).withDelay(Distribution.uniform(0.5, 3.0));
        Connections a = connect(11, 40, 40, false, ConnSpec.fixedIndegree(5), syn);
        Connections b = connect(11, 40, 40, false, ConnSpec.fixedIndegree(5), syn);
        Connections c = connect(12, 40, 40, false, ConnSpec.fixedIndegree(5), syn);
        assertThat(a.sources()).isEqualTo(b.sources());
        assertThat(a.weights()).isEqualTo(b.weights());
        assertThat(a.delays()).isEqualTo(b.delays());
        assertThat(a.sources()).isNotEqualTo(c.sources());
    }

    @Test
    void distributionsGiveValuesInRangeWithTheRightMeanAndDelaysOnTheGrid() {
        SynSpec syn = SynSpec.staticSynapse().withWeight(Distribution.uniform(-2, 6)).withDelay(Distribution.uniform(0.5, 3.0));
        Connections c = connect(13, 60, 60, false, ConnSpec.allToAll(), syn);
        double mean = 0;
        for (int k = 0; k < c.size(); k++) {
            assertThat(c.weights()[k]).isBetween(-2.0, 6.0);
            double steps = c.delays()[k] / 0.1;
            assertThat(Math.abs(steps - Math.rint(steps))).isLessThan(1e-9);
            assertThat(c.delays()[k]).isBetween(0.5 - 1e-9, 3.0 + 1e-9);
            mean += c.weights()[k];
        }
        mean /= c.size();
        assertThat(Math.abs(mean - 2.0)).isLessThanOrEqualTo(3 * 8 / Math.sqrt(12 * c.size()));
        Connections g = connect(14, 60, 60, false, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(Distribution.normal(5, 2)));
        double m = java.util.Arrays.stream(g.weights()).average().orElseThrow();
        assertThat(Math.abs(m - 5.0)).isLessThanOrEqualTo(3 * 2 / Math.sqrt(g.size()));
    }

    @Test
    void specDictionariesMapOntoTheApi() {
        ConnSpec conn = ConnSpec.of(Map.of("rule", "fixed_indegree", "indegree", 3, "allow_autapses", false));
        assertThat(conn).isEqualTo(ConnSpec.fixedIndegree(3).withAutapses(false));
        SynSpec syn = SynSpec.of(Map.of("synapse_model", "static_synapse", "weight", Map.of("distribution", "uniform", "min", 1.0, "max", 2.0),
                "delay", 2.0));
        assertThat(syn.weight()).isEqualTo(Distribution.uniform(1.0, 2.0));
        assertThat(syn.delay()).isEqualTo(2.0);
    }
}
