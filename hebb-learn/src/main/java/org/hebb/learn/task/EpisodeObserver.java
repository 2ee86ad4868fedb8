package org.hebb.learn.task;

/**
 * Watches one episode of a {@link SpikingController} as {@link Episode} runs it: the report's episodes, the
 * {@code hebb episode} CSV and the animations are recorded through this hook, so nobody re-writes the episode loop.
 */
public interface EpisodeObserver {

    /** Called once after the env's reset and before the first step, with the fresh controller (add listeners here). */
    default void start(SpikingController controller, long seed) {
    }

    /**
     * One env step.
     *
     * @param step        1-based step number
     * @param input       what the controller was fed before the step (observation or state, see {@link Task.Input})
     * @param groupCounts the output groups' spikes in the step's window
     * @param action      the action taken (a discrete action as its index)
     * @param reward      the env's reward for the step
     */
    void step(int step, double[] input, int[] groupCounts, double[] action, double reward);
}
