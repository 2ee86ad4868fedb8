package org.hebb.l2l.trajectory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;

/**
 * Everything a run produced, generation by generation: the individuals with their fitness and outcomes,
 * per-generation statistics, a hall of fame, and where the best individual came from. It holds no wall-clock
 * values, so identical runs give equal trajectories. Not thread-safe: the run loop owns it.
 */
public final class Trajectory {
    /** L2L's GA keeps a DEAP HallOfFame of 20. */
    public static final int DEFAULT_HALL_OF_FAME = 20;

    private final String optimizer;
    private final Map<String, Object> parameters;
    private final GenomeLayout layout;
    private final FitnessWeights weights;
    private final long evaluationSeed;
    private final List<GenerationRecord> generations = new ArrayList<>();
    private final List<GenerationStatistics> statistics = new ArrayList<>();
    private final HallOfFame hallOfFame;

    /**
     * An empty trajectory.
     *
     * @param optimizer      the optimizer's name
     * @param parameters     its parameters under L2L's names
     * @param evaluationSeed the seed optimizee evaluations got
     */
    public Trajectory(String optimizer, Map<String, Object> parameters, GenomeLayout layout, FitnessWeights weights,
            long evaluationSeed, int hallOfFameSize) {
        this.optimizer = optimizer;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.layout = layout;
        this.weights = weights;
        this.evaluationSeed = evaluationSeed;
        this.hallOfFame = new HallOfFame(hallOfFameSize, weights);
    }

    /** Appends the next generation; generations must come in order 0, 1, 2, … */
    public void add(GenerationRecord r) {
        if (r.generation() != generations.size()) {
            throw new IllegalArgumentException("generation: " + r.generation() + " is not allowed; must be "
                    + generations.size() + " (the next one)");
        }
        if (r.genomeLength() != layout.size() || r.objectives() != weights.size()) {
            throw new IllegalArgumentException("generation " + r.generation() + ": genome length " + r.genomeLength()
                    + ", " + r.objectives() + " objectives is not allowed; must be " + layout.size() + ", "
                    + weights.size());
        }
        generations.add(r);
        statistics.add(GenerationStatistics.of(r, weights));
        hallOfFame.update(r);
    }

    public String optimizer() {
        return optimizer;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    public GenomeLayout layout() {
        return layout;
    }

    public FitnessWeights weights() {
        return weights;
    }

    public long evaluationSeed() {
        return evaluationSeed;
    }

    /** The number of generations recorded. */
    public int size() {
        return generations.size();
    }

    public GenerationRecord generation(int g) {
        return generations.get(g);
    }

    public List<GenerationRecord> generations() {
        return Collections.unmodifiableList(generations);
    }

    public List<GenerationStatistics> statistics() {
        return Collections.unmodifiableList(statistics);
    }

    public HallOfFame hallOfFame() {
        return hallOfFame;
    }

    /** The best individual so far, with the generation and index it came from. */
    public HallOfFame.Entry best() {
        return hallOfFame.best();
    }

    /** The total number of evaluations made (carried-over individuals excluded). */
    public long evaluations() {
        long n = 0;
        for (GenerationRecord r : generations) {
            n += r.evaluatedCount();
        }
        return n;
    }
}
