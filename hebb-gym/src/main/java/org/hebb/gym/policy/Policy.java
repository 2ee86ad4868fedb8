package org.hebb.gym.policy;

import org.hebb.gym.Discrete;
import org.hebb.gym.Env;
import org.hebb.gym.StepResult;

/**
 * A closed-loop controller: observation in, action out. The action is written as numbers: for a {@link Discrete}
 * action space one number, the index; for a box, its k elements.
 *
 * {@snippet :
 * Env env = Registry.make("MountainCar-v0");
 * Policy p = Policies.heuristic("MountainCar-v0");
 * Policies.Episode e = Policies.run(env, p, 0);   // seed 0: terminated after 122 steps, return -122.0
 * }
 */
@FunctionalInterface
public interface Policy {

    /** Writes the action for {@code observation} into {@code action} (length 1 for discrete spaces, else k). */
    void act(float[] observation, float[] action);

    /** Steps env with an action in this numeric form: the index for a discrete space, the vector for a box. */
    static StepResult step(Env env, float[] action) {
        if (env.actionSpace() instanceof Discrete) {
            return env.step((int) action[0]);
        }
        return env.step(action);
    }
}
