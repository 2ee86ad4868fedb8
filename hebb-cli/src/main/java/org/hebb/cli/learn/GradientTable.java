package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.gym.Discrete;
import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.learn.gradient.Dense;
import org.hebb.learn.gradient.LifParameters;
import org.hebb.learn.gradient.Surrogate;
import org.hebb.learn.rl.DqnConfig;
import org.hebb.learn.rl.GradientAgentConfig;
import org.hebb.learn.rl.NetworkSpec;
import org.hebb.learn.rl.PpoConfig;

/**
 * The gradient half of a {@code hebb learn} config (docs/gradient.md, "From the command line"): {@code [agent]} with
 * {@code method = "dqn" | "ppo"}, {@code network = "snn" | "ann"}, {@code env}, {@code budget_steps},
 * {@code budget_episodes}; {@code [network]} (layer sizes, T, surrogate, LIF and read-out parameters, or the ANN's
 * activation) and {@code [dqn]} or {@code [ppo]} (the hyper-parameters, each defaulting to {@link DqnConfig#defaults()}
 * / {@link PpoConfig#defaults()}). Every value is checked with a one-line error naming the key; unknown keys are
 * refused with the closest known one.
 */
final class GradientTable {

    /** The methods {@code [agent] method} takes; {@code plasticity} is the default (docs/plasticity-agents.md). */
    static final List<String> METHODS = List.of("plasticity", "dqn", "ppo");
    /** At most this many parameters per network (8 bytes each, and as many again for gradients and Adam's moments). */
    static final long MAX_PARAMETERS = 20_000_000;
    /** At most this many replay transitions (a CartPole transition takes 77 bytes). */
    static final int MAX_BUFFER = 10_000_000;

    private GradientTable() {
    }

    /** Reads {@code [agent]} (whose method is dqn or ppo), {@code [network]} and the method's table from {@code root}. */
    static GradientAgentConfig read(ConfigTable root, ConfigTable agent, String method) {
        String kind = agent.getString("network", "snn");
        if (!kind.equals("snn") && !kind.equals("ann")) {
            throw new UserError(agent.field("network") + ": \"" + kind + "\" is not allowed; must be snn or ann");
        }
        String envId = agent.getString("env");
        long budgetSteps = agent.getLong("budget_steps", 0);
        long budgetEpisodes = agent.getLong("budget_episodes", 0);
        agent.allow("method");
        agent.rejectUnknownKeys();
        Env env;
        try {
            env = Registry.make(envId);
        } catch (IllegalArgumentException e) {
            throw new UserError(agent.field("env") + ": \"" + envId + "\" is not allowed; must be one of "
                    + Registry.ids());
        }
        if (!(env.actionSpace() instanceof Discrete d)) {
            throw new UserError(agent.field("env") + ": \"" + envId + "\" is not allowed; " + method + " needs discrete"
                    + " actions (CartPole-v1, Acrobot-v1, MountainCar-v0)");
        }
        if (budgetSteps < 0 || budgetEpisodes < 0) {
            String key = budgetSteps < 0 ? "budget_steps" : "budget_episodes";
            throw new UserError(agent.field(key) + ": " + Math.min(budgetSteps, budgetEpisodes) + " is not allowed;"
                    + " must be >= 0 (0 = no limit)");
        }
        if (budgetSteps == 0 && budgetEpisodes == 0) {
            throw new UserError(agent.field("budget_steps") + ": missing; a " + method + " agent trains until"
                    + " budget_steps env steps or budget_episodes episodes, at least one > 0");
        }
        NetworkSpec network = network(root.getTable("network"), kind, env.observationSpace().size(), d.n());
        String other = method.equals("dqn") ? "ppo" : "dqn";
        if (root.has(other)) {
            throw new UserError(other + ": not allowed with method = \"" + method + "\"; use [" + method + "]");
        }
        ConfigTable h = root.getTable(method);
        try {
            return method.equals("dqn")
                    ? new GradientAgentConfig(GradientAgentConfig.Method.DQN, network, envId, dqn(h), null,
                    budgetSteps, budgetEpisodes)
                    : new GradientAgentConfig(GradientAgentConfig.Method.PPO, network, envId, null, ppo(h),
                    budgetSteps, budgetEpisodes);
        } catch (IllegalArgumentException e) {
            throw new UserError(agent.field(e.getMessage()));
        }
    }

