package org.hebb.sim.synapse;

/** A synapse model whose weight change is gated by a reward (third factor) delivered from Java code. */
public interface RewardModulated {

    /**
     * A reward acting from step {@code step} on.
     *
     * @param targets postsynaptic node ids whose incoming synapses get it; null for all
     * @param amount the reward, signed
     * @param step the step in which it acts
     */
    void reward(int[] targets, double amount, long step);
}
