package org.hebb.sim.device;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * NEST's {@code poisson_generator}: in every active step each target receives its own, independent
 * Poisson-distributed number of spikes with mean {@code rate * h * 1e-3} (rate in Hz, h in ms), sent
 * as one spike with that multiplicity. Active in step {@code k} when {@code start < k h <= stop}
 * (NEST tests the step's start), so the spikes have stamps in {@code (start + h, stop + h]}. Each generator draws from its own stream, seeded from the
 * network seed and its node id, so a run is reproducible and independent of other devices.
 */
public final class PoissonGenerator extends StimulatorGroup {

    public static final ModelInfo INFO = new ModelInfo("poisson_generator", ModelInfo.Kind.STIMULATOR,
            Map.of("rate", 0.0, "start", 0.0, "stop", Double.MAX_VALUE), List.of());

    /** Largest mean drawn by one inversion; larger means are split into a sum of independent parts. */
    private static final double MAX_INVERSION_MEAN = 30.0;

    final double[] rate = new double[size];
    private final SplitMixStream[] rng = new SplitMixStream[size];

    public PoissonGenerator(int firstId, int size, double h, long seed) {
        super(firstId, size, h);
        for (int i = 0; i < size; i++) {
            rng[i] = new SplitMixStream(streamSeed(seed, firstId + i)); // SplittableRandom's stream, addressable by position
        }
    }

    /**
     * A well-mixed seed per (network seed, node id): plain sums like {@code seed * gamma + id} would make
     * the streams of neighbouring seeds shifted copies of each other (SplittableRandom advances by gamma).
     */
    static long streamSeed(long seed, int nodeId) {
        return mix64(mix64(seed) ^ (nodeId * 0xD1B54A32D192ED03L));
    }

    /** Stafford's variant 13 of the MurmurHash3 finalizer. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    boolean setOwn(int local, String name, Object value) {
        rate[local] = ParameterCheck.nonNegative("poisson_generator.rate", value);
        return true;
    }

    @Override
    Object getOwn(int local, String name) {
        return name.equals("rate") ? rate[local] : null;
    }

    @Override
    public void update(long step, Kernel kernel) {
        for (int i = 0; i < size; i++) {
            if (rate[i] > 0.0 && active(i, step)) { // poisson_generator::update: is_active(T + lag)
                kernel.sendPoisson(firstId + i, step, rate[i] * h * 1e-3, rng[i]); // poisson_generator::pre_run_hook
            }
        }
    }

    /** @return the mean count per step of generator {@code local} in step {@code step}, 0 when inactive */
    public double lambda(int local, long step) {
        return rate[local] > 0.0 && active(local, step) ? rate[local] * h * 1e-3 : 0.0;
    }

    /** @return the random stream of generator {@code local} */
    public SplitMixStream stream(int local) {
        return rng[local];
    }

    /** @return how many uniform numbers one {@link #draw} of mean {@code lambda} takes (one per part) */
    public static int numbersPerDraw(double lambda) {
        return Math.max(1, (int) Math.ceil(lambda / MAX_INVERSION_MEAN));
    }

    /** @return the mean of one part of a draw of mean {@code lambda} (see {@link #draw}) */
    public static double partMean(double lambda) {
        int parts = (int) Math.ceil(lambda / MAX_INVERSION_MEAN);
        return parts > 1 ? lambda / parts : lambda;
    }

    /**
     * The draw {@link #draw} makes with mean {@code lambda} from the next numbers of {@code rng}, given
     * {@code part = partMean(lambda)} and {@code pZero = exp(-part)} (computed once per step, not per target).
     */
    public static int draw(double part, double pZero, int parts, RandomGenerator rng) {
        int n = 0;
        for (int j = 0; j < parts; j++) {
            n += inversion(part, pZero, rng.nextDouble());
        }
        return n;
    }

    /** As {@link #draw(double, double, int, RandomGenerator)}, from the numbers at {@code index} of {@code stream} (not drawing). */
    public static int drawAt(double part, double pZero, int parts, SplitMixStream stream, long index) {
        int n = 0;
        for (int j = 0; j < parts; j++) {
            n += inversion(part, pZero, stream.doubleAt(index + j));
        }
        return n;
    }

    /**
     * One Poisson draw with mean {@code lambda} by sequential inversion of the CDF; a mean above
     * {@value #MAX_INVERSION_MEAN} is split into equal parts (a sum of independent Poisson variables is Poisson).
     */
    public static int draw(double lambda, RandomGenerator rng) {
        double part = partMean(lambda);
        return draw(part, Math.exp(-part), numbersPerDraw(lambda), rng);
    }

    /** Sequential inversion of the Poisson CDF of mean {@code lambda} ({@code pZero = exp(-lambda)}) at {@code u}. */
    private static int inversion(double lambda, double pZero, double u) {
        double p = pZero;
        double cdf = p;
        int k = 0;
        while (u > cdf && p > 0.0) {
            k++;
            p *= lambda / k;
            cdf += p;
        }
        return k;
    }
}
