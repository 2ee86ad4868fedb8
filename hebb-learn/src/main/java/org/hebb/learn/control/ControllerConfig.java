package org.hebb.learn.control;

import java.io.Serializable;
import java.util.Arrays;

import org.hebb.gym.Box;
import org.hebb.gym.Discrete;
import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.Space;
import org.hebb.learn.mountaincar.EpisodeSeeding;

/**
 * The settings of a {@link SpikingController} and of its fitness episodes on one Gymnasium task. Build one with
 * {@link #defaults(String)} and the {@code with…} copies; the record constructor checks everything.
 *
 * @param envId          Gymnasium id, e.g. {@code CartPole-v1}
 * @param encoding       bins or Gaussian receptive fields
 * @param perDimension   input neurons per observation dimension (N)
 * @param low            lower end of each dimension's encoded range
 * @param high           upper end of each dimension's encoded range
 * @param fieldWidth     Gaussian σ in centre spacings
 * @param inputCurrentPa amplitude of a fully active input's {@code dc_generator}, pA
 * @param hiddenNeurons  hidden {@code iaf_psc_alpha} neurons; 0 connects inputs straight to outputs
 * @param groupSize      output neurons per action (discrete) or per half of an action dimension (continuous)
 * @param defaultAction  discrete: the action on a tie or silence
 * @param gain           continuous: action units per Hz of (rate₊ − rate₋)
 * @param resolutionMs   simulation step, ms
 * @param stepMs         simulated time per env step, ms
 * @param weightScalePa  pA per unit gene
 * @param weightBound    genes are clipped to [−bound, bound]
 * @param maxSteps       env steps per fitness episode at most; 0 = the task's registered limit (full episodes)
 * @param seeding        the fitness episodes' reset seeds
 */
