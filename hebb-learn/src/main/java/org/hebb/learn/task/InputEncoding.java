package org.hebb.learn.task;

/**
 * How one observation dimension drives its input population of {@code N} neurons (each with its own
 * {@code dc_generator}).
 */
public enum InputEncoding {
    /**
     * N equal-width bins over [lo, hi]; the value's bin gets the full amplitude, all others 0. Values outside the range
     * are clamped into the first or last bin (MountainCar's rule).
     */
    BINS,
    /**
     * N Gaussian receptive fields with centres evenly spaced from lo to hi (both included); neuron i gets
     * {@code amplitude·exp(−(x − cᵢ)²/(2σ²))}, σ = width × spacing. The value is clipped to [lo, hi] first, so beyond
     * the range the edge field keeps its full amplitude instead of every field fading out.
     */
    GAUSSIAN;

    /** The config name: {@code "bins"} or {@code "gaussian"}. */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The encoding with config name {@code name}, or a one-line error naming the choices. */
    public static InputEncoding of(String name) {
        for (InputEncoding e : values()) {
            if (e.configName().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("encoding: \"" + name + "\" is not allowed; must be \"bins\" or \"gaussian\"");
    }
}
