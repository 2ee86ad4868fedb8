package org.hebb.l2l.ga;

import static org.hebb.l2l.search.ParameterField.bool;
import static org.hebb.l2l.search.ParameterField.integer;
import static org.hebb.l2l.search.ParameterField.real;

import java.util.Map;
import org.hebb.l2l.search.ParameterField;
import org.hebb.l2l.search.ParameterField.Rule;
import org.hebb.l2l.search.ParameterSchema;

/**
 * The genetic algorithm's configuration under L2L's names ({@code GeneticAlgorithmParameters}), plus two options
 * L2L lacks, declared once in {@link #SCHEMA}. L2L's namedtuple has no defaults; here the parameters default to the
 * values of L2L's fun-GA example script. Build with {@link #builder()} or {@link #of(Map)}.
 */
public record GeneticAlgorithmParameters(long seed, int popSize, double cxProb, double mutProb, int nIteration,
        double indProb, int tournSize, double matePar, double mutPar, int elitism, boolean reevaluateAll) {
    public static final String NAME = "genetic_algorithm";
    private static final Rule PROBABILITY = Rule.when(p -> p >= 0 && p <= 1, "must be in [0, 1]");
    public static final ParameterSchema<GeneticAlgorithmParameters> SCHEMA = ParameterSchema.of(NAME,
            GeneticAlgorithmParameters.class,
            integer("pop_size", 50, Rule.atLeast(2, ""), "individuals per generation, ≥ 2"),
            real("cx_prob", 0.5, PROBABILITY, "probability that a pair is mated by cxBlend, in [0, 1]"),
            real("mut_prob", 0.3, PROBABILITY, "probability that an offspring is mutated by mutGaussian, in [0, 1]"),
            ParameterField.nIteration(100).described("generations to evaluate, ≥ 1"),
            real("ind_prob", 0.02, PROBABILITY, "per-gene mutation probability (DEAP's indpb), in [0, 1]"),
            integer("tourn_size", 15, (v, all) -> (Integer) v >= 1 && (Integer) v <= all.integer("pop_size") ? null
                    : "must be in [1, pop_size = " + all.integer("pop_size") + "]",
                    "tournament size, in [1, pop_size]"),
            real("mate_par", 0.5, Rule.when(x -> Double.isFinite(x) && x >= 0,
                    "must be finite and >= 0 (cxBlend alpha)"), "cxBlend's alpha, finite and ≥ 0"),
            real("mut_par", 1.0, Rule.when(x -> Double.isFinite(x) && x > 0,
                    "must be finite and > 0 (mutGaussian sigma)"), "mutGaussian's sigma, finite and > 0"),
            integer("elitism", 0, (v, all) -> (Integer) v >= 0 && (Integer) v < all.integer("pop_size") ? null
                    : "must be in [0, pop_size - 1 = " + (all.integer("pop_size") - 1) + "]",
                    "best distinct individuals copied unchanged, in [0, pop_size − 1]; 0 = L2L"),
            bool("reevaluate_all", false, "evaluate every individual every generation; false = L2L (a carried "
                    + "individual keeps its fitness)"));

    /** A builder over {@link #SCHEMA}: {@code builder().seed(7).set("pop_size", 32).set("cx_prob", 0.7).build()}. */
    public static ParameterSchema.Builder<GeneticAlgorithmParameters> builder() {
        return SCHEMA.builder();
    }

    /** The MountainCar paper's settings (L2L frontiers_submission): 32, 0.7, 0.7, 6000, 0.45, 4, 0.5, 1. */
    public static GeneticAlgorithmParameters mountainCarPaper() {
        return builder().seed(1580211).set("pop_size", 32).set("cx_prob", 0.7).set("mut_prob", 0.7)
                .set("n_iteration", 6000).set("ind_prob", 0.45).set("tourn_size", 4).set("mate_par", 0.5)
                .set("mut_par", 1.0).build();
    }

    /** Parameters from a map with L2L's names (numbers may be any {@link Number}); missing ones take their defaults. */
    public static GeneticAlgorithmParameters of(Map<String, ?> m) {
        return SCHEMA.read(m);
    }

    /** The parameters under L2L's names, in L2L's order. */
    public Map<String, Object> toMap() {
        return SCHEMA.toMap(this);
    }
}
