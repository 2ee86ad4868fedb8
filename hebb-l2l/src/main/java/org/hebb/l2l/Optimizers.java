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
import org.hebb.l2l.search.ParameterSchema;

/**
 * Every optimizer by name, for configs: {@code create("cmaes", Map.of("sigma", 2.0), optimizee, 42)}. Parameters use
 * L2L's names (see docs/optimizers.md); missing ones take their defaults; unknown names and bad values give a
 * one-line {@link IllegalArgumentException}. The seed is the run's and is not given among the parameters.
 * Every optimizer ranks by the optimizee's {@link Optimizee#fitnessWeights()}. Each entry is derived from its
 * optimizer's {@link ParameterSchema}: names, defaults, reading and the doc's table.
 */
public final class Optimizers {
    private record Entry(ParameterSchema<?> schema, BiFunction<Map<String, Object>, Optimizee, Optimizer> create) {
    }

    private static final Map<String, Entry> REGISTRY = new LinkedHashMap<>();
    /** Other names for registry entries: {@code ga} is the genetic algorithm (the examples use it). */
    private static final Map<String, String> ALIASES = Map.of("ga", GeneticAlgorithmParameters.NAME);

    static {
        add(CmaEsParameters.SCHEMA, CmaEsParameters::of, CmaEs::new);
        add(EvolutionStrategiesParameters.SCHEMA, EvolutionStrategiesParameters::of, EvolutionStrategies::new);
        add(SeparableNesParameters.SCHEMA, SeparableNesParameters::of, SeparableNes::new);
        add(CrossEntropyParameters.SCHEMA, CrossEntropyParameters::of, CrossEntropy::new);
        add(FaceParameters.SCHEMA, FaceParameters::of, Face::new);
        add(GradientDescentParameters.SCHEMA, GradientDescentParameters::of, GradientDescent::new);
        add(EnsembleKalmanFilterParameters.SCHEMA, EnsembleKalmanFilterParameters::of, EnsembleKalmanFilter::new);
        add(SimulatedAnnealingParameters.SCHEMA, SimulatedAnnealingParameters::of, SimulatedAnnealing::new);
        add(ParallelTemperingParameters.SCHEMA, ParallelTemperingParameters::of, ParallelTempering::new);
        add(GridSearchParameters.SCHEMA, GridSearchParameters::of, GridSearch::new);
        add(GeneticAlgorithmParameters.SCHEMA, GeneticAlgorithmParameters::of,
                (p, o) -> new GeneticAlgorithm(p, o, o.fitnessWeights()));
    }

    /** One entry: the schema, how a config map becomes the parameters record, and the optimizer over an optimizee. */
    private static <R extends Record> void add(ParameterSchema<R> schema, Function<Map<String, ?>, R> read,
            BiFunction<R, Optimizee, Optimizer> factory) {
        REGISTRY.put(schema.optimizer(), new Entry(schema, (m, o) -> factory.apply(read.apply(m), o)));
    }

    private Optimizers() {
    }

    /** The optimizer names, in registry order. */
    public static List<String> names() {
        return List.copyOf(REGISTRY.keySet());
    }

    /** The registry name {@code name} stands for: itself, or the entry an alias names ({@code ga}). */
    public static String canonicalName(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    /** Whether {@code name} is a registry name or an alias of one. */
    public static boolean accepts(String name) {
        return REGISTRY.containsKey(canonicalName(name));
    }

    /** The parameter schema of {@code name}: names, types, defaults, ranges and docs. */
    public static ParameterSchema<?> schema(String name) {
        return entry(name).schema();
    }

    /** The parameter names optimizer {@code name} takes (without {@code seed}, which the run gives), sorted. */
    public static Set<String> parameterNames(String name) {
        Set<String> s = new TreeSet<>(entry(name).schema().names());
        s.remove("seed");
        return s;
    }

    /** Every parameter of {@code name} with its default (grid search: an empty {@code param_grid}). */
    public static Map<String, Object> defaults(String name) {
        return entry(name).schema().defaults();
    }

    /**
     * Optimizer {@code name} over {@code optimizee}, seeded with {@code seed}, with {@code parameters} under L2L's
     * names (numbers, booleans, strings, lists, tables as a TOML reader gives them).
     */
    public static Optimizer create(String name, Map<String, ?> parameters, Optimizee optimizee, long seed) {
        Entry e = entry(name);
        String canonical = canonicalName(name);
        for (String k : parameters.keySet()) {
            if (k.equals("seed")) {
                throw new IllegalArgumentException(canonical + ".seed: " + parameters.get(k)
                        + " is not allowed; the run's seed seeds the optimizer, so leave seed out of its parameters");
            }
            if (!e.schema().names().contains(k)) {
                throw new IllegalArgumentException(canonical + " parameter: '" + k + "' is not allowed; must be one of "
                        + parameterNames(name));
            }
        }
        Map<String, Object> m = new HashMap<>(parameters);
        m.put("seed", seed);
        return e.create().apply(m, optimizee);
    }

    private static Entry entry(String name) {
        Entry e = REGISTRY.get(canonicalName(name));
        if (e == null) {
            throw new IllegalArgumentException("optimizer: '" + name + "' is not allowed; must be one of " + names());
        }
        return e;
    }
}
