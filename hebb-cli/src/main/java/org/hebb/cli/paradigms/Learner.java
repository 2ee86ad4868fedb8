package org.hebb.cli.paradigms;

/**
 * One agent trained on a budget of episodes and put to the standard held-out test at fixed checkpoints
 * ({@link ParadigmRun}). Evolution, gradient and plasticity agents differ only in how an episode of the budget is
 * spent: one individual's fitness episode, one training episode of a DQN/PPO agent, one episode of online learning.
 */
interface Learner {

    /**
     * Trains until {@code episodes} budget episodes have been spent (evolution: at most that many, an individual's
     * episodes are never split; PPO: at least, a rollout of whole episodes is never split), writing each spent
     * episode's curve value into {@code curve[e − 1]} (indices past the curve's end are not written).
     *
     * @return the episodes spent so far
     */
    int advance(int episodes, double[] curve) throws Exception;

    /** The standard held-out test (100 episodes, reset(seed=10000..10099)) of the agent as it is now. */
    Tested test() throws Exception;

    /** Dense multiply-accumulates of one decision: every synapse at every time step of the decision. */
    long macsPerDecision();

    /**
     * A held-out test's result.
     *
     * @param meanReturn        the mean return over the 100 episodes
     * @param spikesPerDecision spikes of the network per env step (0 for an ANN)
     */
    record Tested(double meanReturn, double spikesPerDecision) {
    }

    /** Counts spikes and decisions during a test. */
    final class SpikeTally {
        private long spikes;
        private long decisions;

        void add(long s) {
            add(s, 1);
        }

        void add(long s, long d) {
            spikes += s;
            decisions += d;
        }

        Tested result(double meanReturn) {
            return new Tested(meanReturn, decisions == 0 ? 0.0 : spikes / (double) decisions);
        }
    }
}
