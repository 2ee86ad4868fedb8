package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import org.hebb.learn.agent.AgentParam;
import org.hebb.learn.agent.LearningRun;

/** A plasticity agent ({@link LearningRun}) in a learn directory: one unit is one episode. */
final class PlasticityTrainer implements Trainer {

    private final LearningRun run;
    private final double[] initial;
    private final int max;
    private final String identity;

    /** The run of checkpoint {@code ckpt} (checked), or a fresh one if it is null; {@code identity}: whose run. */
    PlasticityTrainer(LearnCheckpoint ckpt, LearnConfig config, String identity) {
        this.identity = identity;
        if (ckpt != null) {
            double[][] w0 = new double[1][];
            run = LearnDirectory.readState(ckpt, config, w0);
            initial = w0[0];
        } else {
            run = new LearningRun(config.agent(), config.seed());
            initial = run.agent().weights();
        }
        max = config.agent().getInt(AgentParam.MAX_EPISODES);
    }

    @Override
    public boolean finished() {
        return run.finished();
    }

    @Override
    public double nextUnit() {
        return run.nextEpisode();
    }

    @Override
    public void write(Path dir) throws IOException {
        LearnDirectory.commit(dir, identity, LearnDirectory.state(run, initial), csv(), LearnDirectory.weights(run,
                initial));
    }

    @Override
    public void writeDerived(Path dir) throws IOException {
        LearnDirectory.writeDerived(dir, csv(), LearnDirectory.weights(run, initial));
    }

    @Override
    public byte[] csv() {
        return LearnDirectory.csv(run);
    }

    @Override
    public long progress() {
        return run.episodes();
    }

    @Override
    public long progressMax() {
        return max;
    }

    @Override
    public String progressUnit() {
        return "episode";
    }

    @Override
    public String progressLine(double r) {
        OptionalDouble m = run.trailingMean(run.episodes());
        String tm = m.isPresent() ? String.format(Locale.ROOT, "%.1f", m.getAsDouble()) : "-";
        return String.format(Locale.ROOT, "episode %d/%d  return %.0f  trailing100 %s", run.episodes(), max, r, tm);
    }

    @Override
    public String finish(ObjectNode runJson, Path dir) {
        int solved = run.firstSolved();
        runJson.put("status", solved > 0 ? "solved" : "max_episodes");
        runJson.put("episodes", run.episodes());
        if (solved > 0) {
            runJson.put("solved_at_episode", solved);
        } else {
            runJson.putNull("solved_at_episode");
        }
        return String.format(Locale.ROOT, "%s after %d episodes%s; wrote %s", solved > 0 ? "solved" : "not solved",
                run.episodes(), solved > 0 ? " (first episode with trailing100_mean >= threshold: " + solved + ")"
                : "", dir);
    }
}
