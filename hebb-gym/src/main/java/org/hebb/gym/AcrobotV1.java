package org.hebb.gym;

import java.util.OptionalDouble;

import org.hebb.gym.rng.Generator;

/**
 * Gymnasium's {@code Acrobot-v1} (gymnasium/envs/classic_control/acrobot.py, Gymnasium 1.4.0; Sutton 1996, "book"
 * dynamics): a two-link pendulum with torque -1, 0, +1 (actions 0, 1, 2) on the middle joint; one RK4 step of
 * 0.2 s per action; reward -1 per step and 0 on the terminating step; terminated when the tip rises above
 * {@code -cos θ1 - cos(θ2 + θ1) > 1}; truncated after 500 steps. State {@code [θ1, θ2, θ̇1, θ̇2]}: float32 right after
 * reset, float64 after steps. Observation {@code [cos θ1, sin θ1, cos θ2, sin θ2, θ̇1, θ̇2]}.
 */
public final class AcrobotV1 extends ClassicControlEnv {

    /** The registry entry. */
    public static final EnvSpec SPEC = new EnvSpec("Acrobot-v1",
            "gymnasium.envs.classic_control.acrobot:AcrobotEnv", 500, OptionalDouble.of(-100.0));

    private static final double DT = 0.2;
    private static final double LINK_LENGTH_1 = 1.0;
    private static final double LINK_MASS_1 = 1.0;
    private static final double LINK_MASS_2 = 1.0;
    private static final double LINK_COM_POS_1 = 0.5;
    private static final double LINK_COM_POS_2 = 0.5;
    private static final double LINK_MOI = 1.0;
    private static final double MAX_VEL_1 = 4 * Math.PI;
    private static final double MAX_VEL_2 = 9 * Math.PI;
    private static final double[] AVAIL_TORQUE = {-1.0, 0.0, 1.0};
    private static final double G = 9.8;

    private final double[] s = new double[4];
    private boolean stateIsFloat32;
    // RK4 scratch (no allocation per step)
    private final double[] k1 = new double[4];
    private final double[] k2 = new double[4];
    private final double[] k3 = new double[4];
    private final double[] k4 = new double[4];
    private final double[] y = new double[4];

    /** A fresh task; call {@link #reset(long)} before stepping. */
    public AcrobotV1() {
        super(SPEC, Box.symmetric(1f, 1f, 1f, 1f, (float) MAX_VEL_1, (float) MAX_VEL_2), new Discrete(3));
    }

    @Override
    void resetState(Generator rng) {
        // reset: uniform(low=-0.1, high=0.1, size=(4,)).astype(np.float32)
        rng.uniform(-0.1, 0.1, s);
        for (int i = 0; i < 4; i++) {
            s[i] = (float) s[i];
        }
        stateIsFloat32 = true;
    }

