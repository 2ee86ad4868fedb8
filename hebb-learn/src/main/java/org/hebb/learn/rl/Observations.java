package org.hebb.learn.rl;

import org.hebb.gym.Box;

/**
 * Turns a float32 observation into the network's double input, divided by the observation space's bound where that
 * bound is finite and moderate (Acrobot's angular velocities ±4π, ±9π → ±1); unbounded entries (CartPole's
 * velocities) pass unscaled.
 */
public final class Observations {

    private final double[] scale;

    public Observations(Box space) {
        scale = new double[space.size()];
        for (int i = 0; i < scale.length; i++) {
            double h = Math.max(Math.abs(space.low(i)), Math.abs(space.high(i)));
            scale[i] = h > 0 && h < 1e6 ? 1.0 / h : 1.0;
        }
    }

    public int size() {
        return scale.length;
    }

    /** Writes the scaled observation into {@code out[offset …]}. */
    public void write(float[] obs, double[] out, int offset) {
        for (int i = 0; i < scale.length; i++) {
            out[offset + i] = obs[i] * scale[i];
        }
    }
}
