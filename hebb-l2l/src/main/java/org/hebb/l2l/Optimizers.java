package org.hebb.l2l;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hebb.l2l.ce.CrossEntropy;
import org.hebb.l2l.ce.CrossEntropyParameters;
import org.hebb.l2l.cmaes.CmaEs;
import org.hebb.l2l.cmaes.CmaEsParameters;
import org.hebb.l2l.enkf.EnsembleKalmanFilter;
import org.hebb.l2l.enkf.EnsembleKalmanFilterParameters;
import org.hebb.l2l.es.EvolutionStrategies;
import org.hebb.l2l.es.EvolutionStrategiesParameters;
import org.hebb.l2l.face.Face;
import org.hebb.l2l.face.FaceParameters;
import org.hebb.l2l.ga.GeneticAlgorithm;
import org.hebb.l2l.ga.GeneticAlgorithmParameters;
import org.hebb.l2l.gd.GradientDescent;
import org.hebb.l2l.gd.GradientDescentParameters;
import org.hebb.l2l.grid.GridSearch;
import org.hebb.l2l.grid.GridSearchParameters;
import org.hebb.l2l.nes.SeparableNes;
import org.hebb.l2l.nes.SeparableNesParameters;
import org.hebb.l2l.pt.ParallelTempering;
import org.hebb.l2l.pt.ParallelTemperingParameters;
import org.hebb.l2l.sa.SimulatedAnnealing;
import org.hebb.l2l.sa.SimulatedAnnealingParameters;

/**
 * Every optimizer by name, for configs: {@code create("cmaes", Map.of("sigma", 2.0), optimizee, 42)}. Parameters use
 * L2L's names (see docs/optimizers.md); missing ones take their defaults; unknown names and bad values give a
 * one-line {@link IllegalArgumentException}. The seed is the run's and is not given among the parameters.
 * Every optimizer ranks by the optimizee's {@link Optimizee#fitnessWeights()}.
 */
public final class Optimizers {
    private record Entry(Set<String> names, BiFunction<Map<String, Object>, Optimizee, Optimizer> factory,
            Function<Map<String, Object>, Map<String, Object>> defaults) {
    }

    /** L2L's fun-GA example values, the GA's defaults here (L2L's namedtuple has none). */
    private static final Map<String, Object> GA_DEFAULTS = Map.of("pop_size", 50, "cx_prob", 0.5, "mut_prob", 0.3,
            "n_iteration", 100, "ind_prob", 0.02, "tourn_size", 15, "mate_par", 0.5, "mut_par", 1.0);

    private static final Map<String, Entry> REGISTRY = new LinkedHashMap<>();

    static {
        REGISTRY.put("cmaes", new Entry(CmaEsParameters.NAMES,
                (m, o) -> new CmaEs(CmaEsParameters.of(m), o), m -> CmaEsParameters.of(m).toMap()));
        REGISTRY.put("evolution_strategies", new Entry(EvolutionStrategiesParameters.NAMES,
                (m, o) -> new EvolutionStrategies(EvolutionStrategiesParameters.of(m), o),
                m -> EvolutionStrategiesParameters.of(m).toMap()));
        REGISTRY.put("snes", new Entry(SeparableNesParameters.NAMES,
                (m, o) -> new SeparableNes(SeparableNesParameters.of(m), o), m -> SeparableNesParameters.of(m).toMap()));
        REGISTRY.put("cross_entropy", new Entry(CrossEntropyParameters.NAMES,
                (m, o) -> new CrossEntropy(CrossEntropyParameters.of(m), o), m -> CrossEntropyParameters.of(m).toMap()));
        REGISTRY.put("face", new Entry(FaceParameters.NAMES,
                (m, o) -> new Face(FaceParameters.of(m), o), m -> FaceParameters.of(m).toMap()));
        REGISTRY.put("gradient_descent", new Entry(GradientDescentParameters.allNames(),
                (m, o) -> new GradientDescent(GradientDescentParameters.of(m), o),
                m -> GradientDescentParameters.of(m).toMap()));
        REGISTRY.put("enkf", new Entry(EnsembleKalmanFilterParameters.NAMES,
                (m, o) -> new EnsembleKalmanFilter(EnsembleKalmanFilterParameters.of(m), o),
                m -> EnsembleKalmanFilterParameters.of(m).toMap()));
        REGISTRY.put("simulated_annealing", new Entry(SimulatedAnnealingParameters.NAMES,
                (m, o) -> new SimulatedAnnealing(SimulatedAnnealingParameters.of(m), o),
                m -> SimulatedAnnealingParameters.of(m).toMap()));
        REGISTRY.put("parallel_tempering", new Entry(ParallelTemperingParameters.NAMES,
                (m, o) -> new ParallelTempering(ParallelTemperingParameters.of(m), o),
                m -> ParallelTemperingParameters.of(m).toMap()));
        REGISTRY.put("grid_search", new Entry(GridSearchParameters.NAMES,
                (m, o) -> new GridSearch(GridSearchParameters.of(m), o), m -> {
                    Map<String, Object> d = new LinkedHashMap<>(m);
                    d.putIfAbsent("param_grid", Map.of());
                    return d;
                }));
        REGISTRY.put("genetic_algorithm", new Entry(GeneticAlgorithmParameters.NAMES,
                (m, o) -> new GeneticAlgorithm(GeneticAlgorithmParameters.of(withGaDefaults(m)), o,
                        o.fitnessWeights()), m -> GeneticAlgorithmParameters.of(withGaDefaults(m)).toMap()));
    }

    private Optimizers() {
    }

    /** The optimizer names, in registry order. */
    public static List<String> names() {
        return List.copyOf(REGISTRY.keySet());
    }

    /** The parameter names optimizer {@code name} takes (without {@code seed}, which the run gives), sorted. */
    public static Set<String> parameterNames(String name) {
        Set<String> s = new TreeSet<>(entry(name).names());
        s.remove("seed");
        return s;
    }

    /** Every parameter of {@code name} with its default value (grid search: an empty {@code param_grid}). */
    public static Map<String, Object> defaults(String name) {
        Map<String, Object> d = new LinkedHashMap<>(entry(name).defaults().apply(new HashMap<>(Map.of("seed", 0L))));
        d.remove("seed");
        return d;
    }

    /**
     * Optimizer {@code name} over {@code optimizee}, seeded with {@code seed}, with {@code parameters} under L2L's
     * names (numbers, booleans, strings, lists, tables as a TOML reader gives them).
     */
    public static Optimizer create(String name, Map<String, ?> parameters, Optimizee optimizee, long seed) {
        Entry e = entry(name);
        for (String k : parameters.keySet()) {
            if (k.equals("seed")) {
                throw new IllegalArgumentException(name + ".seed: " + parameters.get(k)
                        + " is not allowed; the run's seed seeds the optimizer, so leave seed out of its parameters");
            }
            if (!e.names().contains(k)) {
                throw new IllegalArgumentException(name + " parameter: '" + k + "' is not allowed; must be one of "
                        + parameterNames(name));
            }
        }
        Map<String, Object> m = new HashMap<>(parameters);
        m.put("seed", seed);
        return e.factory().apply(m, optimizee);
    }

    private static Entry entry(String name) {
        Entry e = REGISTRY.get(name);
        if (e == null) {
            throw new IllegalArgumentException("optimizer: '" + name + "' is not allowed; must be one of " + names());
        }
        return e;
    }

    private static Map<String, Object> withGaDefaults(Map<String, Object> m) {
        Map<String, Object> full = new HashMap<>(GA_DEFAULTS);
        full.putAll(m);
        return full;
    }
}
