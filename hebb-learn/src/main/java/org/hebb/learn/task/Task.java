package org.hebb.learn.task;

import java.io.Serializable;
import java.util.Arrays;
import java.util.OptionalDouble;

import org.hebb.gym.Box;
import org.hebb.gym.Discrete;
import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.Space;

/**
 * One control task as hebb learns it: a Gymnasium env id, how observations become input currents (encoder), the
 * network shape, how output spikes become actions (decoder), how a fitness episode runs and is scored, and the
 * held-out test ({@link HeldOut}). Every consumer — the L2L optimizee, {@code hebb run}, {@code episode},
 * {@code evaluate}, {@code compare}, the report and the learning agents — reads a task from here, so a task is
 * described once.
 *
 * <p>Build one with {@link #defaults(String)} or the preset {@link #mountainCarL2L()} and change it with
 * {@link #toBuilder()}; {@link Builder#build()} checks everything and refuses bad values with one line naming the
 * field, the value and what is allowed.
 *
 * {@snippet :
 * Task cartPole = Task.defaults("CartPole-v1").toBuilder().hiddenNeurons(0).perDimension(6).build();
 * Task l2l = Task.mountainCarL2L();            // the report's network: 315 genes, 110 steps, max-position fitness
 * }
 */
public final class Task implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Synaptic delay of every connection and refractory period of every neuron, ms (L2L's MountainCar network's). */
    public static final double DELAY_MS = 1.0;
    /** Default amplitude of an active input for bins (MountainCar's 40 nA). */
    public static final double BINS_CURRENT_PA = 40000.0;
    /** Default peak amplitude of a Gaussian field: ~330 Hz at the centre, silent beyond ~3σ (rheobase 375 pA). */
    public static final double GAUSSIAN_CURRENT_PA = 2000.0;
    /** The default gain gives the action bound at a 100 Hz rate difference. */
    public static final double FULL_ACTION_HZ = 100.0;
    /** The position at which L2L's MountainCar episode stops (and Gymnasium terminates, with velocity &gt;= 0). */
    public static final double GOAL_POSITION = 0.5;

    /** What the controller is fed before each step. */
    public enum Input {
        /** the float32 observation widened to double (every task but the L2L preset) */
        OBSERVATION,
        /** the env's float64 internal state (the gym version L2L used returned float64 MountainCar states) */
        STATE
    }

    /** How an input layer connects to the next layer, which decides the genome layout. */
    public enum Layout {
        /** one all-to-all block from all inputs, weights row-major with the target as row */
        ONE_BLOCK,
        /** one all-to-all block per input dimension, in input order (L2L's velocity block, then position block) */
        PER_DIMENSION
    }

    /** A fitness episode's score. */
    public enum Score {
        /** the undiscounted return */
        RETURN,
        /** L2L's MountainCar fitness: the largest position after any step; the episode stops at position 0.5 */
        MAX_POSITION
    }

    private final String envId;
    private final InputEncoding encoding;
    private final int perDimension;
    private final double[] low;
    private final double[] high;
    private final double fieldWidth;
    private final double inputCurrentPa;
    private final int[] inputOrder;
    private final Input input;
    private final int hiddenNeurons;
    private final Layout layout;
    private final int groupSize;
    private final int defaultAction;
    private final double gain;
    private final double resolutionMs;
    private final double stepMs;
    private final double weightScalePa;
    private final double weightBound;
    private final int maxSteps;
    private final EpisodeSeeding seeding;
    private final Score score;
    private final String preset;
    // derived, from the registry
    private transient Space actionSpace;
    private final int observationDims;

    private Task(Builder b) {
        Registry.spec(b.envId); // refuses an unknown id with the list of known ones
        Env probe = Registry.make(b.envId);
        this.envId = b.envId;
        this.observationDims = probe.observationSpace().size();
        this.low = b.low.clone();
        this.high = b.high.clone();
        ObservationEncoder.checkRanges(low, high);
        if (low.length != observationDims) {
            throw new IllegalArgumentException("ranges: " + low.length + " is not allowed; " + envId + " has "
                    + observationDims + " observation dimensions");
        }
        this.inputOrder = b.inputOrder == null ? ObservationEncoder.identity(observationDims) : b.inputOrder.clone();
        this.encoding = b.encoding;
        this.perDimension = b.perDimension;
        this.fieldWidth = b.fieldWidth;
        this.inputCurrentPa = b.inputCurrentPa == null
                ? (encoding == InputEncoding.BINS ? BINS_CURRENT_PA : GAUSSIAN_CURRENT_PA) : b.inputCurrentPa;
        encoder(); // checks N, width and the order
        if (!Double.isFinite(inputCurrentPa)) {
            throw new IllegalArgumentException("input_current: " + inputCurrentPa + " is not allowed; must be finite (pA)");
        }
        this.input = b.input;
        this.hiddenNeurons = b.hiddenNeurons;
        if (hiddenNeurons < 0) {
            throw new IllegalArgumentException("hidden_neurons: " + hiddenNeurons + " is not allowed; must be >= 0");
        }
        this.layout = b.layout;
        this.groupSize = b.groupSize;
        if (groupSize < 1) {
            throw new IllegalArgumentException("group_size: " + groupSize + " is not allowed; must be >= 1");
        }
        this.actionSpace = probe.actionSpace();
        this.defaultAction = b.defaultAction >= 0 ? b.defaultAction : defaultDefaultAction(envId);
        if (actionSpace instanceof Discrete d && defaultAction >= d.n()) {
            throw new IllegalArgumentException("default_action: " + defaultAction + " is not allowed; must be in 0.."
                    + (d.n() - 1) + " for " + envId);
        }
        this.gain = b.gain == null ? defaultGain(actionSpace) : b.gain;
        if (!(gain > 0) || !Double.isFinite(gain)) {
            throw new IllegalArgumentException("gain: " + gain + " is not allowed; must be > 0");
        }
        this.resolutionMs = b.resolutionMs;
        if (!(resolutionMs > 0) || !isMultiple(DELAY_MS, resolutionMs)) {
            throw new IllegalArgumentException("resolution: " + resolutionMs
                    + " is not allowed; 1 ms (delay, t_ref) must be a whole number of steps, e.g. 0.1, 0.2, 0.5, 1");
        }
        this.stepMs = b.stepMs;
        if (!(stepMs > 0) || !Double.isFinite(stepMs) || !isMultiple(stepMs, resolutionMs)) {
            throw new IllegalArgumentException("step_ms: " + stepMs + " is not allowed; must be > 0 and a multiple of the"
                    + " resolution " + resolutionMs + " ms");
        }
        this.weightScalePa = b.weightScalePa;
        if (!Double.isFinite(weightScalePa)) {
            throw new IllegalArgumentException("weight_scale: " + weightScalePa + " is not allowed; must be finite (pA)");
        }
        this.weightBound = b.weightBound;
        if (!(weightBound > 0) || !Double.isFinite(weightBound)) {
            throw new IllegalArgumentException("weight_bound: " + weightBound + " is not allowed; must be > 0");
        }
        this.maxSteps = b.maxSteps;
        if (maxSteps < 0) {
            throw new IllegalArgumentException("steps: " + maxSteps + " is not allowed; must be >= 0 (0 = the task's limit)");
        }
        this.seeding = b.seeding;
        if (seeding == null) {
            throw new IllegalArgumentException("seeding: null is not allowed; must be generation, fixed or mean");
        }
        this.score = b.score;
        if (score == Score.MAX_POSITION && !envId.startsWith("MountainCar")) {
            throw new IllegalArgumentException("score: max_position is not allowed for " + envId
                    + "; must be return (max_position is MountainCar's)");
        }
        this.preset = b.preset;
    }

    /**
     * The defaults for task {@code envId}: 10 bins per dimension over {@link #defaultRanges}, 40 nA, 5 hidden neurons,
     * groups of 1, default action 1 for MountainCar-v0 ("no push", L2L's) and 0 otherwise, gain = bound / 100 Hz,
     * 0.2 ms, 20 ms per step, 100 pA per unit gene, genes in [−20, 20], full episodes, L2L's seeding (generation g
     * plays reset(seed=g)), the return as score.
     */
    public static Task defaults(String envId) {
        return builder(envId).build();
    }

    /** A builder with {@link #defaults(String)}'s values (the ranges are checked when it builds). */
    public static Builder builder(String envId) {
        Registry.spec(envId);
        Builder b = new Builder();
        b.envId = envId;
        double[][] r = defaultRanges(envId);
        b.low = r[0];
        b.high = r[1];
        return b;
    }

    /** A builder for a task whose observation box is unbounded, so it has no default ranges: the given ones. */
    public static Builder builderWithRanges(String envId, double[] lo, double[] hi) {
        Registry.spec(envId);
        Builder b = new Builder();
        b.envId = envId;
        b.low = lo.clone();
        b.high = hi.clone();
        return b;
    }

    /**
     * L2L's MountainCar network, the report's §3.3 setup, as a preset of the task layer: 30 velocity bins over
     * [−0.07, 0.07] then 30 position bins over [−1.2, 0.6] (velocity first, one weight block each), 40 nA on the
     * active bin, 5 hidden and 3 output neurons, 0.2 ms, 20 ms per step, 100 pA per unit gene in [−20, 20],
     * 110-step fitness episodes fed the float64 state, scored by the largest position reached, seeds per generation.
     */
    public static Task mountainCarL2L() {
        return mountainCarL2LBuilder().build();
    }

    /** A builder holding {@link #mountainCarL2L()}'s values. */
    public static Builder mountainCarL2LBuilder() {
        Builder b = builder("MountainCar-v0");
        b.perDimension = 30;
        b.low = new double[] {-1.2, -0.07}; // L2L's ranges as float64 literals, not the float32 observation box
        b.high = new double[] {0.6, 0.07};
        b.inputOrder = new int[] {1, 0};
        b.input = Input.STATE;
        b.layout = Layout.PER_DIMENSION;
        b.maxSteps = 110;
        b.score = Score.MAX_POSITION;
        b.preset = "mountain-car";
        return b;
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

    private static int defaultDefaultAction(String envId) {
        return envId.equals("MountainCar-v0") ? 1 : 0;
    }

    private static double defaultGain(Space s) {
        if (s instanceof Box b) {
            double bound = 0;
            for (int j = 0; j < b.size(); j++) {
                bound = Math.max(bound, Math.max(Math.abs(b.low(j)), Math.abs(b.high(j))));
            }
            return bound / FULL_ACTION_HZ;
        }
        return 1.0;
    }

    private static boolean isMultiple(double ms, double h) {
        double q = ms / h;
        return Double.isFinite(q) && Math.abs(q - Math.rint(q)) <= 1e-9 * Math.max(1.0, q) && Math.rint(q) >= 1;
    }

    /** @return a builder holding this task's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.envId = envId;
        b.encoding = encoding;
        b.perDimension = perDimension;
        b.low = low.clone();
        b.high = high.clone();
        b.fieldWidth = fieldWidth;
        b.inputCurrentPa = inputCurrentPa;
        b.inputOrder = inputOrder.clone();
        b.input = input;
        b.hiddenNeurons = hiddenNeurons;
        b.layout = layout;
        b.groupSize = groupSize;
        b.defaultAction = defaultAction;
        b.gain = gain;
        b.resolutionMs = resolutionMs;
        b.stepMs = stepMs;
        b.weightScalePa = weightScalePa;
        b.weightBound = weightBound;
        b.maxSteps = maxSteps;
        b.seeding = seeding;
        b.score = score;
        b.preset = preset;
        return b;
    }

    // ---- the shape ----

    /** @return the task's action space */
    public Space actionSpace() {
        if (actionSpace == null) { // transient: rebuilt after deserialization
            actionSpace = Registry.make(envId).actionSpace();
        }
        return actionSpace;
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

    /** @return observation dimensions */
    public int observationDims() {
        return observationDims;
    }

    /** @return input neurons */
    public int inputs() {
        return observationDims * perDimension;
    }

    /** @return output neurons */
    public int outputs() {
        return outputGroups() * groupSize;
    }

    /**
     * The genome length. The weights of each connection block are row-major with the target as row, as NEST's
     * {@code (n_target, n_source)} weight matrices: input→hidden (one H × inputs block, or with
     * {@link Layout#PER_DIMENSION} one H × N block per input dimension in input order), then hidden→output
     * (outputs × H); without a hidden layer input→output in the same way.
     */
    public int genes() {
        int next = hiddenNeurons == 0 ? outputs() : hiddenNeurons;
        return next * inputs() + (hiddenNeurons == 0 ? 0 : outputs() * hiddenNeurons);
    }

    /** @return the step limit of a fitness episode: {@link #maxSteps} or the task's registered limit */
    public int episodeSteps() {
        return maxSteps == 0 ? Registry.spec(envId).maxEpisodeSteps() : maxSteps;
    }

    /** @return the task's registered time limit */
    public int registeredSteps() {
        return Registry.spec(envId).maxEpisodeSteps();
    }

    /** @return the task's registered reward threshold, if it has one */
    public OptionalDouble rewardThreshold() {
        return Registry.spec(envId).rewardThreshold();
    }

    /** @return the encoder these settings describe */
    public ObservationEncoder encoder() {
        return new ObservationEncoder(encoding, perDimension, low, high, fieldWidth, inputCurrentPa, inputOrder);
    }

    /** Refuses a genome of the wrong length or with a non-finite gene, naming both lengths. */
    public void checkGenome(double[] genome) {
        if (genome.length != genes()) {
            throw new IllegalArgumentException("genome: " + genome.length + " genes is not allowed; must be " + genes()
                    + " for " + describeShape());
        }
        for (int i = 0; i < genome.length; i++) {
            if (!Double.isFinite(genome[i])) {
                throw new IllegalArgumentException("genome[" + i + "]: " + genome[i] + " is not allowed; must be finite");
            }
        }
    }

    /** @return e.g. {@code "CartPole-v1's 40-5-2 network"} */
    public String describeShape() {
        return envId + "'s " + inputs() + "-" + (hiddenNeurons == 0 ? "" : hiddenNeurons + "-") + outputs() + " network";
    }

    // ---- accessors ----

    public String envId() {
        return envId;
    }

    public InputEncoding encoding() {
        return encoding;
    }

    public int perDimension() {
        return perDimension;
    }

    public double[] low() {
        return low.clone();
    }

    public double[] high() {
        return high.clone();
    }

    public double fieldWidth() {
        return fieldWidth;
    }

    public double inputCurrentPa() {
        return inputCurrentPa;
    }

    /** @return the observation dimension of each input block */
    public int[] inputOrder() {
        return inputOrder.clone();
    }

    public Input input() {
        return input;
    }

    public int hiddenNeurons() {
        return hiddenNeurons;
    }

    public Layout layout() {
        return layout;
    }

    public int groupSize() {
        return groupSize;
    }

    public int defaultAction() {
        return defaultAction;
    }

    public double gain() {
        return gain;
    }

    public double resolutionMs() {
        return resolutionMs;
    }

    public double stepMs() {
        return stepMs;
    }

    public double weightScalePa() {
        return weightScalePa;
    }

    public double weightBound() {
        return weightBound;
    }

    /** @return env steps per fitness episode at most; 0 = the task's registered limit */
    public int maxSteps() {
        return maxSteps;
    }

    public EpisodeSeeding seeding() {
        return seeding;
    }

    public Score score() {
        return score;
    }

    /** @return the preset this task was built from ({@code "mountain-car"}), or null */
    public String preset() {
        return preset;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Task t && toString().equals(t.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "Task[" + envId + (preset == null ? "" : " (" + preset + ")") + ", " + encoding.configName() + " "
                + perDimension + ", ranges " + Arrays.toString(low) + " " + Arrays.toString(high) + ", order "
                + Arrays.toString(inputOrder) + ", " + input + ", width " + fieldWidth + ", " + inputCurrentPa
                + " pA, hidden " + hiddenNeurons + " " + layout + ", group " + groupSize + ", default " + defaultAction
                + ", gain " + gain + ", " + resolutionMs + "/" + stepMs + " ms, " + weightScalePa + " pA × ±"
                + weightBound + ", steps " + maxSteps + ", " + seeding + ", " + score + "]";
    }

    /** Named setters for a {@link Task}; {@link #build()} checks the whole. */
    public static final class Builder {
        private String envId;
        private InputEncoding encoding = InputEncoding.BINS;
        private int perDimension = 10;
        private double[] low;
        private double[] high;
        private double fieldWidth = 1.0;
        private Double inputCurrentPa; // null: the encoding's default
        private int[] inputOrder;
        private Input input = Input.OBSERVATION;
        private int hiddenNeurons = 5;
        private Layout layout = Layout.ONE_BLOCK;
        private int groupSize = 1;
        private int defaultAction = -1; // -1: the task's default
        private Double gain; // null: bound / 100 Hz
        private double resolutionMs = 0.2;
        private double stepMs = 20.0;
        private double weightScalePa = 100.0;
        private double weightBound = 20.0;
        private int maxSteps;
        private EpisodeSeeding seeding = EpisodeSeeding.perGeneration();
        private Score score = Score.RETURN;
        private String preset;

        private Builder() {
        }

        /** Bins or Gaussian fields, with N neurons per dimension, σ in centre spacings and the active amplitude (pA). */
        public Builder encoding(InputEncoding e) {
            boolean defaultCurrent = inputCurrentPa == null || inputCurrentPa == currentFor(encoding);
            encoding = e;
            if (defaultCurrent) {
                inputCurrentPa = null;
            }
            return this;
        }

        private static double currentFor(InputEncoding e) {
            return e == InputEncoding.BINS ? BINS_CURRENT_PA : GAUSSIAN_CURRENT_PA;
        }

        public Builder perDimension(int n) {
            perDimension = n;
            return this;
        }

        public Builder ranges(double[] lo, double[] hi) {
            low = lo.clone();
            high = hi.clone();
            return this;
        }

        public Builder fieldWidth(double w) {
            fieldWidth = w;
            return this;
        }

        public Builder inputCurrentPa(double pA) {
            inputCurrentPa = pA;
            return this;
        }

        public Builder inputOrder(int... order) {
            inputOrder = order.clone();
            return this;
        }

        public Builder input(Input i) {
            input = i;
            return this;
        }

        public Builder hiddenNeurons(int h) {
            hiddenNeurons = h;
            return this;
        }

        public Builder layout(Layout l) {
            layout = l;
            return this;
        }

        public Builder groupSize(int g) {
            groupSize = g;
            return this;
        }

        public Builder defaultAction(int a) {
            if (a < 0) {
                throw new IllegalArgumentException("default_action: " + a + " is not allowed; must be >= 0");
            }
            defaultAction = a;
            return this;
        }

        public Builder gain(double g) {
            gain = g;
            return this;
        }

        public Builder resolutionMs(double h) {
            resolutionMs = h;
            return this;
        }

        public Builder stepMs(double ms) {
            stepMs = ms;
            return this;
        }

        public Builder weightScalePa(double pA) {
            weightScalePa = pA;
            return this;
        }

        public Builder weightBound(double b) {
            weightBound = b;
            return this;
        }

        /** Env steps per fitness episode at most; 0 = the task's registered limit. */
        public Builder maxSteps(int n) {
            maxSteps = n;
            return this;
        }

        public Builder seeding(EpisodeSeeding s) {
            seeding = s;
            return this;
        }

        public Builder score(Score s) {
            score = s;
            return this;
        }

        /** @return the task, checked */
        public Task build() {
            return new Task(this);
        }
    }
}