    @Override
    void advance(int action) {
        double torque = AVAIL_TORQUE[action];
        // rk4(self._dsdt, s_augmented, [0, dt]): one step of the classic Runge-Kutta scheme
        double dt = DT - 0;
        double dt2 = dt / 2.0;
        dsdt(s, torque, k1);
        for (int i = 0; i < 4; i++) {
            y[i] = s[i] + dt2 * k1[i];
        }
        dsdt(y, torque, k2);
        for (int i = 0; i < 4; i++) {
            y[i] = s[i] + dt2 * k2[i];
        }
        dsdt(y, torque, k3);
        for (int i = 0; i < 4; i++) {
            y[i] = s[i] + dt * k3[i];
        }
        dsdt(y, torque, k4);
        double dt6 = dt / 6.0;
        for (int i = 0; i < 4; i++) {
            s[i] = s[i] + dt6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
        s[0] = wrap(s[0], -Math.PI, Math.PI);
        s[1] = wrap(s[1], -Math.PI, Math.PI);
        s[2] = bound(s[2], -MAX_VEL_1, MAX_VEL_1);
        s[3] = bound(s[3], -MAX_VEL_2, MAX_VEL_2);
        stateIsFloat32 = false;
        // _terminal: -cos(s[0]) - cos(s[1] + s[0]) > 1.0
        terminated = -Math.cos(s[0]) - Math.cos(s[1] + s[0]) > 1.0;
        reward = terminated ? 0.0 : -1.0;
    }

    /** _dsdt with book_or_nips == "book": derivatives of [θ1, θ2, θ̇1, θ̇2] under torque a, written to out. */
    private static void dsdt(double[] s, double a, double[] out) {
        double m1 = LINK_MASS_1;
        double m2 = LINK_MASS_2;
        double l1 = LINK_LENGTH_1;
        double lc1 = LINK_COM_POS_1;
        double lc2 = LINK_COM_POS_2;
        double i1 = LINK_MOI;
        double i2 = LINK_MOI;
        double theta1 = s[0];
        double theta2 = s[1];
        double dtheta1 = s[2];
        double dtheta2 = s[3];
        double cos2 = Math.cos(theta2);
        double sin2 = Math.sin(theta2);
        double d1 = m1 * (lc1 * lc1) + m2 * (l1 * l1 + lc2 * lc2 + 2 * l1 * lc2 * cos2) + i1 + i2;
        double d2 = m2 * (lc2 * lc2 + l1 * lc2 * cos2) + i2;
        double phi2 = m2 * lc2 * G * Math.cos(theta1 + theta2 - Math.PI / 2.0);
        double phi1 = -m2 * l1 * lc2 * (dtheta2 * dtheta2) * sin2
                - 2 * m2 * l1 * lc2 * dtheta2 * dtheta1 * sin2
                + (m1 * lc1 + m2 * l1) * G * Math.cos(theta1 - Math.PI / 2)
                + phi2;
        // the book's (and the Java implementation's) equation, not the NIPS paper's
        double ddtheta2 = (a + d2 / d1 * phi1 - m2 * l1 * lc2 * (dtheta1 * dtheta1) * sin2 - phi2)
                / (m2 * (lc2 * lc2) + i2 - (d2 * d2) / d1);
        double ddtheta1 = -(d2 * ddtheta2 + phi1) / d1;
        out[0] = dtheta1;
        out[1] = dtheta2;
        out[2] = ddtheta1;
        out[3] = ddtheta2;
    }

    /** acrobot.wrap: shift x by whole periods into [m, M]. */
    static double wrap(double x, double m, double mMax) {
        double diff = mMax - m;
        while (x > mMax) {
            x = x - diff;
        }
        while (x < m) {
            x = x + diff;
        }
        return x;
    }

    /** acrobot.bound: Python's min(max(x, m), M). */
    static double bound(double x, double m, double mMax) {
        double lo = m > x ? m : x;
        return mMax < lo ? mMax : lo;
    }

    @Override
    void observe(float[] out, int offset) {
        if (stateIsFloat32) {
            // right after reset the state is float32, so numpy evaluates cos/sin in float32
            for (int i = 0; i < 2; i++) {
                out[offset + 2 * i] = (float) Math.cos((float) s[i]);
                out[offset + 2 * i + 1] = (float) Math.sin((float) s[i]);
            }
        } else {
            for (int i = 0; i < 2; i++) {
                out[offset + 2 * i] = (float) Math.cos(s[i]);
                out[offset + 2 * i + 1] = (float) Math.sin(s[i]);
            }
        }
        out[offset + 4] = (float) s[2];
        out[offset + 5] = (float) s[3];
    }

    @Override
    void readState(double[] out) {
        System.arraycopy(s, 0, out, 0, 4);
    }

    @Override
    void loadState(double[] in, DType dtype) {
        System.arraycopy(in, 0, s, 0, 4);
        stateIsFloat32 = dtype == DType.FLOAT32;
    }

    @Override
    int stateSize() {
        return 4;
    }

    @Override
    public DType stateDtype() {
        return stateIsFloat32 ? DType.FLOAT32 : DType.FLOAT64;
    }
}