    /** {@code [network]}: {@code layers = [inputs, hidden…, outputs]} and the neuron's or activation's keys. */
    private static NetworkSpec network(ConfigTable t, String kind, int inputs, int outputs) {
        int[] layers = t.has("layers") ? layers(t) : new int[] {inputs, 64, 64, outputs};
        if (layers.length < 3 || layers[0] != inputs || layers[layers.length - 1] != outputs) {
            throw new UserError(t.field("layers") + ": " + Arrays.toString(layers) + " is not allowed; the sizes must"
                    + " chain from the task's " + inputs + " observations through at least one hidden layer to its "
                    + outputs + " actions: [" + inputs + ", ..., " + outputs + "]");
        }
        long weights = 0;
        for (int k = 1; k < layers.length; k++) {
            weights += (long) layers[k] * (layers[k - 1] + 1);
        }
        if (weights > MAX_PARAMETERS) {
            throw new UserError(t.field("layers") + ": " + Arrays.toString(layers) + " is not allowed; its " + weights
                    + " weights and biases exceed " + MAX_PARAMETERS);
        }
        int[] hidden = Arrays.copyOfRange(layers, 1, layers.length - 1);
        try {
            if (kind.equals("ann")) {
                String f = t.getString("activation", "relu");
                t.rejectUnknownKeys();
                return NetworkSpec.ann(activation(t, f), hidden);
            }
            int steps = t.getInt("steps", 6);
            if (steps < 1) {
                throw new UserError(t.field("steps") + ": " + steps + " is not allowed; must be >= 1 (T, time steps per"
                        + " decision)");
            }
            LifParameters d = LifParameters.defaults();
            Surrogate surrogate = surrogate(t);
            String reset = t.getString("reset", "subtract");
            if (!reset.equals("subtract") && !reset.equals("zero")) {
                throw new UserError(t.field("reset") + ": \"" + reset + "\" is not allowed; must be subtract or zero");
            }
            LifParameters lif = new LifParameters(t.getDouble("alpha", d.alpha()), t.getDouble("beta", d.beta()),
                    t.getDouble("threshold", d.threshold()), LifParameters.Reset.valueOf(reset.toUpperCase(Locale.ROOT)),
                    surrogate, false, t.getDouble("init_scale", d.initScale()));
            double ra = t.getDouble("readout_alpha", 0.0);
            double rb = t.getDouble("readout_beta", 0.9);
            boolean recurrent = t.getBoolean("recurrent", false);
            t.rejectUnknownKeys();
            return NetworkSpec.snn(steps, lif, ra, rb, hidden).withRecurrent(recurrent);
        } catch (IllegalArgumentException e) { // the library names the parameter: alpha, beta, threshold, initScale
            String m = e.getMessage().replaceFirst("^initScale", "init_scale")
                    .replaceFirst("^read-out decay \\(alpha, beta\\)", "readout_alpha, readout_beta");
            throw new UserError(t.field(m));
        }
    }

    private static int[] layers(ConfigTable t) {
        JsonNode v = t.raw("layers");
        if (!v.isArray()) {
            throw new UserError(t.field("layers") + ": " + v + " is not allowed; must be [inputs, hidden..., outputs]");
        }
        int[] n = new int[v.size()];
        for (int k = 0; k < n.length; k++) {
            JsonNode e = v.get(k);
            if (!e.isIntegralNumber() || e.asLong() < 1 || e.asLong() > 1_000_000) {
                throw new UserError(t.field("layers") + "[" + k + "]: " + e + " is not allowed; must be an integer in"
                        + " [1, 1000000]");
            }
            n[k] = e.intValue();
        }
        return n;
    }

