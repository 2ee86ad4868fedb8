package org.hebb.gym;

import java.util.OptionalDouble;

import org.hebb.gym.rng.Generator;

/**
 * Gymnasium's {@code Pendulum-v1} (gymnasium/envs/classic_control/pendulum.py, Gymnasium 1.4.0): swing a pendulum up
 * with a torque in [-2, 2] (clipped); reward {@code -(θ_n² + 0.1·θ̇² + 0.001·u²)} with θ_n the angle normalised to
 * [-π, π); never terminates, truncated after 200 steps. State {@code [θ, θ̇]} in float64; observation
 * {@code [cos θ, sin θ, θ̇]}.
 *
 * <p>numpy ≥ 2 precision: the clipped torque u stays np.float32, so {@code 3.0 * u} and {@code 0.001 * u**2} are
 * float32 operations.
 */
public final class PendulumV1 extends ClassicControlEnv {

    /** The registry entry (no reward threshold). */
    public static final EnvSpec SPEC = new EnvSpec("Pendulum-v1",
            "gymnasium.envs.classic_control.pendulum:PendulumEnv", 200, OptionalDouble.empty());

    private static final double MAX_SPEED = 8;
    private static final float MAX_TORQUE = 2.0f;
    private static final double DT = 0.05;
    private static final double G = 10.0;
    private static final double M = 1.0;
    private static final double L = 1.0;
    private static final double[] RESET_HIGH = {Math.PI, 1.0};
    private static final double[] RESET_LOW = {-Math.PI, -1.0};

    private final double[] s = new double[2];

    /** A fresh task; call {@link #reset(long)} before stepping. */
    public PendulumV1() {
        super(SPEC, Box.symmetric(1f, 1f, (float) MAX_SPEED),
                Box.of(new float[] {-MAX_TORQUE}, new float[] {MAX_TORQUE}));
    }

    @Override
    void resetState(Generator rng) {
        // reset: state = uniform(low=-[pi, 1], high=[pi, 1])
        rng.uniform(RESET_LOW, RESET_HIGH, s);
    }

    @Override
    void advance(float[] action) {
        double th = s[0];
        double thDot = s[1];
        // u = np.clip(u, -max_torque, max_torque)[0], still float32
        float u = Math.min(Math.max(action[0], -MAX_TORQUE), MAX_TORQUE);
        double an = angleNormalize(th);
        // costs = angle_normalize(th)**2 + 0.1 * thdot**2 + 0.001 * (u**2)   (last term in float32)
        double costs = an * an + 0.1 * (thDot * thDot) + (double) (0.001f * (u * u));
        // newthdot = thdot + (3 * g / (2 * l) * sin(th) + 3.0 / (m * l**2) * u) * dt
        double newThDot = thDot + (3 * G / (2 * L) * Math.sin(th) + (double) ((float) (3.0 / (M * L * L)) * u)) * DT;
        newThDot = Math.min(Math.max(newThDot, -MAX_SPEED), MAX_SPEED);
        double newTh = th + newThDot * DT;
        s[0] = newTh;
        s[1] = newThDot;
        reward = -costs;
        terminated = false;
    }

    /** angle_normalize: {@code ((x + π) mod 2π) - π} with numpy's floored remainder. */
    static double angleNormalize(double x) {
        return flooredRemainder(x + Math.PI, 2 * Math.PI) - Math.PI;
    }

    /** numpy's float64 {@code %} (npy_divmod): fmod, moved into the divisor's sign. */
    static double flooredRemainder(double a, double b) {
        double mod = a % b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    @Override
    void observe(float[] out, int offset) {
        out[offset] = (float) Math.cos(s[0]);
        out[offset + 1] = (float) Math.sin(s[0]);
        out[offset + 2] = (float) s[1];
    }

    @Override
    void readState(double[] out) {
        System.arraycopy(s, 0, out, 0, 2);
    }

    @Override
    void loadState(double[] in, DType dtype) {
        System.arraycopy(in, 0, s, 0, 2);
    }

    @Override
    int stateSize() {
        return 2;
    }
}
