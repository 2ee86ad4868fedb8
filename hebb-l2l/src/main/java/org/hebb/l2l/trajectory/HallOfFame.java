package org.hebb.l2l.trajectory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hebb.l2l.FitnessWeights;

/**
 * The best distinct individuals seen so far, best first, like DEAP's {@code HallOfFame(maxsize)} (L2L keeps 20),
 * but each entry also remembers the generation and index where its genome first appeared (L2L issues #70/#88).
 * As in DEAP: an individual enters if the hall is not full or it is strictly better than the worst entry, and its
 * genome is not already in; it goes before entries with equal fitness (DEAP inserts at {@code len − bisect_right}).
 */
public final class HallOfFame {

    /** One entry: a genome, its fitness and where it came from. */
    public record Entry(int generation, int index, double[] genome, double[] fitness) {
        public Entry {
            genome = genome.clone();
            fitness = fitness.clone();
        }

        @Override
        public double[] genome() {
            return genome.clone();
        }

        @Override
        public double[] fitness() {
            return fitness.clone();
        }
    }

    private final int capacity;
    private final FitnessWeights weights;
    private final List<Entry> entries = new ArrayList<>();

    /** An empty hall of at most {@code capacity} entries. */
    public HallOfFame(int capacity, FitnessWeights weights) {
        if (capacity < 1) {
            throw new IllegalArgumentException("hall_of_fame: " + capacity + " is not allowed; must be >= 1");
        }
        this.capacity = capacity;
        this.weights = weights;
    }

    /** Offers every individual of {@code r}, in index order. */
    public void update(GenerationRecord r) {
        for (int i = 0; i < r.size(); i++) {
            offer(r.generation(), i, r.genome(i), r.fitness(i));
        }
    }

    private void offer(int generation, int index, double[] genome, double[] fitness) {
        if (entries.size() == capacity && weights.compare(fitness, entries.getLast().fitness) <= 0) {
            return;
        }
        for (Entry e : entries) {
            if (Arrays.equals(e.genome, genome)) {
                return; // DEAP's similarity check: the same individual never enters twice
            }
        }
        int at = entries.size();
        while (at > 0 && weights.compare(fitness, entries.get(at - 1).fitness) >= 0) { // DEAP: newcomer ahead of ties
            at--;
        }
        entries.add(at, new Entry(generation, index, genome, fitness));
        if (entries.size() > capacity) {
            entries.removeLast();
        }
    }

    /** The maximum number of entries. */
    public int capacity() {
        return capacity;
    }

    /** The entries, best first. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The best entry; the hall must not be empty. */
    public Entry best() {
        if (entries.isEmpty()) {
            throw new IllegalStateException("hall of fame: empty before the first generation");
        }
        return entries.getFirst();
    }
}