    private static Surrogate surrogate(ConfigTable t) {
        String name = t.getString("surrogate", "atan");
        try {
            return Surrogate.of(name);
        } catch (IllegalArgumentException e) {
            throw new UserError(t.field("surrogate") + ": \"" + name + "\" is not allowed; must be one of "
                    + Surrogate.names() + " (optionally name:parameter, e.g. fast-sigmoid:25)");
        }
    }

    private static Dense.Activation activation(ConfigTable t, String f) {
        return switch (f) {
            case "relu" -> Dense.Activation.RELU;
            case "tanh" -> Dense.Activation.TANH;
            default -> throw new UserError(t.field("activation") + ": \"" + f + "\" is not allowed; must be relu or"
                    + " tanh");
        };
    }

    /** {@code [dqn]}: every {@link DqnConfig} component, defaults from {@link DqnConfig#defaults()}. */
    private static DqnConfig dqn(ConfigTable t) {
        DqnConfig d = DqnConfig.defaults();
        double gamma = t.getDouble("gamma", d.gamma());
        double lr = t.getDouble("learning_rate", d.learningRate());
        int batch = t.getInt("batch", d.batch());
        int buffer = t.getInt("buffer_size", d.bufferSize());
        if (buffer > MAX_BUFFER) {
            throw new UserError(t.field("buffer_size") + ": " + buffer + " is not allowed; must be <= " + MAX_BUFFER);
        }
        int starts = t.getInt("learning_starts", d.learningStarts());
        int every = t.getInt("train_every", d.trainEvery());
        int gradSteps = t.getInt("gradient_steps", d.gradientSteps());
        int target = t.getInt("target_update", d.targetUpdate());
        double e0 = t.getDouble("epsilon_start", d.epsilonStart());
        double e1 = t.getDouble("epsilon_end", d.epsilonEnd());
        int decay = t.getInt("epsilon_decay", d.epsilonDecay());
        double clip = t.getDouble("max_grad_norm", d.maxGradNorm());
        return checked(t, () -> new DqnConfig(gamma, lr, batch, buffer, starts, every, gradSteps, target, e0, e1,
                decay, clip));
    }

    /** {@code [ppo]}: every {@link PpoConfig} component, defaults from {@link PpoConfig#defaults()}. */
    private static PpoConfig ppo(ConfigTable t) {
        PpoConfig d = PpoConfig.defaults();
        double gamma = t.getDouble("gamma", d.gamma());
        double lambda = t.getDouble("lambda", d.lambda());
        double lr = t.getDouble("learning_rate", d.learningRate());
        int rollout = t.getInt("rollout_steps", d.rolloutSteps());
        int epochs = t.getInt("epochs", d.epochs());
        int minibatch = t.getInt("minibatch", d.minibatch());
        double clip = t.getDouble("clip", d.clip());
        double entropy = t.getDouble("entropy", d.entropy());
        double norm = t.getDouble("max_grad_norm", d.maxGradNorm());
        return checked(t, () -> new PpoConfig(gamma, lambda, lr, rollout, epochs, minibatch, clip, entropy, norm));
    }

    /** Refuses unknown keys of {@code t}, then builds; the library's message is reported under the config key. */
    private static <T> T checked(ConfigTable t, java.util.function.Supplier<T> build) {
        t.rejectUnknownKeys();
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new UserError(t.field(keyOf(e.getMessage())));
        }
    }

    /** The library names a hyper-parameter in words ("learning rate: ..."); the config key has underscores. */
    static String keyOf(String message) {
        int colon = message.indexOf(':');
        String field = message.substring(0, colon).replace("max gradient norm", "max_grad_norm").replace(' ', '_');
        return field + message.substring(colon);
    }
}
