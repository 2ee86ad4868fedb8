package org.hebb.l2l.enkf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.ParameterReader;

/**
 * The ensemble Kalman filter's settings (Iglesias, Law &amp; Stuart 2013, Inverse Problems 29:045001; L2L's
 * {@code EnsembleKalmanFilter} on its paper branches), under L2L's names where L2L has them.
 *
 * @param seed            the generator's seed
 * @param popSize         {@code pop_size}: ensemble size J, >= 2
 * @param gamma           {@code gamma}: observation noise Γ = γI, > 0
 * @param nIteration      {@code n_iteration}: generations (one update each), >= 1
 * @param stopCriterion   {@code stop_criterion}: stop once a weighted fitness reaches it
 * @param observation     {@code observation}: {@code outputs} (supervised: tuple elements 1..k against targets) or
 *                        {@code fitness} (reinforcement: the weighted tuple against a target above the best)
 * @param targets         {@code targets}: y for {@code outputs}, if the optimizee is not a {@link SupervisedOptimizee}
 * @param targetIncrement {@code target_increment}: {@code fitness} form: y = best observation + this, > 0
 * @param scaleWeights    {@code scale_weights}: divide the ensemble by max|u| before the update, multiply after (L2L)
 * @param sample          {@code sample}: replace the worst members after each update (L2L)
 * @param bestN           {@code best_n}: fraction of the ensemble that donates, in (0, 1]
 * @param worstN          {@code worst_n}: fraction replaced, in (0, 1)
 * @param pickMethod      {@code pick_method}: {@code random} (a random best member + N(loc, scale)) or {@code gaussian}
 *                        (a draw from the diagonal Gaussian fitted to the best)
 * @param loc             {@code loc}: mean of the added noise
 * @param scale           {@code scale}: σ of the added noise, >= 0
 */
public record EnsembleKalmanFilterParameters(long seed, int popSize, double gamma, int nIteration,
        double stopCriterion, String observation, double[] targets, double targetIncrement, boolean scaleWeights,
        boolean sample, double bestN, double worstN, String pickMethod, double loc, double scale) {
    public static final String NAME = "enkf";
    public static final List<String> OBSERVATIONS = List.of("outputs", "fitness");
    public static final List<String> PICK_METHODS = List.of("random", "gaussian");
    public static final Set<String> NAMES = Set.of("seed", "pop_size", "gamma", "n_iteration", "stop_criterion",
            "observation", "targets", "target_increment", "scale_weights", "sample", "best_n", "worst_n",
            "pick_method", "loc", "scale");

    public EnsembleKalmanFilterParameters {
        Check.atLeast(NAME + ".pop_size", popSize, 2, "the ensemble covariance needs two members");
        Check.positive(NAME + ".gamma", gamma);
        Check.atLeast(NAME + ".n_iteration", nIteration, 1, "");
        Check.notNaN(NAME + ".stop_criterion", stopCriterion);
        if (!OBSERVATIONS.contains(observation)) {
            throw Check.bad(NAME + ".observation", observation, "must be one of " + OBSERVATIONS);
        }
        if (targets != null) {
            for (double t : targets) {
                if (!Double.isFinite(t)) {
                    throw Check.bad(NAME + ".targets", java.util.Arrays.toString(targets), "must be finite numbers");
                }
            }
            targets = targets.clone();
        }
        Check.positive(NAME + ".target_increment", targetIncrement);
        if (!(bestN > 0 && bestN <= 1)) {
            throw Check.bad(NAME + ".best_n", bestN, "must be in (0, 1]");
        }
        if (!(worstN > 0 && worstN < 1)) {
            throw Check.bad(NAME + ".worst_n", worstN, "must be in (0, 1)");
        }
        if (!PICK_METHODS.contains(pickMethod)) {
            throw Check.bad(NAME + ".pick_method", pickMethod, "must be one of " + PICK_METHODS);
        }
        if (!Double.isFinite(loc)) {
            throw Check.bad(NAME + ".loc", loc, "must be finite");
        }
        Check.nonNegative(NAME + ".scale", scale);
    }

    public static EnsembleKalmanFilterParameters of(Map<String, ?> map) {
        ParameterReader r = new ParameterReader(NAME, map, NAMES);
        return new EnsembleKalmanFilterParameters(r.integer("seed", 0), r.intValue("pop_size", 50),
                r.real("gamma", 0.01), r.intValue("n_iteration", 100),
                r.real("stop_criterion", Double.POSITIVE_INFINITY),
                r.choice("observation", "outputs", OBSERVATIONS), r.reals("targets", null),
                r.real("target_increment", 1.0), r.bool("scale_weights", false), r.bool("sample", false),
                r.real("best_n", 0.25), r.real("worst_n", 0.25), r.choice("pick_method", "random", PICK_METHODS),
                r.real("loc", 0.0), r.real("scale", 0.1));
    }

    /** Members replaced per update: ⌊worst_n·J⌋. */
    public int worstCount() {
        return (int) (worstN * popSize);
    }

    /** Donor members: max(1, ⌊best_n·J⌋). */
    public int bestCount() {
        return Math.max(1, (int) (bestN * popSize));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("pop_size", popSize);
        m.put("gamma", gamma);
        m.put("n_iteration", nIteration);
        m.put("stop_criterion", stopCriterion);
        m.put("observation", observation);
        if (targets != null) {
            m.put("targets", java.util.Arrays.stream(targets).boxed().toList());
        }
        m.put("target_increment", targetIncrement);
        m.put("scale_weights", scaleWeights);
        m.put("sample", sample);
        m.put("best_n", bestN);
        m.put("worst_n", worstN);
        m.put("pick_method", pickMethod);
        m.put("loc", loc);
        m.put("scale", scale);
        return m;
    }

    @Override
    public double[] targets() {
        return targets == null ? null : targets.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnsembleKalmanFilterParameters e && e.toMap().equals(toMap());
    }

    @Override
    public int hashCode() {
        return toMap().hashCode();
    }
}
