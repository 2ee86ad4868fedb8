package org.hebb.learn.rl;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * DQN's experience replay (Mnih et al. 2015): a ring of the last {@code capacity} transitions
 * (s, a, r, s′, terminated) in flat arrays, sampled uniformly with replacement. A truncated episode end (time limit)
 * is stored as not terminated, so its target still bootstraps from s′.
 */
public final class ReplayBuffer {

    private final int capacity;
    private final int dim;
    private final double[] states;
    private final double[] nextStates;
    private final int[] actions;
    private final double[] rewards;
    private final boolean[] terminated;
    private int size;
    private int next;

    public ReplayBuffer(int capacity, int dim) {
        if (capacity < 1) {
            throw new IllegalArgumentException("buffer size: " + capacity + " is not allowed; must be >= 1");
        }
        this.capacity = capacity;
        this.dim = dim;
        states = new double[capacity * dim];
        nextStates = new double[capacity * dim];
        actions = new int[capacity];
        rewards = new double[capacity];
        terminated = new boolean[capacity];
    }

    public void add(double[] s, int a, double r, double[] s2, boolean term) {
        System.arraycopy(s, 0, states, next * dim, dim);
        System.arraycopy(s2, 0, nextStates, next * dim, dim);
        actions[next] = a;
        rewards[next] = r;
        terminated[next] = term;
        next = (next + 1) % capacity;
        size = Math.min(size + 1, capacity);
    }

    public int size() {
        return size;
    }

    /** Draws {@code batch} transitions into the given arrays (s and s′ as {@code batch × dim}). */
    public void sample(SplitMix64 rng, int batch, double[] s, int[] a, double[] r, double[] s2, boolean[] term) {
        for (int b = 0; b < batch; b++) {
            int k = rng.nextInt(size);
            System.arraycopy(states, k * dim, s, b * dim, dim);
            System.arraycopy(nextStates, k * dim, s2, b * dim, dim);
            a[b] = actions[k];
            r[b] = rewards[k];
            term[b] = terminated[k];
        }
    }

    public void writeState(DataOutput out) throws IOException {
        out.writeInt(size);
        out.writeInt(next);
        for (int k = 0; k < size; k++) {
            for (int i = 0; i < dim; i++) {
                out.writeDouble(states[k * dim + i]);
                out.writeDouble(nextStates[k * dim + i]);
            }
            out.writeInt(actions[k]);
            out.writeDouble(rewards[k]);
            out.writeBoolean(terminated[k]);
        }
    }

    public void readState(DataInput in) throws IOException {
        size = in.readInt();
        next = in.readInt();
        for (int k = 0; k < size; k++) {
            for (int i = 0; i < dim; i++) {
                states[k * dim + i] = in.readDouble();
                nextStates[k * dim + i] = in.readDouble();
            }
            actions[k] = in.readInt();
            rewards[k] = in.readDouble();
            terminated[k] = in.readBoolean();
        }
    }
}
