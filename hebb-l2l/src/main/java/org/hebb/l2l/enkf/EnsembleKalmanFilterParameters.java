package org.hebb.l2l.enkf;

import static org.hebb.l2l.search.ParameterField.bool;
import static org.hebb.l2l.search.ParameterField.choice;
import static org.hebb.l2l.search.ParameterField.integer;
import static org.hebb.l2l.search.ParameterField.real;
import static org.hebb.l2l.search.ParameterField.reals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.search.ParameterField;
import org.hebb.l2l.search.ParameterField.Rule;
import org.hebb.l2l.search.ParameterSchema;

/**
 * The ensemble Kalman filter's settings (Iglesias, Law &amp; Stuart 2013, Inverse Problems 29:045001; L2L's
 * {@code EnsembleKalmanFilter} on its paper branches), under L2L's names where L2L has them; declared once in
 * {@link #SCHEMA}. {@code targets} is null unless given.
 */
public record EnsembleKalmanFilterParameters(long seed, int popSize, double gamma, int nIteration,
        double stopCriterion, String observation, double[] targets, double targetIncrement, boolean scaleWeights,
        boolean sample, double bestN, double worstN, String pickMethod, double loc, double scale) {
    public static final String NAME = "enkf";
    public static final List<String> OBSERVATIONS = List.of("outputs", "fitness");
    public static final List<String> PICK_METHODS = List.of("random", "gaussian");
    public static final ParameterSchema<EnsembleKalmanFilterParameters> SCHEMA = ParameterSchema.of(NAME,
            EnsembleKalmanFilterParameters.class,
            integer("pop_size", 50, Rule.atLeast(2, "the ensemble covariance needs two members"),
                    "ensemble size J ≥ 2"),
            real("gamma", 0.01, Rule.positive(), "observation noise Γ = γI, γ > 0"),
            ParameterField.nIteration(100).described("generations (one update each), ≥ 1"),
            ParameterField.stopCriterion(),
            choice("observation", "outputs", OBSERVATIONS, "`outputs` (supervised: tuple elements 1..k against the "
                    + "targets) or `fitness` (the weighted tuple against a target above the best)"),
            reals("targets", (v, all) -> Arrays.stream((double[]) v).allMatch(Double::isFinite) ? null
                    : "must be finite numbers",
                    "list of k numbers (supervised, if the optimizee does not supply them)"),
            real("target_increment", 1.0, Rule.positive(), "`fitness` form: y = best observation + this, > 0"),
            bool("scale_weights", false, "divide the ensemble by max\\|u\\| before the update, multiply after "
                    + "(L2L's default was true)"),
            bool("sample", false, "replace the worst members after each update (L2L)"),
            real("best_n", 0.25, Rule.when(x -> x > 0 && x <= 1, "must be in (0, 1]"),
                    "fraction of the ensemble that donates, in (0, 1]"),
            real("worst_n", 0.25, Rule.when(x -> x > 0 && x < 1, "must be in (0, 1)"), "fraction replaced, in (0, 1)"),
            choice("pick_method", "random", PICK_METHODS, "`random` (a random best member + N(loc, scale)) or "
                    + "`gaussian` (a draw from the diagonal Gaussian fitted to the best)"),
            real("loc", 0.0, Rule.when(Double::isFinite, "must be finite"), "mean of the added noise"),
            real("scale", 0.1, Rule.nonNegative(), "σ ≥ 0 of the added noise"));

    public EnsembleKalmanFilterParameters {
        targets = targets == null ? null : targets.clone();
    }

    public static EnsembleKalmanFilterParameters of(Map<String, ?> map) {
        return SCHEMA.read(map);
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
        return SCHEMA.toMap(this);
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
