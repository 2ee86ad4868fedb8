package org.hebb.l2l.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.Rng;
import org.hebb.l2l.eval.Evaluation.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrajectoryTest {
    private static final GenomeLayout LAYOUT = GenomeLayout.of(new ParameterBlock("x", 1));

    private static GenerationRecord record(int g, double[] genes, double[] fitness, Outcome[] outcomes) {
        int n = genes.length;
        double[][] gs = new double[n][], fs = new double[n][];
        for (int i = 0; i < n; i++) {
            gs[i] = new double[] {genes[i]};
            fs[i] = new double[] {fitness[i]};
        }
        return new GenerationRecord(g, gs, fs, outcomes, new String[n]);
    }

    private static Outcome[] ok(int n) {
        Outcome[] o = new Outcome[n];
        java.util.Arrays.fill(o, Outcome.OK);
        return o;
    }

    @Test
    void statisticsMatchTheClosedFormsAndSkipNonFiniteValues() {
        int n = 9; // values 1..9 plus one failed individual with -inf
        double[] genes = new double[n + 1], fit = new double[n + 1];
        for (int i = 0; i < n; i++) {
            genes[i] = i;
            fit[i] = i + 1;
        }
        genes[n] = 99;
        fit[n] = Double.NEGATIVE_INFINITY;
        Outcome[] o = ok(n + 1);
        o[n] = Outcome.ERROR;
        o[0] = Outcome.CARRIED;
        GenerationStatistics s = GenerationStatistics.of(record(0, genes, fit, o), FitnessWeights.of(1));
        assertThat(s.mean()[0]).isCloseTo((n + 1) / 2.0, within(1e-12));
        assertThat(s.std()[0]).isCloseTo(Math.sqrt((n * n - 1) / 12.0), within(1e-12)); // discrete uniform
        assertThat(s.max()[0]).isEqualTo(9);
        assertThat(s.min()[0]).isEqualTo(1);
        assertThat(s.size()).isEqualTo(10);
        assertThat(s.evaluated()).isEqualTo(9);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.bestIndex()).isEqualTo(8);
    }

    /** The hall of fame equals the best k distinct genomes over all generations, each at its first appearance. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void hallOfFameHoldsTheBestDistinctIndividualsWithTheirOrigin(long seed) {
        Rng r = Rng.seeded(seed);
        FitnessWeights w = FitnessWeights.of(-1);
        Trajectory t = new Trajectory("test", Map.of(), LAYOUT, w, 0, 5);
        record Seen(int g, int i, double gene, double f) {
        }
        List<Seen> all = new ArrayList<>();
        for (int g = 0; g < 6; g++) {
            double[] genes = new double[8], fit = new double[8];
            for (int i = 0; i < 8; i++) {
                genes[i] = r.nextInt(20); // repeats happen: genome identity matters
                fit[i] = genes[i] * genes[i] - 7 * genes[i];
                final double gene = genes[i];
                if (all.stream().noneMatch(s -> s.gene == gene)) {
                    all.add(new Seen(g, i, genes[i], fit[i]));
                }
            }
            t.add(record(g, genes, fit, ok(8)));
        }
        List<Seen> expected = all.stream().sorted(Comparator.comparingDouble(Seen::f)).limit(5).toList();
        List<HallOfFame.Entry> hof = t.hallOfFame().entries();
        assertThat(hof).hasSize(5);
        for (int k = 0; k < 5; k++) {
            assertThat(hof.get(k).fitness()[0]).isEqualTo(expected.get(k).f);
        }
        HallOfFame.Entry best = t.best();
        Seen first = all.stream().filter(s -> s.gene == best.genome()[0]).findFirst().orElseThrow();
        assertThat(best.generation()).isEqualTo(first.g);
        assertThat(best.index()).isEqualTo(first.i);
        assertThat(t.evaluations()).isEqualTo(48);
    }

    @Test
    void hallOfFameFollowsDeapOnTiesAndFullness() {
        Trajectory t = new Trajectory("test", Map.of(), LAYOUT, FitnessWeights.of(1), 0, 3);
        t.add(record(0, new double[] {10, 11, 12}, new double[] {5, 7, 5}, ok(3)));
        // equal fitness: the newcomer goes ahead of the earlier entry (DEAP's len − bisect_right insertion)
        assertThat(t.hallOfFame().entries()).extracting(e -> e.genome()[0]).containsExactly(11.0, 12.0, 10.0);
        // full hall: an individual equal to the worst does not enter; a better one pushes the worst out;
        // a genome already in never enters twice
        t.add(record(1, new double[] {13, 14, 11}, new double[] {5, 6, 7}, ok(3)));
        assertThat(t.hallOfFame().entries()).extracting(e -> e.genome()[0]).containsExactly(11.0, 14.0, 12.0);
        assertThat(t.best().generation()).isZero();
        assertThat(t.best().index()).isEqualTo(1);
    }

    @Test
    void generationsMustComeInOrder() {
        Trajectory t = new Trajectory("test", Map.of(), LAYOUT, FitnessWeights.of(1), 0, 3);
        assertThatThrownBy(() -> t.add(record(1, new double[] {1}, new double[] {1}, ok(1))))
                .hasMessage("generation: 1 is not allowed; must be 0 (the next one)");
    }
}
