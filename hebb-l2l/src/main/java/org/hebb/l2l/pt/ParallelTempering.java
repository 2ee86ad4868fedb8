package org.hebb.l2l.pt;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.search.SearchOptimizer;
import org.hebb.l2l.search.StateCodec;

/**
 * Parallel tempering for maximisation of the weighted fitness f. Chain i samples exp(f/Tᵢ) by Metropolis moves
 * {@code x' = x + N(0, I)·noisy_step·√Tᵢ}; generation 0 evaluates the starts. After each generation's moves,
 * neighbouring chains (i, i+1) are offered a swap of their states — pairs (0,1), (2,3), … on even steps,
 * (1,2), (3,4), … on odd ones — accepted with probability
 * {@code min(1, exp((f_j − f_i)(1/T_i − 1/T_j)))} (detailed balance of the product of exp(f/Tᵢ)).
 */
public final class ParallelTempering extends SearchOptimizer {
    /** One offered swap: chains i &lt; j, their scores and temperatures before it, and whether it happened. */
    public record SwapAttempt(int i, int j, double fi, double fj, double ti, double tj, boolean accepted) {
    }

    private final ParallelTemperingParameters p;
    private final double[] temperatures;
    private double[][] current;
    private double[] currentScore;
    private int step;
    private long attempted, accepted;
    private List<SwapAttempt> lastSwaps = List.of();

    public ParallelTempering(ParallelTemperingParameters parameters, Optimizee optimizee) {
        super("ParallelTempering", optimizee, parameters.seed(), parameters.nIteration(), parameters.stopCriterion());
        this.p = parameters;
        this.temperatures = p.ladder();
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

    /** The temperature ladder, coldest first. */
    public double[] temperatures() {
        return temperatures.clone();
    }

    /** The swaps offered after the last generation. */
    public List<SwapAttempt> lastSwaps() {
        return lastSwaps;
    }

    /** Accepted over offered swaps so far (0 before any offer). */
    public double swapRate() {
        return attempted == 0 ? 0 : (double) accepted / attempted;
    }

    @Override
    protected double[][] next(double[][] asked, double[][] fitness, double[] scores) {
        int k = temperatures.length;
        if (current == null) {
            current = asked;
            currentScore = scores;
        } else {
            for (int c = 0; c < k; c++) {
                double delta = scores[c] - currentScore[c];
                if (delta >= 0 || rng.nextDouble() < Math.exp(delta / temperatures[c])) { // Metropolis at Tᵢ
                    current[c] = asked[c];
                    currentScore[c] = scores[c];
                }
            }
            List<SwapAttempt> swaps = new ArrayList<>();
            for (int i = step % 2; i + 1 < k; i += 2) {
                int j = i + 1;
                double fi = currentScore[i], fj = currentScore[j], ti = temperatures[i], tj = temperatures[j];
                double log = (fj - fi) * (1 / ti - 1 / tj); // ln of the acceptance ratio
                boolean ok = log >= 0 || rng.nextDouble() < Math.exp(log);
                if (Double.isNaN(log)) {
                    ok = false; // both −∞: nothing to gain
                }
                if (ok) {
                    double[] x = current[i];
                    current[i] = current[j];
                    current[j] = x;
                    currentScore[i] = fj;
                    currentScore[j] = fi;
                    accepted++;
                }
                attempted++;
                swaps.add(new SwapAttempt(i, j, fi, fj, ti, tj, ok));
            }
            lastSwaps = List.copyOf(swaps);
            step++;
        }
        double[][] out = new double[k][];
        for (int c = 0; c < k; c++) {
            double[] x = current[c].clone();
            double s = p.noisyStep() * Math.sqrt(temperatures[c]);
            for (int j = 0; j < dimensions; j++) {
                x[j] += rng.nextGaussian() * s;
            }
            out[c] = bounded(x);
        }
        return out;
    }

    @Override
    protected void writeBody(DataOutput out) throws IOException {
        out.writeInt(step);
        out.writeLong(attempted);
        out.writeLong(accepted);
        StateCodec.writeMatrix(out, current);
        StateCodec.writeVector(out, currentScore);
    }

    @Override
    protected void readBody(DataInput in) throws IOException {
        step = in.readInt();
        attempted = in.readLong();
        accepted = in.readLong();
        current = StateCodec.readMatrix(in);
        currentScore = StateCodec.readVector(in);
        lastSwaps = List.of();
    }
}
