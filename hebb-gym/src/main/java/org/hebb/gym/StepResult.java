package org.hebb.gym;

import java.util.Map;

/**
 * What {@code step} returns, as Gymnasium's {@code (observation, reward, terminated, truncated, info)}.
 *
 * @param observation the float32 observation after the step (the caller owns the array)
 * @param reward      the reward of this step
 * @param terminated  the task reached a terminal state (goal or failure)
 * @param truncated   the time limit ended the episode ({@code elapsed_steps >= max_episode_steps})
 * @param info        extra information; empty for the classic-control tasks
 */
public record StepResult(float[] observation, double reward, boolean terminated, boolean truncated,
                         Map<String, Object> info) {

    /** True when the episode is over: terminated or truncated. */
    public boolean done() {
        return terminated || truncated;
    }
}
