package org.hebb.learn.agent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A spiking actor-critic agent (after Frémaux, Sprekeler &amp; Gerstner 2013 and Chung &amp; Kozma 2020) that learns
 * online while it acts. Per env step the network runs {@code step_ms} at 1 ms resolution and never stops between steps
 * or episodes:
 * <ul>
 *   <li>input neurons fire as Bernoulli processes at {@code input_rate_hz × rate fraction} of the encoded observation
 *       ({@link FeatureEncoder}); their spikes reach every actor neuron at once with weight w_ij;</li>
 *   <li>actor neurons are leaky integrate-and-fire, v &lt;- v exp(−1/tau_m) + Σ w_ij s_j, spike and reset to 0 at v ≥ 1;
 *       they form {@code neurons_per_action} neurons per action group (two groups per action for antagonistic pairs);
 *   </li>
 *   <li>the {@link Decoder} turns the step's group counts into an action and a feedback f_b per group;</li>
 *   <li>actor synapses follow {@link HebbianFamily}'s Hebbian term H, filtered into an eligibility trace z with
 *       tau_z (tagged with the neuron's feedback as it enters z), and change at the end of each env step by
 *       {@code Δw = lr_actor · m · z} — a third factor pulse per step — with m the TD error
 *       δ = r + γ V(s') − V(s) (0 for V(s') at termination) or, for the reward rules, the env's reward;</li>
 *   <li>the critic is linear in the encoder's features, V(s) = θ·φ(s), learnt by TD(λ) with per-feature rates
 *       lr_critic/‖c‖ (Konidaris et al. 2011).</li>
 * </ul>
 * Eligibility and critic traces are cleared at each episode's start; membrane potentials are not (unless the config
 * resets them). With plasticity frozen no weight, critic or trace changes. All randomness comes from one
 * {@link SplitMix} stream, part of the state, so {@link #write}/{@link #read} continue bit for bit.
 */
public final class SpikingActorCritic {

    private final AgentConfig cfg;
    private final FeatureEncoder encoder;
    private final int nIn;
    private final int nOut;
    private final int groups;
    private final int perGroup;
    private final int actions;
    // state (checkpointed)
    private final double[] w;
    private final double[] z;
    private final double[] v;
    private final double[] xPre;
    private final double[] xPost;
    private final double[] theta;
    private final double[] critTrace;
    private final SplitMix rng;
    private double temperature;
    private int lastSpikes; // input and actor spikes of the last act (an energy proxy; not state)
    // scratch
    private final double[] acc;
    private final double[] features;
    private final double[] rates;
    private final double[] prevFeatures;
    private final int[] counts;
    private final double[] feedback;
    private final double[] probs;
    private final double[] scores;
    private final boolean[] preSpiked;
    private final int[] postSpiked;
    private final double[] nextFeatures;
    private final double[] nextRates;

    /** A fresh agent: actor weights uniform in [0, w_init] from {@code seed}, critic 0. */
    public SpikingActorCritic(AgentConfig cfg, long seed) {
        this.cfg = cfg;
        this.encoder = cfg.encoder();
        this.nIn = encoder.inputs();
        this.actions = cfg.actions();
        this.groups = actions * cfg.decoder().groupsPerAction();
        this.perGroup = cfg.getInt(AgentParam.NEURONS_PER_ACTION);
        this.nOut = groups * perGroup;
        w = new double[nOut * nIn];
        z = new double[w.length];
        acc = new double[w.length];
        v = new double[nOut];
        xPre = new double[nIn];
        xPost = new double[nOut];
        theta = new double[encoder.features()];
        critTrace = new double[theta.length];
        features = new double[theta.length];
        prevFeatures = new double[theta.length];
        rates = new double[nIn];
        nextFeatures = new double[theta.length];
        nextRates = new double[nIn];
        counts = new int[groups];
        feedback = new double[groups];
        probs = new double[actions];
        scores = new double[actions];
        preSpiked = new boolean[nIn];
        postSpiked = new int[nOut];
        rng = new SplitMix(seed);
        double w0 = cfg.get(AgentParam.W_INIT);
        for (int k = 0; k < w.length; k++) {
            w[k] = w0 * rng.nextDouble();
        }
        temperature = cfg.get(AgentParam.TEMPERATURE);
    }

    /** Starts an episode: clears the eligibility and critic traces (and the potentials if the config says so). */
    public void startEpisode() {
        java.util.Arrays.fill(z, 0.0);
        java.util.Arrays.fill(critTrace, 0.0);
        if (cfg.get(AgentParam.RESET_BETWEEN_EPISODES) != 0) {
            java.util.Arrays.fill(v, 0.0);
            java.util.Arrays.fill(xPre, 0.0);
            java.util.Arrays.fill(xPost, 0.0);
        }
    }

    /** Ends an episode: the exploration temperature decays (to temperature_min at the least). */
    public void endEpisode() {
        temperature = Math.max(cfg.get(AgentParam.TEMPERATURE_MIN), temperature * cfg.get(AgentParam.TEMPERATURE_DECAY));
    }

    /**
     * One env step: runs the network on the observation and returns the action. When {@code learn}, the eligibility of
     * the step is recorded for the next {@link #reward}.
     *
     * @param greedy pick the best group (frozen evaluation) instead of sampling
     */
    public int act(double[] observation, boolean learn, boolean greedy) {
        encoder.encode(observation, features, rates);
        int steps = cfg.getInt(AgentParam.STEP_MS);
        double pScale = cfg.get(AgentParam.INPUT_RATE_HZ) / 1000.0;
        double dM = Math.exp(-1.0 / cfg.get(AgentParam.TAU_M));
        double dPlus = Math.exp(-1.0 / cfg.get(AgentParam.TAU_PLUS));
        double dMinus = Math.exp(-1.0 / cfg.get(AgentParam.TAU_MINUS));
        boolean trace = cfg.rule().trace();
        double g = trace ? Math.exp(-1.0 / cfg.get(AgentParam.TAU_Z)) : 1.0;
        double aPlus = cfg.get(AgentParam.A_PLUS);
        double aMinus = cfg.get(AgentParam.A_MINUS);
        double b = cfg.get(AgentParam.B);
        double c = cfg.get(AgentParam.C);
        double d = cfg.get(AgentParam.D);
        java.util.Arrays.fill(counts, 0);
        int spikes = 0;
        double dSum = 0;
        double scale = 1.0; // g^{-t}: contributions at ms t weigh g^{T-1-t} at the step's end
        for (int t = 0; t < steps; t++) {
            for (int j = 0; j < nIn; j++) {
                xPre[j] = HebbianFamily.flush(xPre[j] * dPlus);
            }
            for (int i = 0; i < nOut; i++) {
                v[i] = HebbianFamily.flush(v[i] * dM);
                xPost[i] = HebbianFamily.flush(xPost[i] * dMinus);
            }
            for (int j = 0; j < nIn; j++) {
                boolean s = rates[j] > 0 && rng.nextDouble() < rates[j] * pScale;
                preSpiked[j] = s;
                if (s) {
                    spikes++;
                    xPre[j] += 1.0;
                    for (int i = 0, k = j; i < nOut; i++, k += nIn) {
                        v[i] += w[k];
                    }
                }
            }
            for (int i = 0; i < nOut; i++) {
                postSpiked[i] = 0;
                if (v[i] >= 1.0) {
                    v[i] = 0.0;
                    xPost[i] += 1.0;
                    postSpiked[i] = 1;
                    spikes++;
                    counts[i / perGroup]++;
                }
            }
            if (learn) {
                // H = A+ x_pre s_post + A- x_post s_pre + B s_pre + C s_post (+ D, summed analytically below)
                for (int i = 0; i < nOut; i++) {
                    if (postSpiked[i] != 0) {
                        int row = i * nIn;
                        for (int j = 0; j < nIn; j++) {
                            acc[row + j] += scale * (aPlus * xPre[j] + c);
                        }
                    }
                }
                for (int j = 0; j < nIn; j++) {
                    if (preSpiked[j]) {
                        for (int i = 0, k = j; i < nOut; i++, k += nIn) {
                            acc[k] += scale * (aMinus * xPost[i] + b);
                        }
                    }
                }
                dSum += scale * d;
                scale /= g;
            }
        }
        lastSpikes = spikes;
        int a = choose(greedy);
        if (learn) {
            double fold = trace ? Math.pow(g, steps - 1) / cfg.get(AgentParam.TAU_Z) : 1.0;
            double keep = trace ? Math.pow(g, steps) : 0.0;
            for (int i = 0; i < nOut; i++) {
                double f = feedback[i / perGroup] * fold;
                int row = i * nIn;
                for (int j = 0; j < nIn; j++) {
                    z[row + j] = HebbianFamily.flush(z[row + j] * keep) + f * (acc[row + j] + dSum);
                    acc[row + j] = 0.0;
                }
            }
        }
        return a;
    }

    private int choose(boolean greedy) {
        int per = cfg.decoder().groupsPerAction();
        double[] score = scores;
        for (int a = 0; a < actions; a++) {
            score[a] = per == 1 ? counts[a] : counts[2 * a] - counts[2 * a + 1];
        }
        int best = 0;
        for (int a = 1; a < actions; a++) {
            if (score[a] > score[best]) {
                best = a;
            }
        }
        int chosen = best;
        boolean sample = !greedy && cfg.decoder() != Decoder.MAX && temperature > 0;
        double[] pi = probs;
        if (sample) {
            double sum = 0;
            for (int a = 0; a < actions; a++) {
                pi[a] = Math.exp((score[a] - score[best]) / temperature); // softmax over counts, temperature T
                sum += pi[a];
            }
            double u = rng.nextDouble() * sum;
            chosen = actions - 1;
            for (int a = 0; a < actions; a++) {
                u -= pi[a];
                if (u < 0) {
                    chosen = a;
                    break;
                }
            }
            for (int a = 0; a < actions; a++) {
                pi[a] /= sum;
            }
        } else {
            java.util.Arrays.fill(pi, 1.0 / actions); // max decoder: feedback 1 − 1/k for the winner, −1/k otherwise
        }
        boolean choiceFeedback = cfg.get(AgentParam.CHOICE_FEEDBACK) != 0;
        for (int a = 0; a < actions; a++) {
            double f = (a == chosen ? 1.0 : 0.0) - (choiceFeedback ? 1.0 / actions : pi[a]);
            if (per == 1) {
                feedback[a] = f;
            } else {
                feedback[2 * a] = f;
                feedback[2 * a + 1] = -f;
            }
        }
        return chosen;
    }

    /** @return the critic's value of the features of the last {@link #act} */
    private double value(double[] phi) {
        double s = 0;
        for (int k = 0; k < phi.length; k++) {
            s += theta[k] * phi[k];
        }
        return s;
    }

    /**
     * Delivers the outcome of the last action: the third factor m (TD error or reward) gates the actor's eligibility,
     * and the critic learns. Call after every {@link #act} with {@code learn}.
     *
     * @param reward          the env's reward
     * @param next            the next observation
     * @param terminated      whether the env terminated (V(s') = 0)
     * @return the third factor delivered
     */
    public double reward(double reward, double[] next, boolean terminated) {
        System.arraycopy(features, 0, prevFeatures, 0, features.length);
        double vPrev = value(prevFeatures);
        encoder.encode(next, nextFeatures, nextRates);
        double gamma = cfg.get(AgentParam.GAMMA);
        double delta = reward + (terminated ? 0.0 : gamma * value(nextFeatures)) - vPrev; // TD error
        double m = cfg.rule().tdModulated() ? delta : reward;
        double lr = cfg.get(AgentParam.LR_ACTOR);
        double wMax = cfg.get(AgentParam.W_MAX);
        if (m != 0 && lr != 0) {
            double step = lr * m;
            for (int k = 0; k < w.length; k++) {
                w[k] = Math.min(wMax, Math.max(-wMax, w[k] + step * z[k]));
            }
        }
        double lrC = cfg.get(AgentParam.LR_CRITIC);
        if (cfg.rule().tdModulated() && lrC != 0) {
            double decay = gamma * cfg.get(AgentParam.LAMBDA);
            for (int k = 0; k < theta.length; k++) {
                critTrace[k] = HebbianFamily.flush(critTrace[k] * decay) + prevFeatures[k]; // TD(λ), accumulating
                theta[k] += lrC * encoder.rateScale(k) * delta * critTrace[k];
            }
        }
        return m;
    }

    /** @return the action probabilities of the last choice (uniform for max/greedy choices) */
    public double[] probabilities() {
        return probs.clone();
    }

    /** @return the last step's spike count of each group */
    public int[] counts() {
        return counts.clone();
    }

    /** @return the spikes of the last {@link #act}: input neurons and actor neurons, over its step_ms */
    public int lastSpikes() {
        return lastSpikes;
    }

    /** @return the actor weights, row-major (actor neuron, input) — a copy */
    public double[] weights() {
        return w.clone();
    }

    /** @return the critic's weights — a copy */
    public double[] critic() {
        return theta.clone();
    }

    /** @return actor neurons */
    public int actorNeurons() {
        return nOut;
    }

    /** @return input neurons */
    public int inputNeurons() {
        return nIn;
    }

    /** @return the current exploration temperature */
    public double temperature() {
        return temperature;
    }

    /** Writes the whole learning state (weights, traces, potentials, critic, generator, temperature). */
    public void write(DataOutputStream out) throws IOException {
        for (double[] a : new double[][] {w, z, v, xPre, xPost, theta, critTrace}) {
            out.writeInt(a.length);
            for (double x : a) {
                out.writeDouble(x);
            }
        }
        out.writeLong(rng.state());
        out.writeDouble(temperature);
    }

    /** Reads a state written by {@link #write} for an agent of the same config. */
    public void read(DataInputStream in) throws IOException {
        for (double[] a : new double[][] {w, z, v, xPre, xPost, theta, critTrace}) {
            int n = in.readInt();
            if (n != a.length) {
                throw new IOException("agent state: " + n + " values is not allowed; this agent has " + a.length);
            }
            for (int k = 0; k < n; k++) {
                a[k] = in.readDouble();
            }
        }
        rng.state(in.readLong());
        temperature = in.readDouble();
    }

    /** Reseeds the agent's generator (frozen evaluation episodes draw from a stream of their own). */
    public void reseed(long seed) {
        rng.state(seed);
    }
}
