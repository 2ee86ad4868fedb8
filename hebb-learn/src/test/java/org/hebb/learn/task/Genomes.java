package org.hebb.learn.task;

import org.hebb.gym.Env;
import org.hebb.gym.MountainCarV0;
import org.hebb.gym.StepResult;

/** Hand-made genomes and the independent reference policy the tests compare against. */
final class Genomes {

    private Genomes() {
    }

    /**
     * "Push in the direction of velocity", hard-wired: velocity bins 0..14 (v &lt; 0) excite hidden 0, bins 15..29
     * (v &gt;= 0) excite hidden 1; hidden 0 excites "left" and inhibits "right", hidden 1 the reverse; all else 0.
     */
    static double[] velocityFollowing(int hidden) {
        double[] g = new double[63 * hidden];
        for (int i = 0; i < L2L.BINS; i++) {
            g[L2L.velocityToHidden(i < 15 ? 0 : 1, i)] = 20.0;
        }
        g[L2L.hiddenToOutput(hidden, L2L.LEFT, 0)] = 20.0;
        g[L2L.hiddenToOutput(hidden, L2L.RIGHT, 0)] = -20.0;
        g[L2L.hiddenToOutput(hidden, L2L.RIGHT, 1)] = 20.0;
        g[L2L.hiddenToOutput(hidden, L2L.LEFT, 1)] = -20.0;
        return g;
    }

    /** The sign(velocity) policy on the float64 state: right when v &gt;= 0 (so from rest too), else left. */
    static int signPolicy(double velocity) {
        return velocity >= 0 ? L2L.RIGHT : L2L.LEFT;
    }

    /** Steps the sign policy needs to reach the goal from {@code reset(seed)} (Gymnasium's 200-step limit: -1 if not). */
    static int signPolicySteps(long seed) {
        Env env = new MountainCarV0();
        env.reset(seed);
        for (int t = 1; ; t++) {
            StepResult r = env.step(signPolicy(env.state()[1]));
            if (r.terminated()) {
                return t;
            }
            if (r.truncated()) {
                return -1;
            }
        }
    }
}
