package org.hebb.l2l.ga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.Distributions;
import org.hebb.l2l.Population;
import org.hebb.l2l.Rng;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeneticAlgorithmTest {
    private static final FunctionOptimizee SPHERE = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 4);

    private static GeneticAlgorithmParameters params(long seed) {
        return GeneticAlgorithmParameters.builder().seed(seed).set("pop_size", 10).set("cx_prob", 0.5)
                .set("mut_prob", 0.3).set("n_iteration", 100).set("ind_prob", 0.5).set("tourn_size", 3)
                .set("mate_par", 0.5).set("mut_par", 1.0).build();
    }

    /** Evaluates what the GA asks for and tells it the full fitness column; returns the population asked. */
    private static Population step(GeneticAlgorithm ga) {
        Population p = ga.ask();
        double[][] f = new double[p.size()][];
        for (int i = 0; i < p.size(); i++) {
            f[i] = p.needsEvaluation(i) ? SPHERE.evaluate(p.genome(i), new EvaluationContext(p.generation(), i, 0))
                    : p.knownFitness(i);
        }
        ga.tell(f);
        return p;
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("pop_size", 1, "genetic_algorithm.pop_size: 1 is not allowed; must be >= 2"),
                Arguments.of("cx_prob", 1.5, "genetic_algorithm.cx_prob: 1.5 is not allowed; must be in [0, 1]"),
                Arguments.of("cx_prob", -0.1, "genetic_algorithm.cx_prob: -0.1 is not allowed; must be in [0, 1]"),
                Arguments.of("mut_prob", 2.0, "genetic_algorithm.mut_prob: 2.0 is not allowed; must be in [0, 1]"),
                Arguments.of("ind_prob", Double.NaN,
                        "genetic_algorithm.ind_prob: NaN is not allowed; must be in [0, 1]"),
                Arguments.of("tourn_size", 11,
                        "genetic_algorithm.tourn_size: 11 is not allowed; must be in [1, pop_size = 10]"),
                Arguments.of("tourn_size", 0,
                        "genetic_algorithm.tourn_size: 0 is not allowed; must be in [1, pop_size = 10]"),
                Arguments.of("mate_par", -0.5,
                        "genetic_algorithm.mate_par: -0.5 is not allowed; must be finite and >= 0 (cxBlend alpha)"),
                Arguments.of("mate_par", Double.POSITIVE_INFINITY,
                        "genetic_algorithm.mate_par: Infinity is not allowed; must be finite and >= 0 (cxBlend alpha)"),
                Arguments.of("mut_par", 0.0,
                        "genetic_algorithm.mut_par: 0.0 is not allowed; must be finite and > 0 (mutGaussian sigma)"),
                Arguments.of("mut_par", Double.NaN,
                        "genetic_algorithm.mut_par: NaN is not allowed; must be finite and > 0 (mutGaussian sigma)"),
                Arguments.of("n_iteration", 0, "genetic_algorithm.n_iteration: 0 is not allowed; must be >= 1"),
                Arguments.of("elitism", 10,
                        "genetic_algorithm.elitism: 10 is not allowed; must be in [0, pop_size - 1 = 9]"),
                Arguments.of("seed", 1.5, "genetic_algorithm.seed: 1.5 is not allowed; must be an integer"),
                Arguments.of("reevaluate_all", 1,
                        "genetic_algorithm.reevaluate_all: 1 is not allowed; must be true or false"),
                Arguments.of("tourn_sise", 3,
                        "genetic_algorithm parameter: 'tourn_sise' is not allowed; must be one of "
                        + "[cx_prob, elitism, ind_prob, mate_par, mut_par, mut_prob, n_iteration, pop_size, "
                        + "reevaluate_all, seed, tourn_size]"));
    }

    @ParameterizedTest
    @MethodSource("badParameters")
    void badParametersAreRejectedInOneLineNamingFieldValueAndAllowed(String field, Object value, String message) {
        Map<String, Object> m = new HashMap<>(params(1).toMap());
        m.put(field, value);
        assertThatThrownBy(() -> GeneticAlgorithmParameters.of(m)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThat(message).doesNotContain("\n");
    }

    /** L2L's namedtuple has no defaults; a missing key takes the value of L2L's fun-GA example script. */
    @Test
    void aMissingParameterTakesTheFunGaExampleValue() {
        Map<String, Object> m = new HashMap<>(params(1).toMap());
        m.remove("pop_size");
        m.remove("ind_prob");
        GeneticAlgorithmParameters p = GeneticAlgorithmParameters.of(m);
        assertThat(p.popSize()).isEqualTo(50);
        assertThat(p.indProb()).isEqualTo(0.02);
        assertThat(p.toMap()).containsEntry("mut_par", 1.0).containsEntry("tourn_size", 3);
    }

    @Test
    void parametersRoundTripThroughL2lNames() {
        GeneticAlgorithmParameters p = GeneticAlgorithmParameters.mountainCarPaper();
        assertThat(GeneticAlgorithmParameters.of(p.toMap())).isEqualTo(p);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theSeedDecidesEverything(long seed) {
        GeneticAlgorithm a = new GeneticAlgorithm(params(seed), SPHERE, SPHERE.fitnessWeights());
        GeneticAlgorithm b = new GeneticAlgorithm(params(seed), SPHERE, SPHERE.fitnessWeights());
        GeneticAlgorithm c = new GeneticAlgorithm(params(seed + 100), SPHERE, SPHERE.fitnessWeights());
        for (int g = 0; g < 5; g++) {
            Population pa = step(a), pb = step(b), pc = step(c);
            for (int i = 0; i < pa.size(); i++) {
                assertThat(pb.genome(i)).containsExactly(pa.genome(i));
            }
            assertThat(pc.genome(0)).isNotEqualTo(pa.genome(0));
        }
    }

    @Test
    void onlyChangedIndividualsAreEvaluatedAgainAndKeepTheirParentsFitness() {
        GeneticAlgorithm ga = new GeneticAlgorithm(GeneticAlgorithmParameters.builder().seed(5).set("pop_size", 20)
                .set("cx_prob", 0.3).set("mut_prob", 0.3).set("n_iteration", 50).set("ind_prob", 0.5)
                .set("tourn_size", 3).set("mate_par", 0.5).set("mut_par", 1.0).build(),
                SPHERE, SPHERE.fitnessWeights());
        step(ga);
        int carried = 0;
        for (int g = 1; g < 10; g++) {
            Population p = ga.ask();
            for (int i = 0; i < p.size(); i++) {
                if (!p.needsEvaluation(i)) {
                    carried++;
                    double[] expected = SPHERE.evaluate(p.genome(i), new EvaluationContext(g, i, 0));
                    assertThat(p.knownFitness(i)).containsExactly(expected); // fitness belongs to this very genome
                }
            }
            step(ga);
        }
        assertThat(carried).isPositive();
    }

    @Test
    void reevaluateAllAsksForEveryIndividual() {
        GeneticAlgorithm ga = new GeneticAlgorithm(GeneticAlgorithmParameters.builder().seed(5).set("pop_size", 20)
                .set("cx_prob", 0.3).set("mut_prob", 0.3).set("n_iteration", 50).set("ind_prob", 0.5)
                .set("tourn_size", 3).set("mate_par", 0.5).set("mut_par", 1.0)
                .set("reevaluate_all", true).build(), SPHERE, SPHERE.fitnessWeights());
        for (int g = 0; g < 4; g++) {
            assertThat(ga.ask().evaluationCount()).isEqualTo(20);
            step(ga);
        }
    }

    @Test
    void variationRespectsTheOptimizeesBounds() {
        GeneticAlgorithm ga = new GeneticAlgorithm(GeneticAlgorithmParameters.builder().seed(9).set("pop_size", 20)
                .set("cx_prob", 1.0).set("mut_prob", 1.0).set("n_iteration", 50).set("ind_prob", 1.0)
                .set("tourn_size", 3).set("mate_par", 5.0).set("mut_par", 100.0).build(),
                SPHERE, SPHERE.fitnessWeights());
        for (int g = 0; g < 5; g++) {
            Population p = step(ga);
            for (int i = 0; i < p.size(); i++) {
                assertThat(Arrays.stream(p.genome(i)).allMatch(v -> v >= -5.12 && v <= 5.12)).isTrue();
            }
        }
    }

    /**
     * L2L's guard checks every pair i &lt; j in order. For three identical offspring A, A, A (and a mutation that
     * always changes a genome): copy 1 survives with 0.2; copy 2 is checked against copy 0 (0.2 to survive) and,
     * if copy 1 survived, against copy 1 too (0.2 again). So P(1 kept, 2 kept) = 0.2·0.2·0.2 = 0.008,
     * P(1 kept, 2 mutated) = 0.2·0.96 = 0.192, P(1 mutated, 2 kept) = 0.8·0.2 = 0.16, P(both mutated) = 0.64.
     */
    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void duplicateGuardMutatesLaterTwinsWithL2lsPairwiseProbabilities(long seed) {
        Rng rng = Rng.seeded(seed);
        long[] counts = new long[4];
        int trials = 20000;
        for (int t = 0; t < trials; t++) {
            double[][] g = {{1, 2}, {1, 2}, {1, 2}};
            double[][] f = {{0}, {0}, {0}};
            GeneticAlgorithm.mutateTwins(g, f, 0, rng, x -> x[0] += 1 + rng.nextDouble());
            assertThat(g[0]).containsExactly(1, 2);
            assertThat(f[0]).isNotNull();
            boolean kept1 = Arrays.equals(g[1], new double[] {1, 2}), kept2 = Arrays.equals(g[2], new double[] {1, 2});
            assertThat(f[1] != null).isEqualTo(kept1);
            assertThat(f[2] != null).isEqualTo(kept2);
            counts[(kept1 ? 0 : 2) + (kept2 ? 0 : 1)]++;
        }
        double[] p = {0.008, 0.192, 0.16, 0.64};
        assertThat(Distributions.chiSquare(counts, p)).isLessThan(Distributions.chiSquareCritical001(3));
    }

    @Test
    void duplicateGuardNeverTouchesTheEliteOrDistinctOffspring() {
        Rng rng = Rng.seeded(1);
        for (int t = 0; t < 200; t++) {
            double[][] g = {{1}, {1}, {2}, {3}};
            double[][] f = {{0}, {0}, {0}, {0}};
            GeneticAlgorithm.mutateTwins(g, f, 2, rng, x -> x[0] += 10);
            assertThat(g).isDeepEqualTo(new double[][] {{1}, {1}, {2}, {3}});
        }
    }

    @Test
    void elitismKeepsTheBestDistinctIndividualsUnchanged() {
        GeneticAlgorithm ga = new GeneticAlgorithm(GeneticAlgorithmParameters.builder().seed(3).set("pop_size", 12)
                .set("cx_prob", 0.9).set("mut_prob", 0.9).set("n_iteration", 50).set("ind_prob", 0.5)
                .set("tourn_size", 3).set("mate_par", 0.5).set("mut_par", 1.0)
                .set("elitism", 2).build(), SPHERE, SPHERE.fitnessWeights());
        for (int g = 0; g < 6; g++) {
            Population p = ga.ask();
            double[][] f = new double[p.size()][];
            for (int i = 0; i < p.size(); i++) {
                f[i] = SPHERE.evaluate(p.genome(i), new EvaluationContext(g, i, 0));
            }
            Integer[] order = new Integer[p.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(f[a][0], f[b][0]));
            ga.tell(f);
            Population next = ga.ask();
            assertThat(next.genome(0)).containsExactly(p.genome(order[0]));
            assertThat(next.knownFitness(0)).containsExactly(f[order[0]]);
            assertThat(next.knownFitness(1)[0]).isGreaterThanOrEqualTo(f[order[0]][0]);
            assertThat(next.genome(1)).isNotEqualTo(next.genome(0));
        }
    }

    @Test
    void stateRoundTripContinuesIdentically() throws IOException {
        GeneticAlgorithm a = new GeneticAlgorithm(params(77), SPHERE, SPHERE.fitnessWeights());
        for (int g = 0; g < 3; g++) {
            step(a);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        a.writeState(new DataOutputStream(bytes));
        GeneticAlgorithm b = new GeneticAlgorithm(params(77), SPHERE, SPHERE.fitnessWeights());
        b.readState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(b.generation()).isEqualTo(3);
        for (int g = 0; g < 5; g++) {
            Population pa = step(a), pb = step(b);
            for (int i = 0; i < pa.size(); i++) {
                assertThat(pb.genome(i)).containsExactly(pa.genome(i));
                assertThat(pb.needsEvaluation(i)).isEqualTo(pa.needsEvaluation(i));
            }
        }
    }

    @Test
    void runsExactlyNIterationGenerations() {
        GeneticAlgorithm ga = new GeneticAlgorithm(GeneticAlgorithmParameters.builder().seed(1).set("pop_size", 4)
                .set("cx_prob", 0.5).set("mut_prob", 0.5).set("n_iteration", 3).set("ind_prob", 0.5)
                .set("tourn_size", 2).set("mate_par", 0.5).set("mut_par", 1.0).build(),
                SPHERE, SPHERE.fitnessWeights());
        int n = 0;
        while (!ga.isDone()) {
            step(ga);
            n++;
        }
        assertThat(n).isEqualTo(3);
        assertThatThrownBy(ga::ask).isInstanceOf(IllegalStateException.class);
    }

    /** Sanity: the GA with L2L-like settings reaches Rastrigin's global basin (f < 1) in 2-D. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void reachesRastriginsGlobalBasin(long seed) {
        FunctionOptimizee r = FunctionOptimizee.of(BenchmarkFunction.RASTRIGIN, 2);
        GeneticAlgorithm ga = new GeneticAlgorithm(GeneticAlgorithmParameters.builder().seed(seed).set("pop_size", 50)
                .set("cx_prob", 0.5).set("mut_prob", 0.3).set("n_iteration", 60).set("ind_prob", 0.5)
                .set("tourn_size", 3).set("mate_par", 0.5).set("mut_par", 0.3).build(), r, r.fitnessWeights());
        double best = Double.POSITIVE_INFINITY;
        while (!ga.isDone()) {
            Population p = ga.ask();
            double[][] f = new double[p.size()][];
            for (int i = 0; i < p.size(); i++) {
                f[i] = p.needsEvaluation(i) ? r.evaluate(p.genome(i), new EvaluationContext(p.generation(), i, 0))
                        : p.knownFitness(i);
                best = Math.min(best, f[i][0]);
            }
            ga.tell(f);
        }
        assertThat(best).isLessThan(1.0);
    }
}
