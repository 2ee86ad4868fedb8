package org.hebb.cli.gym;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.hebb.cli.UserError;
import org.hebb.gym.Env;
import org.hebb.gym.PyRepr;
import org.hebb.gym.Registry;
import org.hebb.gym.policy.Policies;
import org.hebb.gym.policy.Policy;
import org.hebb.gym.rng.Generator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb gym play ENV_ID --seed S --policy random|heuristic [--episodes N]}: runs N episodes, the first from
 * {@code reset(seed=S)}, the others from seedless resets continuing the same generator (as a Gymnasium loop does),
 * and prints each episode's return and length as CSV, then their means.
 */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = "Run a policy for some episodes and print returns and lengths (CSV).")
public final class PlayCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ENV_ID", description = "Gymnasium id, e.g. MountainCar-v0.")
    String envId;

    @Option(names = "--seed", required = true, paramLabel = "S",
            description = "Seed of the first reset, any integer >= 0 (as Gymnasium); the random policy draws from its "
                    + "own generator seeded with S.")
    BigInteger seed;

    @Option(names = "--policy", required = true, paramLabel = "random|heuristic",
            description = "random: uniform actions; heuristic: the one-line controller of the reference data.")
    String policy;

    @Option(names = "--episodes", defaultValue = "1", paramLabel = "N", description = "Number of episodes (default 1).")
    int episodes;

    @Override
    public Integer call() {
        try {
            return play();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private int play() {
        Env env = Registry.make(envId);
        org.hebb.cli.config.SeedDomain.GYM_ENV.check("--seed", seed); // Gymnasium's domain: any integer >= 0
        if (episodes < 1) {
            throw new IllegalArgumentException("--episodes: " + episodes + " is not allowed; must be >= 1");
        }
        float[] first = env.reset(seed).observation(); // validates the seed before anything is printed
        Policy p = Policies.named(policy, env, Generator.of(seed));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "# %s, policy %s, seed %s, %d episode(s); max_episode_steps %d, reward_threshold %s%n",
                envId, policy, seed, episodes, env.spec().maxEpisodeSteps(),
                env.spec().rewardThreshold().isPresent() ? PyRepr.format(env.spec().rewardThreshold().getAsDouble())
                        : "none");
        out.println("episode,return,length,terminated,truncated");
        double sumReturn = 0;
        long sumLength = 0;
        for (int e = 1; e <= episodes; e++) {
            Policies.Episode ep = e == 1 ? Policies.complete(env, p, first) : Policies.run(env, p);
            out.println(e + "," + PyRepr.format(ep.totalReward()) + "," + ep.length() + "," + (ep.terminated() ? 1 : 0)
                    + "," + (ep.truncated() ? 1 : 0));
            sumReturn += ep.totalReward();
            sumLength += ep.length();
        }
        out.printf(Locale.ROOT, "# mean return %s, mean length %s over %d episode(s)%n",
                PyRepr.format(sumReturn / episodes), PyRepr.format((double) sumLength / episodes), episodes);
        out.flush();
        return 0;
    }
}
