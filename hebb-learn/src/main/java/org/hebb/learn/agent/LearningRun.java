package org.hebb.learn.agent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.IntConsumer;

import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.StepResult;
import org.hebb.learn.task.EpisodePlayer;
import org.hebb.learn.task.EpisodeResult;
import org.hebb.learn.task.HeldOut;

/**
 * One agent learning a task episode after episode: episode e (from 1) plays {@code reset(seed=}{@link #envSeed}{@code )},
 * always outside the held-out seeds 10000..10099; the run is solved at the first episode whose trailing-100 mean
 * return reaches the task's registered threshold. The whole state — agent, episode count, returns — is written by
 * {@link #write} after any episode, and a run read back continues bit for bit.
 */
public final class LearningRun {

    /** Episodes in the trailing mean. */
    public static final int WINDOW = 100;

    private final AgentConfig cfg;
    private final long seed;
    private final SpikingActorCritic agent;
    private final List<Double> returns = new ArrayList<>();
    private final List<Integer> steps = new ArrayList<>();

    /** A fresh run of {@code cfg} from learning seed {@code seed} (&ge; 0). */
    public LearningRun(AgentConfig cfg, long seed) {
        if (seed < 0 || seed > 1_000_000_000L) {
            throw new IllegalArgumentException("seed: " + seed + " is not allowed; must be in [0, 1000000000]");
        }
        this.cfg = cfg;
        this.seed = seed;
        this.agent = new SpikingActorCritic(cfg, SplitMix.mix(seed, 1));
    }

    /** The env seed of training episode {@code episode} (from 1) of learning seed {@code seed}: 10^6 (seed + 1) + e. */
    public static long envSeed(long seed, int episode) {
        return 1_000_000L * (seed + 1) + episode;
    }

    /** Plays and learns from the next episode; returns its return. */
    public double nextEpisode() {
        int e = returns.size() + 1;
        EpisodeResult r = play(agent, cfg.envId(), envSeed(seed, e), Integer.MAX_VALUE, true, null);
        returns.add(r.totalReward());
        steps.add(r.steps());
        return r.totalReward();
    }

    /**
     * One episode of {@code agent}: learning (sampled actions, plasticity on) or frozen (greedy, no plasticity).
     *
     * @param spikes told each decision's spike count ({@link SpikingActorCritic#lastSpikes}), or null
     */
    static EpisodeResult play(SpikingActorCritic agent, String envId, long envSeed, int maxSteps, boolean learn,
            IntConsumer spikes) {
        Env env = Registry.make(envId);
        float[] obs = env.reset(envSeed).observation();
        double[] x = new double[obs.length];
        double[] next = new double[obs.length];
        copy(obs, x);
        agent.startEpisode();
        double total = 0;
        int t = 0;
        boolean terminated = false;
        while (t < maxSteps) {
            int a = agent.act(x, learn, !learn);
            if (spikes != null) {
                spikes.accept(agent.lastSpikes());
            }
            StepResult r = env.step(a);
            t++;
            total += r.reward();
            copy(r.observation(), next);
            if (learn) {
                agent.reward(r.reward(), next, r.terminated());
            }
            System.arraycopy(next, 0, x, 0, x.length);
            if (r.terminated()) {
                terminated = true;
                break;
            }
            if (r.truncated()) {
                break;
            }
        }
        if (learn) {
            agent.endEpisode();
        }
        boolean success = switch (HeldOut.successKind(envId)) {
            case GOAL -> terminated;
            case SURVIVAL -> !terminated && t >= Registry.spec(envId).maxEpisodeSteps();
            case NONE -> false;
        };
        return new EpisodeResult(total, total, t, terminated, success);
    }

    private static void copy(float[] from, double[] to) {
        for (int d = 0; d < from.length; d++) {
            to[d] = from[d];
        }
    }

    /** @return episodes played */
    public int episodes() {
        return returns.size();
    }

    /** @return the return of episode {@code e} (from 1) */
    public double returnOf(int e) {
        return returns.get(e - 1);
    }

