package org.hebb.learn.rl;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.hebb.gym.Env;
import org.hebb.gym.StepResult;
import org.hebb.learn.gradient.Adam;
import org.hebb.learn.gradient.Network;

/**
 * PPO-clip (Schulman et al. 2017, eq. 7) for discrete actions with separate policy (logits) and value networks, each
 * an MLP or a spiking net read from its read-out membrane. Advantages by GAE (Schulman et al. 2016, eq. 16),
 * normalised per minibatch; a time-limit truncation bootstraps from V(s_T).
 *
 * <p>A rollout is whole episodes (until at least {@code rolloutSteps} transitions), so {@link #writeState} between
 * rollouts is an episode boundary and resuming repeats the run exactly.
 */
public final class Ppo extends GradientAgent {

    private final PpoConfig config;
    private final Network policy;
    private final Network value;
    private final Adam policyAdam;
    private final Adam valueAdam;
    private double[] obs = new double[0];
    private int[] act = new int[0];
    private double[] logp = new double[0];
    private double[] adv = new double[0];
    private double[] ret = new double[0];
    private final double[] row; // one observation, reused in a rollout

    public Ppo(Env env, Network policy, Network value, PpoConfig config, long seed) {
        super(env, "PPO", seed);
        this.config = config;
        this.row = new double[dim];
        requireShape("policy network", policy, actions);
        requireShape("value network", value, 1);
        this.policy = policy;
        this.value = value;
        this.policyAdam = new Adam(policy.parameterCount(), config.learningRate(), config.maxGradNorm());
        this.valueAdam = new Adam(value.parameterCount(), config.learningRate(), config.maxGradNorm());
    }

    /** Collects one rollout of whole episodes and updates both networks; returns the episodes' mean return. */
    public double trainRollout() {
        return train();
    }

    /** The training unit: one rollout of whole episodes, then the update. */
    @Override
    void trainUnit() {
        int n = 0;
        int cap = config.rolloutSteps() + env.spec().maxEpisodeSteps();
        ensure(cap);
        double[] vals = new double[cap + 1];
        double[] rew = new double[cap];
        boolean[] last = new boolean[cap];
        double[] bootstrap = new double[cap];
        double[] p = new double[actions];
        while (n < config.rolloutSteps()) {
            float[] o = env.reset(resetSeed()).observation();
            int start = n;
            double epReturn = 0;
            StepResult step;
            do {
                observations.write(o, obs, n * dim);
                System.arraycopy(obs, n * dim, row, 0, dim);
                ClippedObjective.softmax(policy.forward(row, 1), 0, actions, p);
                double u = rng.nextDouble();
                int a = actions - 1; // inverse CDF of the categorical policy
                double c = 0;
                for (int k = 0; k < actions - 1; k++) {
                    c += p[k];
                    if (u < c) {
                        a = k;
                        break;
                    }
                }
                act[n] = a;
                logp[n] = Math.log(p[a]);
                vals[n] = value.forward(row, 1)[0];
                step = env.step(a);
                rew[n] = step.reward();
                epReturn += step.reward();
                last[n] = step.done();
                bootstrap[n] = 0.0;
                if (step.truncated() && !step.terminated()) {
                    observations.write(step.observation(), row, 0);
                    bootstrap[n] = value.forward(row, 1)[0];
                }
                o = step.observation();
                n++;
                envSteps++;
            } while (!step.done());
            endEpisode(epReturn, n - start);
        }
        // GAE backwards: δ_t = r_t + γ·V(s_{t+1}) − V(s_t), A_t = δ_t + γλ·A_{t+1} within an episode
        double next = 0;
        for (int t = n - 1; t >= 0; t--) {
            double vNext = last[t] ? bootstrap[t] : vals[t + 1];
            double delta = rew[t] + config.gamma() * vNext - vals[t];
            next = delta + (last[t] ? 0.0 : config.gamma() * config.lambda() * next);
            adv[t] = next;
            ret[t] = next + vals[t];
        }
        update(n);
    }

    private void update(int n) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        int mb = Math.min(config.minibatch(), n);
        double[] x = new double[mb * dim];
        double[] gPolicy = new double[mb * actions];
        double[] gValue = new double[mb];
        double[] p = new double[actions];
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            for (int k = n - 1; k > 0; k--) { // Fisher–Yates with the agent's stream
                int j = rng.nextInt(k + 1);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
            }
            for (int start = 0; start + mb <= n; start += mb) {
                double mean = 0;
                double sq = 0;
                for (int b = 0; b < mb; b++) {
                    int t = order[start + b];
                    System.arraycopy(obs, t * dim, x, b * dim, dim);
                    mean += adv[t];
                    sq += adv[t] * adv[t];
                }
                mean /= mb;
                double sd = Math.sqrt(Math.max(sq / mb - mean * mean, 0)) + 1e-8;
                double[] logits = policy.forward(x, mb);
                for (int b = 0; b < mb; b++) {
                    int t = order[start + b];
                    double a = (adv[t] - mean) / sd;
                    ClippedObjective.gradient(logits, b * actions, actions, act[t], logp[t], a, config.clip(),
                            config.entropy(), mb, p, gPolicy, b * actions);
                }
                policy.zeroGradients();
                backward("policy network", policy, gPolicy);
                policyAdam.step(policy.parameters(), policy.gradients());
                double[] v = value.forward(x, mb);
                for (int b = 0; b < mb; b++) {
                    gValue[b] = (v[b] - ret[order[start + b]]) / mb; // ∂/∂V of ½·mean (V − R)²
                }
                value.zeroGradients();
                backward("value network", value, gValue);
                valueAdam.step(value.parameters(), value.gradients());
            }
        }
    }

    private void ensure(int cap) {
        if (act.length < cap) {
            obs = new double[cap * dim];
            act = new int[cap];
            logp = new double[cap];
            adv = new double[cap];
            ret = new double[cap];
        }
    }

    public Network policy() {
        return policy;
    }

    /** The value network V(s). */
    public Network valueNetwork() {
        return value;
    }

    /** The policy network: the greedy action is its most probable one. */
    @Override
    public Network actingNetwork() {
        return policy;
    }

    /** Both networks and both Adams' moments (after the counters and the stream). */
    @Override
    void writeModel(DataOutput out) throws IOException {
        policy.writeState(out);
        value.writeState(out);
        policyAdam.writeState(out);
        valueAdam.writeState(out);
    }

    @Override
    void readModel(DataInput in) throws IOException {
        policy.readState(in);
        value.readState(in);
        policyAdam.readState(in);
        valueAdam.readState(in);
    }
}
