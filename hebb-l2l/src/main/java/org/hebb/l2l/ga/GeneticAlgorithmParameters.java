package org.hebb.l2l.ga;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The genetic algorithm's configuration under L2L's names ({@code GeneticAlgorithmParameters}), plus two options
 * L2L lacks. Validated on construction: a bad value gives one line naming field, value and what is allowed.
 *
 * @param seed          seed of the GA's generator (really applied, unlike L2L)
 * @param popSize       {@code pop_size}: individuals per generation, >= 2
 * @param cxProb        {@code cx_prob}: probability that a pair is mated by cxBlend, in [0, 1]
 * @param mutProb       {@code mut_prob}: probability that an offspring is mutated by mutGaussian, in [0, 1]
 * @param nIteration    {@code n_iteration}: generations to evaluate, >= 1
 * @param indProb       {@code ind_prob}: per-gene mutation probability (DEAP's indpb), in [0, 1]
 * @param tournSize     {@code tourn_size}: tournament size, in [1, pop_size]
 * @param matePar       {@code mate_par}: cxBlend's alpha, finite and >= 0
 * @param mutPar        {@code mut_par}: mutGaussian's sigma, finite and > 0
 * @param elitism       {@code elitism}: best distinct individuals copied unchanged, in [0, pop_size - 1]; 0 = L2L
 * @param reevaluateAll {@code reevaluate_all}: evaluate every individual every generation; false = L2L
 */
public record GeneticAlgorithmParameters(long seed, int popSize, double cxProb, double mutProb, int nIteration,
        double indProb, int tournSize, double matePar, double mutPar, int elitism, boolean reevaluateAll) {

    /** The names {@link #of(Map)} accepts. */
    public static final Set<String> NAMES = Set.of("seed", "pop_size", "cx_prob", "mut_prob", "n_iteration",
            "ind_prob", "tourn_size", "mate_par", "mut_par", "elitism", "reevaluate_all");

    public GeneticAlgorithmParameters {
        if (popSize < 2) {
            throw bad("pop_size", popSize, "must be >= 2");
        }
        probability("cx_prob", cxProb);
        probability("mut_prob", mutProb);
        probability("ind_prob", indProb);
        if (nIteration < 1) {
            throw bad("n_iteration", nIteration, "must be >= 1");
        }
        if (tournSize < 1 || tournSize > popSize) {
            throw bad("tourn_size", tournSize, "must be in [1, pop_size = " + popSize + "]");
        }
        if (!Double.isFinite(matePar) || matePar < 0) {
            throw bad("mate_par", matePar, "must be finite and >= 0 (cxBlend alpha)");
        }
        if (!Double.isFinite(mutPar) || mutPar <= 0) {
            throw bad("mut_par", mutPar, "must be finite and > 0 (mutGaussian sigma)");
        }
        if (elitism < 0 || elitism >= popSize) {
            throw bad("elitism", elitism, "must be in [0, pop_size - 1 = " + (popSize - 1) + "]");
        }
    }

    /** L2L's GA with the given values, no elitism, only changed individuals re-evaluated. */
    public static GeneticAlgorithmParameters of(long seed, int popSize, double cxProb, double mutProb, int nIteration,
            double indProb, int tournSize, double matePar, double mutPar) {
        return new GeneticAlgorithmParameters(seed, popSize, cxProb, mutProb, nIteration, indProb, tournSize,
                matePar, mutPar, 0, false);
    }

    /** The MountainCar paper's settings (L2L frontiers_submission): 32, 0.7, 0.7, 6000, 0.45, 4, 0.5, 1. */
    public static GeneticAlgorithmParameters mountainCarPaper() {
        return of(1580211, 32, 0.7, 0.7, 6000, 0.45, 4, 0.5, 1);
    }

    /**
     * Parameters from a map with L2L's names (numbers may be any {@link Number}); {@code elitism} and
     * {@code reevaluate_all} are optional. Unknown or missing names are rejected.
     */
    public static GeneticAlgorithmParameters of(Map<String, ?> m) {
        for (String k : m.keySet()) {
            if (!NAMES.contains(k)) {
                throw new IllegalArgumentException("genetic algorithm parameter: '" + k + "' is not allowed; must be one of "
                        + NAMES.stream().sorted().toList());
            }
        }
        Object re = m.containsKey("reevaluate_all") ? m.get("reevaluate_all") : Boolean.FALSE;
        if (!(re instanceof Boolean)) {
            throw bad("reevaluate_all", re, "must be true or false");
        }
        return new GeneticAlgorithmParameters(integer(m, "seed"), (int) integer(m, "pop_size"), real(m, "cx_prob"),
                real(m, "mut_prob"), (int) integer(m, "n_iteration"), real(m, "ind_prob"),
                (int) integer(m, "tourn_size"), real(m, "mate_par"), real(m, "mut_par"),
                m.containsKey("elitism") ? (int) integer(m, "elitism") : 0, (Boolean) re);
    }

    /** The parameters under L2L's names, in L2L's order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("pop_size", popSize);
        m.put("cx_prob", cxProb);
        m.put("mut_prob", mutProb);
        m.put("n_iteration", nIteration);
        m.put("ind_prob", indProb);
        m.put("tourn_size", tournSize);
        m.put("mate_par", matePar);
        m.put("mut_par", mutPar);
        m.put("elitism", elitism);
        m.put("reevaluate_all", reevaluateAll);
        return m;
    }

    private static void probability(String field, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw bad(field, p, "must be in [0, 1]");
        }
    }

    private static long integer(Map<String, ?> m, String k) {
        Object v = m.get(k);
        if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
            long x = ((Number) v).longValue();
            if (!k.equals("seed") && (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE)) {
                throw bad(k, v, "must be an integer in the int range");
            }
            return x;
        }
        throw bad(k, v, "must be an integer");
    }

    private static double real(Map<String, ?> m, String k) {
        Object v = m.get(k);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw bad(k, v, "must be a number");
    }

    private static IllegalArgumentException bad(String field, Object value, String allowed) {
        return new IllegalArgumentException(field + ": " + (value == null ? "missing" : value)
                + " is not allowed; " + allowed);
    }
}
