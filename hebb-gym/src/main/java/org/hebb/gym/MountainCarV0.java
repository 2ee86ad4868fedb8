package org.hebb.gym;

import java.util.OptionalDouble;

import org.hebb.gym.rng.Generator;

/**
 * Gymnasium's {@code MountainCar-v0} (gymnasium/envs/classic_control/mountain_car.py, Gymnasium 1.4.0; Moore 1990):
 * a car in a valley pushed left (0), not at all (1) or right (2); reward -1 per step; terminated when the car reaches
 * position 0.5 with non-negative velocity; truncated after 200 steps. The state is float64 throughout and the
 * observation is its float32 cast, so controllers that bin the float64 state (as the report's agent does) can read
 * it with {@link #state()}.
 */
public final class MountainCarV0 extends ClassicControlEnv {

    /** The registry entry. */
    public static final EnvSpec SPEC = new EnvSpec("MountainCar-v0",
            "gymnasium.envs.classic_control.mountain_car:MountainCarEnv", 200, OptionalDouble.of(-110.0));

    static final double MIN_POSITION = -1.2;
    static final double MAX_POSITION = 0.6;
    static final double MAX_SPEED = 0.07;
    static final double GOAL_POSITION = 0.5;
    static final double GOAL_VELOCITY = 0;
    static final double FORCE = 0.001;
    static final double GRAVITY = 0.0025;

    private double position;
    private double velocity;

    /** A fresh task; call {@link #reset(long)} before stepping. */
    public MountainCarV0() {
        super(SPEC, Box.of(new float[] {(float) MIN_POSITION, (float) -MAX_SPEED},
                new float[] {(float) MAX_POSITION, (float) MAX_SPEED}), new Discrete(3));
    }

    @Override
    void resetState(Generator rng) {
        // reset: state = [uniform(low=-0.6, high=-0.4), 0]
        position = rng.uniform(-0.6, -0.4);
        velocity = 0;
    }

    @Override
    void advance(int action) {
        double p = position;
        double v = velocity;
        // step: velocity += (action - 1) * force + cos(3 * position) * (-gravity)
        v += (action - 1) * FORCE + Math.cos(3 * p) * (-GRAVITY);
        v = clip(v, -MAX_SPEED, MAX_SPEED);
        p += v;
        p = clip(p, MIN_POSITION, MAX_POSITION);
        // inelastic left wall
        if (p == MIN_POSITION && v < 0) {
            v = 0;
        }
        terminated = p >= GOAL_POSITION && v >= GOAL_VELOCITY;
        reward = -1.0;
        position = p;
        velocity = v;
    }

    /** np.clip for a scalar: maximum then minimum. */
    static double clip(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }

    @Override
    void observe(float[] out, int offset) {
        out[offset] = (float) position;
        out[offset + 1] = (float) velocity;
    }

    @Override
    void readState(double[] out) {
        out[0] = position;
        out[1] = velocity;
    }

    @Override
    void loadState(double[] in, DType dtype) {
        position = in[0];
        velocity = in[1];
    }

    @Override
    int stateSize() {
        return 2;
    }
}
