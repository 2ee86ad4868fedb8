package org.hebb.learn.ann;

import java.util.Arrays;

import org.hebb.gym.Discrete;
import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.StepResult;
import org.hebb.learn.gradient.Dense;
import org.hebb.learn.gradient.Network;
import org.hebb.learn.rl.GradientLearner;
import org.hebb.learn.rl.Observations;
import org.hebb.learn.task.EpisodeResult;
import org.hebb.learn.task.HeldOut;
import org.hebb.learn.task.Task;

/**
 * The ANN baseline as a controller of a {@link Task}: an {@link Mlp} ({@code observations → hidden… → actions}, tanh
 * hidden layers, linear outputs) with given parameters, acting greedily (argmax of its outputs) on the observation
 * scaled as the gradient agents scale it ({@link Observations}). One policy owns its network and env; it plays one
 * episode at a time. Evolution (hebb-l2l's MLP optimizee) sets the parameters from a genome.
 */
public final class MlpPolicy {
    private final Task task;
    private final Network net;
    private final Env env;
    private final Observations obs;
    private final double[] x;

    /** A policy of the MLP {@code sizes} (see {@link #sizes}) on {@code task} with {@code parameters}. */
    public MlpPolicy(Task task, int[] sizes, double[] parameters) {
        this.task = task;
        this.net = network(sizes);
        if (parameters.length != net.parameterCount()) {
            throw new IllegalArgumentException("genome: " + parameters.length + " genes is not allowed; must be "
                    + net.parameterCount() + " for the MLP " + Arrays.toString(sizes));
        }
        net.setParameters(parameters);
        this.env = Registry.make(task.envId());
        this.obs = new Observations(env.observationSpace());
        this.x = new double[obs.size()];
    }

    /**
     * The layer sizes of the MLP with {@code hidden} layers on {@code task}, inputs first; the task must have discrete
     * actions and be scored by its return.
     */
    public static int[] sizes(Task task, int... hidden) {
        if (task == null) {
            throw new IllegalArgumentException("task: null is not allowed; must be a Task");
        }
        Env env = Registry.make(task.envId());
        if (!(env.actionSpace() instanceof Discrete d)) {
            throw new IllegalArgumentException("env: " + task.envId() + " is not allowed; the MLP controller needs"
                    + " discrete actions (CartPole-v1, Acrobot-v1, MountainCar-v0)");
        }
        if (task.score() != Task.Score.RETURN) {
            throw new IllegalArgumentException("score: " + task.score() + " is not allowed; the MLP controller is"
                    + " scored by the return");
        }
        for (int h : hidden) {
            if (h < 1) {
                throw new IllegalArgumentException("hidden layer size: " + h + " is not allowed; must be >= 1");
            }
        }
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = env.observationSpace().size();
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = d.n();
        return sizes;
    }

    /** A new network of layer sizes {@code sizes} (parameters to be set). */
    public static Network network(int[] sizes) {
        return Mlp.of(0, Dense.Activation.TANH, sizes);
    }

    /** One episode from {@code reset(seed)}, at most {@code maxSteps} steps. */
    public EpisodeResult play(long seed, int maxSteps) {
        float[] o = env.reset(seed).observation();
        double total = 0;
        int t = 0;
        boolean terminated = false;
        while (t < maxSteps) {
            obs.write(o, x, 0);
            StepResult r = env.step(GradientLearner.argmax(net.forward(x, 1)));
            t++;
            total += r.reward();
            o = r.observation();
            if (r.terminated()) {
                terminated = true;
                break;
            }
            if (r.truncated()) {
                break;
            }
        }
        return new EpisodeResult(total, total, t, terminated, HeldOut.success(task, terminated, t));
    }
}
