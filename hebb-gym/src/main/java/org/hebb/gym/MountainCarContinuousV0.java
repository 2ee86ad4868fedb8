package org.hebb.gym;

import java.util.OptionalDouble;

import org.hebb.gym.rng.Generator;

/**
 * Gymnasium's {@code MountainCarContinuous-v0} (gymnasium/envs/classic_control/continuous_mountain_car.py,
 * Gymnasium 1.4.0): the mountain car with a force in [-1, 1] (clipped), goal at 0.45, reward 100 on reaching it
 * minus 0.1·action² (of the <em>unclipped</em> action) every step; truncated after 999 steps.
 *
 * <p>Precision follows numpy ≥ 2 (NEP 50) exactly: the state is float64 after reset and float32 after every step;
 * an operation between a float32 value and a Python float is done in float32 (the Python float first rounded to
 * float32), comparisons included; a clipped force, speed or position becomes a Python float (float64). The fields
 * below hold values with a flag saying whether they are float32 at the moment.
 */
public final class MountainCarContinuousV0 extends ClassicControlEnv {

    /** The registry entry. */
    public static final EnvSpec SPEC = new EnvSpec("MountainCarContinuous-v0",
            "gymnasium.envs.classic_control.continuous_mountain_car:Continuous_MountainCarEnv", 999,
            OptionalDouble.of(90.0));

    private static final double MIN_ACTION = -1.0;
    private static final double MAX_ACTION = 1.0;
    private static final double MIN_POSITION = -1.2;
    private static final double MAX_POSITION = 0.6;
    private static final double MAX_SPEED = 0.07;
    private static final double GOAL_POSITION = 0.45;
    private static final double POWER = 0.0015;

    private double position;
    private double velocity;
    /** False right after reset (state float64), true after any step (state stored as float32). */
    private boolean stateIsFloat32;

    /** A fresh task; call {@link #reset(long)} before stepping. */
    public MountainCarContinuousV0() {
        super(SPEC, Box.of(new float[] {(float) MIN_POSITION, (float) -MAX_SPEED},
                new float[] {(float) MAX_POSITION, (float) MAX_SPEED}), Box.of(new float[] {-1f}, new float[] {1f}));
    }

    @Override
    void resetState(Generator rng) {
        position = rng.uniform(-0.6, -0.4);
        velocity = 0;
        stateIsFloat32 = false;
    }

    @Override
    void advance(float[] action) {
        float a = action[0];
        boolean f32 = stateIsFloat32;
        double p = position;
        double v = velocity;
        boolean pIsF32 = f32;
        boolean vIsF32 = f32;

        // 0.0025 * math.cos(3 * position): 3 * np.float32 stays float32; math.cos returns a Python float
        double gravityTerm = 0.0025 * Math.cos(f32 ? (double) (3f * (float) p) : 3 * p);
        // force = min(max(action[0], -1.0), 1.0): a clipped force is the Python float bound, else the np.float32
        double dv;
        if ((float) MIN_ACTION > a) {
            dv = MIN_ACTION * POWER - gravityTerm;
        } else if ((float) MAX_ACTION < a) {
            dv = MAX_ACTION * POWER - gravityTerm;
        } else {
            // np.float32 * 0.0015 and - gravityTerm in float32 (NEP 50: the Python float is cast to float32)
            dv = (a * (float) POWER) - (float) gravityTerm;
        }
        // velocity += ...: float32 when velocity is np.float32 (dv rounded to float32 first), else float64
        if (vIsF32) {
            v = (float) v + (float) dv;
        } else {
            v = v + dv;
        }
        if (greater(v, vIsF32, MAX_SPEED)) {
            v = MAX_SPEED;
            vIsF32 = false;
        }
        if (greater(-MAX_SPEED, v, vIsF32)) {
            v = -MAX_SPEED;
            vIsF32 = false;
        }
        // position += velocity
        if (pIsF32) {
            p = (float) p + (float) v;
        } else {
            p = p + v;
        }
        if (greater(p, pIsF32, MAX_POSITION)) {
            p = MAX_POSITION;
            pIsF32 = false;
        }
        if (greater(MIN_POSITION, p, pIsF32)) {
            p = MIN_POSITION;
            pIsF32 = false;
        }
        if (equal(p, pIsF32, MIN_POSITION) && v < 0) {
            v = 0;
        }
        terminated = atLeast(p, pIsF32, GOAL_POSITION) && v >= 0;
        // reward = 100 if terminated; reward -= math.pow(action[0], 2) * 0.1 (exact square of a float32 in float64)
        double r = terminated ? 100.0 : 0;
        r -= ((double) a * (double) a) * 0.1;
        reward = r;
        // self.state = np.array([position, velocity], dtype=np.float32)
        position = (float) p;
        velocity = (float) v;
        stateIsFloat32 = true;
    }

    /** {@code x > pyFloat} where x may be an np.float32 (then compared in float32, NEP 50). */
    private static boolean greater(double x, boolean xIsF32, double pyFloat) {
        return xIsF32 ? (float) x > (float) pyFloat : x > pyFloat;
    }

    /** {@code pyFloat > x} where x may be an np.float32. */
    private static boolean greater(double pyFloat, double x, boolean xIsF32) {
        return xIsF32 ? (float) pyFloat > (float) x : pyFloat > x;
    }

    private static boolean atLeast(double x, boolean xIsF32, double pyFloat) {
        return xIsF32 ? (float) x >= (float) pyFloat : x >= pyFloat;
    }

    private static boolean equal(double x, boolean xIsF32, double pyFloat) {
        return xIsF32 ? (float) x == (float) pyFloat : x == pyFloat;
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
        stateIsFloat32 = dtype == DType.FLOAT32;
    }

    @Override
    int stateSize() {
        return 2;
    }

    @Override
    public DType stateDtype() {
        return stateIsFloat32 ? DType.FLOAT32 : DType.FLOAT64;
    }
}
