package org.hebb.gym;

import java.util.OptionalDouble;

import org.hebb.gym.rng.Generator;

/**
 * Gymnasium's {@code CartPole-v1} (gymnasium/envs/classic_control/cartpole.py, Gymnasium 1.4.0; Barto, Sutton &amp;
 * Anderson 1983): push the cart left (0) or right (1) with 10 N; explicit Euler with τ = 0.02 s; reward 1 every step
 * including the terminating one; terminated when |x| &gt; 2.4 or |θ| &gt; 12°; truncated after 500 steps. State
 * {@code [x, ẋ, θ, θ̇]} in float64.
 */
public final class CartPoleV1 extends ClassicControlEnv {

    /** The registry entry. */
    public static final EnvSpec SPEC = new EnvSpec("CartPole-v1",
            "gymnasium.envs.classic_control.cartpole:CartPoleEnv", 500, OptionalDouble.of(475.0));

    private static final double GRAVITY = 9.8;
    private static final double MASS_CART = 1.0;
    private static final double MASS_POLE = 0.1;
    private static final double TOTAL_MASS = MASS_POLE + MASS_CART;
    private static final double LENGTH = 0.5; // half the pole's length
    private static final double POLEMASS_LENGTH = MASS_POLE * LENGTH;
    private static final double FORCE_MAG = 10.0;
    private static final double TAU = 0.02;
    private static final double THETA_THRESHOLD = 12 * 2 * Math.PI / 360;
    private static final double X_THRESHOLD = 2.4;

    private final double[] s = new double[4];

    /** A fresh task; call {@link #reset(long)} before stepping. */
    public CartPoleV1() {
        super(SPEC, Box.symmetric((float) (X_THRESHOLD * 2), Float.POSITIVE_INFINITY, (float) (THETA_THRESHOLD * 2),
                Float.POSITIVE_INFINITY), new Discrete(2));
    }

    @Override
    void resetState(Generator rng) {
        // reset: state = uniform(low=-0.05, high=0.05, size=(4,))
        rng.uniform(-0.05, 0.05, s);
    }

    @Override
    void advance(int action) {
        double x = s[0];
        double xDot = s[1];
        double theta = s[2];
        double thetaDot = s[3];
        double force = action == 1 ? FORCE_MAG : -FORCE_MAG;
        double cosTheta = Math.cos(theta);
        double sinTheta = Math.sin(theta);
        // Florian (2007), as cartpole.py: temp, thetaacc, xacc in this order of operations
        double temp = (force + POLEMASS_LENGTH * (thetaDot * thetaDot) * sinTheta) / TOTAL_MASS;
        double thetaAcc = (GRAVITY * sinTheta - cosTheta * temp)
                / (LENGTH * (4.0 / 3.0 - MASS_POLE * (cosTheta * cosTheta) / TOTAL_MASS));
        double xAcc = temp - POLEMASS_LENGTH * thetaAcc * cosTheta / TOTAL_MASS;
        // kinematics_integrator == "euler": positions advance with the old velocities
        x = x + TAU * xDot;
        xDot = xDot + TAU * xAcc;
        theta = theta + TAU * thetaDot;
        thetaDot = thetaDot + TAU * thetaAcc;
        s[0] = x;
        s[1] = xDot;
        s[2] = theta;
        s[3] = thetaDot;
        terminated = x < -X_THRESHOLD || x > X_THRESHOLD || theta < -THETA_THRESHOLD || theta > THETA_THRESHOLD;
        reward = 1.0;
    }

    @Override
    void observe(float[] out, int offset) {
        for (int i = 0; i < 4; i++) {
            out[offset + i] = (float) s[i];
        }
    }

    @Override
    void readState(double[] out) {
        System.arraycopy(s, 0, out, 0, 4);
    }

    @Override
    void loadState(double[] in, DType dtype) {
        System.arraycopy(in, 0, s, 0, 4);
    }

    @Override
    int stateSize() {
        return 4;
    }
}
