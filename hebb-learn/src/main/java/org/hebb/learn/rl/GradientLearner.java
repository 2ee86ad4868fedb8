package org.hebb.learn.rl;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * An agent trained by gradient on one task: {@link #train()} runs one training unit (DQN: an episode; PPO: a rollout
 * of whole episodes) and returns its mean training return. Between units the agent is at an episode boundary, so
 * {@link #writeState}/{@link #readState} there resume the run exactly.
 */
public interface GradientLearner {

    /** One training unit; returns the mean undiscounted return of the episodes it played. */
    double train();

    /** Env steps taken in training so far. */
    long envSteps();

    /** Training episodes finished so far. */
    long episodes();

    /** The greedy action for a raw observation (the held-out test's policy). */
    int act(float[] observation);

    void writeState(DataOutput out) throws IOException;

    void readState(DataInput in) throws IOException;

    /** The index of the largest value (the first on a tie): the greedy action from Q-values or logits. */
    static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[best]) {
                best = k;
            }
        }
        return best;
    }
}