    /** @return the steps of episode {@code e} (from 1) */
    public int stepsOf(int e) {
        return steps.get(e - 1);
    }

    /** @return the mean of the last 100 returns up to episode {@code e}, empty before episode 100 */
    public OptionalDouble trailingMean(int e) {
        if (e < WINDOW) {
            return OptionalDouble.empty();
        }
        double s = 0;
        for (int k = e - WINDOW; k < e; k++) {
            s += returns.get(k);
        }
        return OptionalDouble.of(s / WINDOW);
    }

    /** @return whether episode {@code e}'s trailing mean reaches the task's registered threshold */
    public boolean solvedAt(int e) {
        OptionalDouble t = Registry.spec(cfg.envId()).rewardThreshold();
        OptionalDouble m = trailingMean(e);
        return t.isPresent() && m.isPresent() && m.getAsDouble() >= t.getAsDouble();
    }

    /** @return the first solved episode, or 0 */
    public int firstSolved() {
        for (int e = WINDOW; e <= returns.size(); e++) {
            if (solvedAt(e)) {
                return e;
            }
        }
        return 0;
    }

    /** @return whether the run is over: solved or at max_episodes */
    public boolean finished() {
        int e = returns.size();
        return e >= cfg.getInt(AgentParam.MAX_EPISODES) || (e > 0 && solvedAt(e));
    }

    public AgentConfig config() {
        return cfg;
    }

    public long seed() {
        return seed;
    }

    public SpikingActorCritic agent() {
        return agent;
    }

    /** Writes the run's state: format, seed, returns, steps, agent. */
    public void write(DataOutputStream out) throws IOException {
        out.writeUTF("hebb-learning-run-1");
        out.writeUTF(cfg.toString());
        out.writeLong(seed);
        out.writeInt(returns.size());
        for (int k = 0; k < returns.size(); k++) {
            out.writeDouble(returns.get(k));
            out.writeInt(steps.get(k));
        }
        agent.write(out);
    }

    /** Reads a state written by {@link #write} into a fresh run of the same config and seed. */
    public static LearningRun read(AgentConfig cfg, DataInputStream in) throws IOException {
        String format = in.readUTF();
        if (!format.equals("hebb-learning-run-1")) {
            throw new IOException("checkpoint format: \"" + format + "\" is not allowed; must be hebb-learning-run-1");
        }
        String c = in.readUTF();
        if (!c.equals(cfg.toString())) {
            throw new IOException("checkpoint: written for another agent config; must be " + cfg);
        }
        LearningRun run = new LearningRun(cfg, in.readLong());
        int n = in.readInt();
        for (int k = 0; k < n; k++) {
            run.returns.add(in.readDouble());
            run.steps.add(in.readInt());
        }
        run.agent.read(in);
        return run;
    }

    /** @return the agent's state as bytes (for a frozen player) */
    public byte[] agentState() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            agent.write(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.toByteArray();
    }

    /**
     * The learned agent with plasticity frozen as an {@link EpisodePlayer}: every episode starts from this state
     * (a copy), acts greedily, and draws its input spikes from a stream seeded by the episode's env seed, so the
     * held-out engine's result does not depend on order or threads.
     */
    public EpisodePlayer frozenPlayer() {
        return new FrozenPlayer(cfg, agentState(), null);
    }

    /** {@link #frozenPlayer()} that tells {@code spikes} each decision's spike count (inputs and actor). */
    public EpisodePlayer frozenPlayer(IntConsumer spikes) {
        return new FrozenPlayer(cfg, agentState(), spikes);
    }

    private record FrozenPlayer(AgentConfig cfg, byte[] state, IntConsumer spikes) implements EpisodePlayer {
        @Override
        public EpisodeResult play(double[] genome, long seed, int maxSteps) throws IOException {
            SpikingActorCritic a = new SpikingActorCritic(cfg, 0);
            a.read(new DataInputStream(new ByteArrayInputStream(state)));
            a.reseed(SplitMix.mix(seed, 2));
            return LearningRun.play(a, cfg.envId(), seed, maxSteps, false, spikes);
        }
    }
}
