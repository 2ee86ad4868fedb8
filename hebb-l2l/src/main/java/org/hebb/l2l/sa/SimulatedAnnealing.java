package org.hebb.l2l.sa;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.search.SearchOptimizer;
import org.hebb.l2l.search.StateCodec;

/**
 * Simulated annealing with {@code n_parallel_runs} independent chains (L2L's {@code SimulatedAnnealingOptimizer}).
 * Generation 0 evaluates each chain's start, drawn from the optimizee (L2L perturbed it by a doubly scaled step);
 * afterwards each generation evaluates one proposal per chain, {@code x' = x + N(0, I)·noisy_step·T}, bounded, which
 * replaces x if {@code f' ≥ f} or with probability {@code exp((f' − f)/T)} (Metropolis et al. 1953); then T cools by
 * the schedule.
 */
public final class SimulatedAnnealing extends SearchOptimizer {
    private final SimulatedAnnealingParameters p;
    private double[][] current;
    private double[] currentScore;
    private double temperature;
    private int step;

    public SimulatedAnnealing(SimulatedAnnealingParameters parameters, Optimizee optimizee) {
        super("SimulatedAnnealing", optimizee, parameters.seed(), parameters.nIteration(), parameters.stopCriterion());
        this.p = parameters;
        temperature = p.initialTemperature();
        double[][] first = new double[p.nParallelRuns()][];
        for (int i = 0; i < first.length; i++) {
            first[i] = newIndividual();
        }
        start(first);
    }

    @Override
    public Map<String, Object> parameters() {
        return p.toMap();
    }

    /** The current temperature. */
    public double temperature() {
        return temperature;
    }

    @Override
    protected double[][] next(double[][] asked, double[][] fitness, double[] scores) {
        if (current == null) {
            current = asked;
            currentScore = scores;
        } else {
            for (int c = 0; c < current.length; c++) {
                double delta = scores[c] - currentScore[c];
                if (delta >= 0 || rng.nextDouble() < Math.exp(delta / temperature)) { // Metropolis acceptance
                    current[c] = asked[c];
                    currentScore[c] = scores[c];
                }
            }
            step++;
            temperature = p.coolingSchedule().temperature(temperature, step, p.nIteration(),
                    p.initialTemperature(), p.finalTemperature(), p.tempDecay());
        }
        double[][] out = new double[current.length][];
        for (int c = 0; c < current.length; c++) {
            double[] x = current[c].clone();
            for (int j = 0; j < dimensions; j++) {
                x[j] += rng.nextGaussian() * p.noisyStep() * temperature; // L2L: N(0, 1)·noisy_step·T
            }
            out[c] = bounded(x);
        }
        return out;
    }

    @Override
    protected void writeBody(DataOutput out) throws IOException {
        out.writeInt(step);
        out.writeDouble(temperature);
        StateCodec.writeMatrix(out, current);
        StateCodec.writeVector(out, currentScore);
    }

    @Override
    protected void readBody(DataInput in) throws IOException {
        step = in.readInt();
        temperature = in.readDouble();
        current = StateCodec.readMatrix(in);
        currentScore = StateCodec.readVector(in);
    }
}
