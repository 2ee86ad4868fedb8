package org.hebb.learn.rl;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.hebb.gym.Discrete;
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
public final class Ppo implements GradientLearner {

    private final Env env;
    private final PpoConfig config;
    private final Network policy;
    private final Network value;
    private final Adam policyAdam;
    private final Adam valueAdam;
    private final SplitMix64 rng;
    private final Observations observations;
    private final int actions;
    private final int dim;
    private final long seedBase;
    private long envSteps;
    private long episodes;
    private double[] obs = new double[0];
    private int[] act = new int[0];
    private double[] logp = new double[0];
    private double[] adv = new double[0];
    private double[] ret = new double[0];
    private final double[] row; // one observation, reused

    public Ppo(Env env, Network policy, Network value, PpoConfig config, long seed) {
        if (!(env.actionSpace() instanceof Discrete d)) {
            throw new IllegalArgumentException("action space: " + env.actionSpace() + " is not allowed; PPO here"
                    + " needs Discrete");
        }
        this.env = env;
        this.config = config;
        this.observations = new Observations(env.observationSpace());
        this.actions = d.n();
        this.dim = observations.size();
        this.row = new double[dim];
        if (policy.inputSize() != dim || policy.outputSize() != actions || value.inputSize() != dim
                || value.outputSize() != 1) {
            throw new IllegalArgumentException("networks: policy " + policy.inputSize() + "→" + policy.outputSize()
                    + ", value " + value.inputSize() + "→" + value.outputSize() + " is not allowed; must be " + dim
                    + "→" + actions + " and " + dim + "→1 for " + env.spec().id());
        }
        this.policy = policy;
        this.value = value;
        this.policyAdam = new Adam(policy.parameterCount(), config.learningRate(), config.maxGradNorm());
        this.valueAdam = new Adam(value.parameterCount(), config.learningRate(), config.maxGradNorm());
        this.rng = new SplitMix64(seed);
        this.seedBase = seed * 1_000_003L & 0x3fff_ffff_ffffL;
    }

    /** {@link #trainRollout()}. */
    @Override
    public double train() {
        return trainRollout();
    }

    /** Collects one rollout of whole episodes and updates both networks; returns the episodes' mean return. */
    public double trainRollout() {
        int n = 0;
        int cap = config.rolloutSteps() + env.spec().maxEpisodeSteps();
        ensure(cap);
        double[] vals = new double[cap + 1];
        double[] rew = new double[cap];
        boolean[] last = new boolean[cap];
        double[] bootstrap = new double[cap];
        double total = 0;
        int count = 0;
        double[] p = new double[actions];
        while (n < config.rolloutSteps()) {
            float[] o = env.reset(HeldOut.trainingSeed(seedBase, episodes)).observation();
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
            episodes++;
            total += epReturn;
            count++;
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
        return total / count;
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
                policy.backward(gPolicy);
                policyAdam.step(policy.parameters(), policy.gradients());
                double[] v = value.forward(x, mb);
                for (int b = 0; b < mb; b++) {
                    gValue[b] = (v[b] - ret[order[start + b]]) / mb; // ∂/∂V of ½·mean (V − R)²
                }
                value.zeroGradients();
                value.backward(gValue);
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

    /** The greedy (most probable) action for a raw observation. */
    @Override
    public int act(float[] observation) {
        observations.write(observation, row, 0);
        return GradientLearner.argmax(policy.forward(row, 1));
    }

    @Override
    public long envSteps() {
        return envSteps;
    }

    @Override
    public long episodes() {
        return episodes;
    }

    public Network policy() {
        return policy;
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeLong(envSteps);
        out.writeLong(episodes);
        rng.writeState(out);
        policy.writeState(out);
        value.writeState(out);
        policyAdam.writeState(out);
        valueAdam.writeState(out);
    }

    @Override
    public void readState(DataInput in) throws IOException {
        envSteps = in.readLong();
        episodes = in.readLong();
        rng.readState(in);
        policy.readState(in);
        value.readState(in);
        policyAdam.readState(in);
        valueAdam.readState(in);
    }
}