public record ControllerConfig(String envId, InputEncoding encoding, int perDimension, double[] low, double[] high,
        double fieldWidth, double inputCurrentPa, int hiddenNeurons, int groupSize, int defaultAction, double gain,
        double resolutionMs, double stepMs, double weightScalePa, double weightBound, int maxSteps,
        EpisodeSeeding seeding) implements Serializable {

    /** Synaptic delay of every connection and refractory period of every neuron, ms (as MountainCar's). */
    public static final double DELAY_MS = 1.0;
    /** Default amplitude of an active input for bins (MountainCar's 40 nA). */
    public static final double BINS_CURRENT_PA = 40000.0;
    /** Default peak amplitude of a Gaussian field: ~330 Hz at the centre, silent beyond ~3σ (rheobase 375 pA). */
    public static final double GAUSSIAN_CURRENT_PA = 2000.0;
    /** The default gain gives the action bound at a 100 Hz rate difference. */
    public static final double FULL_ACTION_HZ = 100.0;

    public ControllerConfig {
        Registry.spec(envId); // refuses an unknown id with the list of known ones
        low = low.clone();
        high = high.clone();
        ObservationEncoder.checkRanges(low, high);
        Env probe = Registry.make(envId);
        if (low.length != probe.observationSpace().size()) {
            throw new IllegalArgumentException("ranges: " + low.length + " is not allowed; " + envId + " has "
                    + probe.observationSpace().size() + " observation dimensions");
        }
        new ObservationEncoder(encoding, perDimension, low, high, fieldWidth, inputCurrentPa); // checks N and width
        if (!Double.isFinite(inputCurrentPa)) {
            throw new IllegalArgumentException("input_current: " + inputCurrentPa + " is not allowed; must be finite (pA)");
        }
        if (hiddenNeurons < 0) {
            throw new IllegalArgumentException("hidden_neurons: " + hiddenNeurons + " is not allowed; must be >= 0");
        }
        if (groupSize < 1) {
            throw new IllegalArgumentException("group_size: " + groupSize + " is not allowed; must be >= 1");
        }
        if (probe.actionSpace() instanceof Discrete d && (defaultAction < 0 || defaultAction >= d.n())) {
            throw new IllegalArgumentException("default_action: " + defaultAction + " is not allowed; must be in 0.."
                    + (d.n() - 1) + " for " + envId);
        }
        if (!(gain > 0) || !Double.isFinite(gain)) {
            throw new IllegalArgumentException("gain: " + gain + " is not allowed; must be > 0");
        }
        if (!(resolutionMs > 0) || !isMultiple(DELAY_MS, resolutionMs)) {
            throw new IllegalArgumentException("resolution: " + resolutionMs
                    + " is not allowed; 1 ms (delay, t_ref) must be a whole number of steps, e.g. 0.1, 0.2, 0.5, 1");
        }
        if (!(stepMs > 0) || !Double.isFinite(stepMs) || !isMultiple(stepMs, resolutionMs)) {
            throw new IllegalArgumentException("step_ms: " + stepMs + " is not allowed; must be > 0 and a multiple of the"
                    + " resolution " + resolutionMs + " ms");
        }
        if (!Double.isFinite(weightScalePa)) {
            throw new IllegalArgumentException("weight_scale: " + weightScalePa + " is not allowed; must be finite (pA)");
        }
        if (!(weightBound > 0) || !Double.isFinite(weightBound)) {
            throw new IllegalArgumentException("weight_bound: " + weightBound + " is not allowed; must be > 0");
        }
        if (maxSteps < 0) {
            throw new IllegalArgumentException("steps: " + maxSteps + " is not allowed; must be >= 0 (0 = the task's limit)");
        }
        if (seeding == null) {
            throw new IllegalArgumentException("seeding: null is not allowed; must be generation, fixed or mean");
        }
    }

    /**
     * The defaults for task {@code envId}: 10 bins per dimension over {@link #defaultRanges}, 40 nA, 5 hidden neurons,
     * groups of 1, default action 1 for MountainCar-v0 ("no push", L2L's) and 0 otherwise, gain = bound / 100 Hz,
     * 0.2 ms, 20 ms per step, 100 pA per unit gene, genes in [−20, 20], full episodes, L2L's seeding (generation g plays reset(seed=g)).
     */
    public static ControllerConfig defaults(String envId) {
        double[][] r = defaultRanges(envId);
        Env env = Registry.make(envId);
        double gain = 1.0;
        if (env.actionSpace() instanceof Box b) {
            double bound = 0;
            for (int j = 0; j < b.size(); j++) {
                bound = Math.max(bound, Math.max(Math.abs(b.low(j)), Math.abs(b.high(j))));
            }
            gain = bound / FULL_ACTION_HZ;
        }
        int dflt = envId.equals("MountainCar-v0") ? 1 : 0;
        return new ControllerConfig(envId, InputEncoding.BINS, 10, r[0], r[1], 1.0, BINS_CURRENT_PA, 5, 1, dflt, gain,
                0.2, 20.0, 100.0, 20.0, 0, EpisodeSeeding.perGeneration());
    }

    /**
     * The encoded range of every observation dimension: the observation box where it is finite; for CartPole-v1
     * the termination bounds of x (±2.4) and θ (±0.2095 rad) — beyond them the episode is over — and ±2 for the
     * unbounded ẋ and θ̇ (a balancing controller rarely sees more; larger values are clamped).
     *
     * @return {lo[], hi[]}
     */
    public static double[][] defaultRanges(String envId) {
        if (envId.equals("CartPole-v1")) {
            double th = 12 * 2 * Math.PI / 360;
            return new double[][] {{-2.4, -2.0, -th, -2.0}, {2.4, 2.0, th, 2.0}};
        }
        Box box = Registry.make(envId).observationSpace();
        double[][] r = new double[2][box.size()];
        for (int d = 0; d < box.size(); d++) {
            if (!Float.isFinite(box.low(d)) || !Float.isFinite(box.high(d))) {
                throw new IllegalArgumentException("ranges: " + envId + " dimension " + d
                        + " is unbounded, so it has no default range; give ranges = [[lo, hi], ...] for every dimension");
            }
            r[0][d] = box.low(d);
            r[1][d] = box.high(d);
        }
        return r;
    }

    /** @return the task's action space */
    public Space actionSpace() {
        return Registry.make(envId).actionSpace();
    }

    /** @return whether actions are discrete */
    public boolean discrete() {
        return actionSpace() instanceof Discrete;
    }

    /** @return output groups: one per discrete action, two per continuous action dimension */
    public int outputGroups() {
        Space s = actionSpace();
        return s instanceof Discrete d ? d.n() : 2 * ((Box) s).size();
    }

    /** @return input neurons */
    public int inputs() {
        return low.length * perDimension;
    }

    /** @return output neurons */
    public int outputs() {
        return outputGroups() * groupSize;
    }

    /**
     * The genome length: input→hidden (H × inputs) then hidden→output (outputs × H), or input→output
     * (outputs × inputs) without a hidden layer; every matrix row-major with the target as row, as NEST's
     * {@code (n_target, n_source)} weights.
     */
    public int genes() {
        return hiddenNeurons == 0 ? outputs() * inputs() : hiddenNeurons * inputs() + outputs() * hiddenNeurons;
    }

    /** @return the episode step limit in force: {@link #maxSteps} or the task's registered limit */
    public int episodeSteps() {
        return maxSteps == 0 ? Registry.spec(envId).maxEpisodeSteps() : maxSteps;
    }

    /** @return the encoder these settings describe */
    public ObservationEncoder encoder() {
        return new ObservationEncoder(encoding, perDimension, low, high, fieldWidth, inputCurrentPa);
    }

    @Override
    public double[] low() {
        return low.clone();
    }

    @Override
    public double[] high() {
        return high.clone();
    }

    public ControllerConfig withEncoding(InputEncoding e, int n, double width, double currentPa) {
        return new ControllerConfig(envId, e, n, low, high, width, currentPa, hiddenNeurons, groupSize, defaultAction,
                gain, resolutionMs, stepMs, weightScalePa, weightBound, maxSteps, seeding);
    }

    public ControllerConfig withRanges(double[] lo, double[] hi) {
        return new ControllerConfig(envId, encoding, perDimension, lo, hi, fieldWidth, inputCurrentPa, hiddenNeurons,
                groupSize, defaultAction, gain, resolutionMs, stepMs, weightScalePa, weightBound, maxSteps, seeding);
    }

    public ControllerConfig withNetwork(int hidden, int group) {
        return new ControllerConfig(envId, encoding, perDimension, low, high, fieldWidth, inputCurrentPa, hidden, group,
                defaultAction, gain, resolutionMs, stepMs, weightScalePa, weightBound, maxSteps, seeding);
    }

    public ControllerConfig withTiming(double resolution, double step) {
        return new ControllerConfig(envId, encoding, perDimension, low, high, fieldWidth, inputCurrentPa, hiddenNeurons,
                groupSize, defaultAction, gain, resolution, step, weightScalePa, weightBound, maxSteps, seeding);
    }

    public ControllerConfig withEpisodes(int steps, EpisodeSeeding s) {
        return new ControllerConfig(envId, encoding, perDimension, low, high, fieldWidth, inputCurrentPa, hiddenNeurons,
                groupSize, defaultAction, gain, resolutionMs, stepMs, weightScalePa, weightBound, steps, s);
    }

    public ControllerConfig withDecoding(int dflt, double g) {
        return new ControllerConfig(envId, encoding, perDimension, low, high, fieldWidth, inputCurrentPa, hiddenNeurons,
                groupSize, dflt, g, resolutionMs, stepMs, weightScalePa, weightBound, maxSteps, seeding);
    }

    public ControllerConfig withWeights(double scalePa, double bound) {
        return new ControllerConfig(envId, encoding, perDimension, low, high, fieldWidth, inputCurrentPa, hiddenNeurons,
                groupSize, defaultAction, gain, resolutionMs, stepMs, scalePa, bound, maxSteps, seeding);
    }

    private static boolean isMultiple(double ms, double h) {
        double q = ms / h;
        return Double.isFinite(q) && Math.abs(q - Math.rint(q)) <= 1e-9 * Math.max(1.0, q) && Math.rint(q) >= 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ControllerConfig c && toString().equals(c.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "ControllerConfig[" + envId + ", " + encoding.configName() + " " + perDimension + ", ranges "
                + Arrays.toString(low) + " " + Arrays.toString(high) + ", width " + fieldWidth + ", " + inputCurrentPa
                + " pA, hidden " + hiddenNeurons + ", group " + groupSize + ", default " + defaultAction + ", gain " + gain
                + ", " + resolutionMs + "/" + stepMs + " ms, " + weightScalePa + " pA × ±" + weightBound + ", steps "
                + maxSteps + ", " + seeding + "]";
    }
}
