package org.hebb.cli.learn;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalDouble;
import org.hebb.cli.UserError;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.learn.gradient.Layer;
import org.hebb.learn.gradient.Network;
import org.hebb.learn.rl.Dqn;
import org.hebb.learn.rl.GradientAgentConfig;
import org.hebb.learn.rl.GradientRun;
import org.hebb.learn.rl.Ppo;

/**
 * A gradient agent's files in a learn directory: {@code checkpoint.bin} ({@link GradientRun#write}: the episode log and
 * the agent's whole state), {@code learning.csv} ({@code episode,return,steps,env_steps,trailing100_mean}, env_steps
 * cumulative) and {@code weights.h5} (one group per network — {@code q_network}, or {@code policy} and {@code value} —
 * with a group per layer holding {@code weights} (out × in), {@code bias} and, for a recurrent layer,
 * {@code recurrent} (out × out)). Written as {@link LearnDirectory#commit} says.
 */
final class GradientFiles {

    static final String CSV_HEADER = "episode,return,steps,env_steps,trailing100_mean";

    private GradientFiles() {
    }

    /** learning.csv of the run's current state. */
    static byte[] csv(GradientRun run) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (int e = 1; e <= run.episodes(); e++) {
            OptionalDouble m = run.trailingMean(e);
            sb.append(e).append(',').append(LearnDirectory.num(run.returnOf(e))).append(',').append(run.stepsOf(e))
                    .append(',').append(run.envStepsAt(e)).append(',')
                    .append(m.isPresent() ? LearnDirectory.num(m.getAsDouble()) : "").append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** weights.h5 of the run's current state. */
    static RunDirectory.FileWriter weights(GradientRun run) {
        return tmp -> {
            try (WritableHdfFile f = HdfFile.write(tmp)) {
                switch (run.agent()) {
                    case Dqn d -> putNetwork(f.putGroup("q_network"), d.network());
                    case Ppo p -> {
                        putNetwork(f.putGroup("policy"), p.policy());
                        putNetwork(f.putGroup("value"), p.valueNetwork());
                    }
                }
                f.putDataset("episodes", run.episodes());
                f.putDataset("env_steps", run.envSteps());
            }
        };
    }

    /** One group per layer: W (out × in, row-major in the flat vector), b, then R (out × out) if recurrent. */
    private static void putNetwork(WritableGroup g, Network net) {
        double[] p = net.parameters();
        int off = 0;
        int k = 0;
        for (Layer l : net.layers()) {
            WritableGroup lg = g.putGroup("layer" + k++);
            lg.putAttribute("layer", l.describe());
            int in = l.inputSize();
            int out = l.outputSize();
            lg.putDataset("weights", matrix(p, off, out, in));
            lg.putDataset("bias", Arrays.copyOfRange(p, off + out * in, off + out * in + out));
            if (l.parameterCount() > out * in + out) {
                lg.putDataset("recurrent", matrix(p, off + out * in + out, out, out));
            }
            off += l.parameterCount();
        }
        g.putAttribute("steps", net.steps());
    }

    private static double[][] matrix(double[] flat, int off, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, off + i * cols, m[i], 0, cols);
        }
        return m;
    }

    /** The run of checkpoint {@code ckpt} (checked). */
    static GradientRun read(LearnCheckpoint ckpt, GradientAgentConfig config, long seed) {
        try (DataInputStream in = ckpt.state()) {
            return GradientRun.read(config, seed, in);
        } catch (IOException | RuntimeException e) {
            throw new UserError(LearnDirectory.CHECKPOINT + ": not a readable " + config.method().label() + " state ("
                    + e.getMessage() + ") is not allowed; " + LearnCheckpoint.TODO);
        }
    }
}
