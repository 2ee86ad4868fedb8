package org.hebb.learn.rl;

import java.util.Arrays;
import java.util.Locale;
import org.hebb.gym.Discrete;
import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.learn.ann.Mlp;
import org.hebb.learn.gradient.Dense;
import org.hebb.learn.gradient.LifParameters;
import org.hebb.learn.gradient.Network;

/**
 * Measures DQN or PPO with an ANN or a spiking network (not a unit test: run its main). Per seed: train until the
 * budget, testing the greedy policy on the held-out seeds after the first training unit (DQN: an episode, PPO: a
 * rollout) that ends ≥ 2,500 env steps after the last test, or ≥ 500 steps when its training return reached the
 * target, and at the end; "solved" = held-out mean ≥ target, and training stops there. DQN uses
 * {@link DqnConfig#acrobot()} on Acrobot, {@link DqnConfig#defaults()} elsewhere.
 *
 * <pre>
 * java -cp hebb-learn/target/classes:hebb-learn/target/test-classes:hebb-gym/target/classes \
 *   org.hebb.learn.rl.GradientRlMeasurement ENV dqn|ppo ann|snn SEEDS BUDGET_STEPS BUDGET_EPISODES TARGET [T [HIDDEN [FIRST_SEED]]]
 * </pre>
 */
public final class GradientRlMeasurement {

    private GradientRlMeasurement() {
    }

    static Network network(String kind, int in, int out, int steps, int hidden, long seed) {
        return switch (kind) {
            case "ann" -> Mlp.of(seed, Dense.Activation.RELU, in, hidden, hidden, out);
            case "snn" -> Network.builder(in).steps(steps)
                    .lif(hidden, LifParameters.defaults().withInitScale(2.0))
                    .lif(hidden, LifParameters.defaults().withInitScale(2.0))
                    .readout(out, 0.0, 0.9)
                    .build(seed);
            default -> throw new IllegalArgumentException("network: '" + kind + "' is not allowed; must be ann or snn");
        };
    }

    private static GradientLearner agent(String method, Network first, String kind, Env env, int steps, int hidden,
                                         long seed) {
        int in = env.observationSpace().size();
        return switch (method) {
            case "dqn" -> new Dqn(env, first, env.spec().id().startsWith("Acrobot") ? DqnConfig.acrobot()
                    : DqnConfig.defaults(), seed);
            case "ppo" -> new Ppo(env, first, network(kind, in, 1, steps, hidden, 2000L + seed), PpoConfig.defaults(),
                    seed);
            default -> throw new IllegalArgumentException("method: '" + method + "' is not allowed; must be dqn or"
                    + " ppo");
        };
    }

    public static void main(String[] args) {
        String envId = args[0];
        String method = args[1];
        String kind = args[2];
        int seeds = Integer.parseInt(args[3]);
        long budgetSteps = Long.parseLong(args[4]);
        long budgetEpisodes = Long.parseLong(args[5]);
        double goal = Double.parseDouble(args[6]);
        int steps = args.length > 7 ? Integer.parseInt(args[7]) : 6;
        int hidden = args.length > 8 ? Integer.parseInt(args[8]) : 64;
        int firstSeed = args.length > 9 ? Integer.parseInt(args[9]) : 0;
        long[] solveSteps = new long[seeds];
        long[] solveEpisodes = new long[seeds];
        double[] finalHeldOut = new double[seeds];
        for (int run = 0; run < seeds; run++) {
            int seed = firstSeed + run;
            long start = System.nanoTime();
            Env test = Registry.make(envId);
            Env env = Registry.make(envId);
            Network acting = network(kind, env.observationSpace().size(), ((Discrete) env.actionSpace()).n(), steps,
                    hidden, 1000L + seed);
            GradientLearner agent = agent(method, acting, kind, env, steps, hidden, seed);
            long[] spikes = new long[2]; // spikes, decisions in the last held-out test
            HeldOut.Greedy counting = o -> {
                int a = agent.act(o);
                spikes[0] += acting.spikeCount();
                spikes[1]++;
                return a;
            };
            long lastEval = 0;
            double heldOut = Double.NaN;
            solveSteps[run] = -1;
            solveEpisodes[run] = -1;
            while (agent.envSteps() < budgetSteps && agent.episodes() < budgetEpisodes) {
                double ret = agent.train();
                long since = agent.envSteps() - lastEval;
                if (since >= 2500 || ret >= goal && since >= 500) {
                    lastEval = agent.envSteps();
                    Arrays.fill(spikes, 0);
                    heldOut = HeldOut.meanReturn(test, counting);
                    System.out.printf(Locale.ROOT, "  seed %d: episode %d, step %d: training return %.1f, held-out"
                            + " %.2f%n", seed, agent.episodes(), agent.envSteps(), ret, heldOut);
                    if (heldOut >= goal) {
                        solveSteps[run] = agent.envSteps();
                        solveEpisodes[run] = agent.episodes();
                        break;
                    }
                }
            }
            if (solveSteps[run] < 0) {
                Arrays.fill(spikes, 0);
                heldOut = HeldOut.meanReturn(test, counting);
            }
            finalHeldOut[run] = heldOut;
            System.out.printf(Locale.ROOT, "%s %s %s seed %d: solved at step %d episode %d; held-out %.2f; %.1f s;"
                    + " per decision: %.1f spikes, %d MACs (dense)%n", envId, method, kind, seed, solveSteps[run],
                    solveEpisodes[run], heldOut, (System.nanoTime() - start) / 1e9,
                    spikes[0] / (double) spikes[1], acting.macsPerSample());
        }
        long[] solved = Arrays.stream(solveSteps).filter(v -> v >= 0).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s %s %s: solved %d/%d; steps to solve %s; held-out %s%n", envId, method, kind,
                solved.length, seeds, Arrays.toString(solveSteps), Arrays.toString(finalHeldOut));
    }
}
