package org.hebb.learn.mountaincar;

import java.io.Serializable;

/**
 * The MountainCar optimizee's settings, with L2L's values as defaults ({@link #DEFAULT}).
 *
 * @param hiddenNeurons  hidden {@code iaf_psc_alpha} neurons (5)
 * @param resolutionMs   simulation resolution h, ms (0.2); 1 ms (delays, t_ref) and the step time must be multiples
 * @param steps          env steps per fitness episode at most (110, the report's; L2L's code runs 109)
 * @param stepMs         simulated time per env step, ms (20)
 * @param inputCurrentPa {@code dc_generator} amplitude of the active bin, pA (40000)
 * @param weightScalePa  pA per unit gene (100)
 * @param seeding        which start states the fitness episodes use (L2L's: {@code reset(seed=generation)})
 */
public record MountainCarConfig(int hiddenNeurons, double resolutionMs, int steps, double stepMs,
                                double inputCurrentPa, double weightScalePa, EpisodeSeeding seeding)
        implements Serializable {

    /** L2L's settings (110 steps, the report's count). */
    public static final MountainCarConfig DEFAULT =
            new MountainCarConfig(5, 0.2, 110, 20.0, 40000.0, 100.0, EpisodeSeeding.perGeneration());

    /** Synaptic delay of every connection and refractory period of every neuron, ms. */
    public static final double DELAY_MS = 1.0;

    public MountainCarConfig {
        if (hiddenNeurons < 1) {
            throw new IllegalArgumentException("hidden_neurons: " + hiddenNeurons + " is not allowed; must be >= 1");
        }
        if (!(resolutionMs > 0) || !Double.isFinite(resolutionMs)) {
            throw new IllegalArgumentException("resolution: " + resolutionMs + " is not allowed; must be > 0 ms");
        }
        if (!isMultiple(DELAY_MS, resolutionMs)) {
            throw new IllegalArgumentException("resolution: " + resolutionMs
                    + " is not allowed; 1 ms (delay, t_ref) must be a whole number of steps, e.g. 0.1, 0.2, 0.5, 1");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps: " + steps + " is not allowed; must be >= 1");
        }
        if (!(stepMs > 0) || !Double.isFinite(stepMs) || !isMultiple(stepMs, resolutionMs)) {
            throw new IllegalArgumentException("step_ms: " + stepMs + " is not allowed; must be > 0 and a multiple of the resolution "
                    + resolutionMs + " ms");
        }
        if (!Double.isFinite(inputCurrentPa)) {
            throw new IllegalArgumentException("input_current: " + inputCurrentPa + " is not allowed; must be a finite number (pA)");
        }
        if (!Double.isFinite(weightScalePa)) {
            throw new IllegalArgumentException("weight_scale: " + weightScalePa + " is not allowed; must be a finite number (pA)");
        }
        if (seeding == null) {
            throw new IllegalArgumentException("seeding: null is not allowed; must be generation, fixed or mean");
        }
    }

    /** @return the number of genes ({@link MountainCarGenome#size}) */
    public int genes() {
        return MountainCarGenome.size(hiddenNeurons);
    }

    /** @return a copy with another resolution */
    public MountainCarConfig withResolution(double ms) {
        return new MountainCarConfig(hiddenNeurons, ms, steps, stepMs, inputCurrentPa, weightScalePa, seeding);
    }

    /** @return a copy with another seeding mode */
    public MountainCarConfig withSeeding(EpisodeSeeding s) {
        return new MountainCarConfig(hiddenNeurons, resolutionMs, steps, stepMs, inputCurrentPa, weightScalePa, s);
    }

    /** @return a copy with another number of steps per fitness episode */
    public MountainCarConfig withSteps(int n) {
        return new MountainCarConfig(hiddenNeurons, resolutionMs, n, stepMs, inputCurrentPa, weightScalePa, seeding);
    }

    /** @return a copy with another hidden-layer size */
    public MountainCarConfig withHiddenNeurons(int n) {
        return new MountainCarConfig(n, resolutionMs, steps, stepMs, inputCurrentPa, weightScalePa, seeding);
    }

    private static boolean isMultiple(double ms, double h) {
        double q = ms / h;
        return Math.abs(q - Math.rint(q)) <= 1e-9 * Math.max(1.0, q) && Math.rint(q) >= 1;
    }
}
