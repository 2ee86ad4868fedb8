package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import org.hebb.cli.UserError;
import org.hebb.learn.rl.GradientAgentConfig;
import org.hebb.learn.rl.GradientRun;

/**
 * A gradient agent ({@link GradientRun}: DQN or PPO) in a learn directory: one unit is a DQN episode or a PPO
 * rollout; training ends at the first unit boundary past the budget. A non-finite gradient stops training with a
 * one-line error naming the network, layer and time step; nothing of the unit is written, so the last good checkpoint
 * stays as it was.
 */
final class GradientTrainer implements Trainer {

    private final GradientRun run;
    private final GradientAgentConfig config;
    private final boolean bySteps;
    private final String identity;

    /** The run of checkpoint {@code ckpt} (checked), or a fresh one if it is null; {@code identity}: whose run. */
    GradientTrainer(LearnCheckpoint ckpt, LearnConfig c, String identity) {
        config = c.gradient();
        this.identity = identity;
        run = ckpt != null ? GradientFiles.read(ckpt, config, c.seed()) : new GradientRun(config, c.seed());
        bySteps = config.budgetSteps() > 0;
    }

    @Override
    public boolean finished() {
        return run.finished();
    }

    @Override
    public double nextUnit() {
        try {
            run.nextUnit();
        } catch (IllegalStateException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("gradient: ")) {
                throw e;
            }
            throw new UserError(e.getMessage() + "; the last good checkpoint (" + (run.episodes() == 0 ? "none yet"
                    : "episode " + run.episodes() + ", " + run.envStepsAt(run.episodes()) + " env steps") + ") is kept");
        }
        return run.returnOf(run.episodes());
    }

    @Override
    public void write(Path dir) throws IOException {
        LearnDirectory.commit(dir, identity, run::write, csv(), GradientFiles.weights(run));
    }

    @Override
    public void writeDerived(Path dir) throws IOException {
        LearnDirectory.writeDerived(dir, csv(), GradientFiles.weights(run));
    }

    @Override
    public byte[] csv() {
        return GradientFiles.csv(run);
    }

    @Override
    public long progress() {
        return bySteps ? run.envSteps() : run.episodes();
    }

    @Override
    public long progressMax() {
        return bySteps ? config.budgetSteps() : config.budgetEpisodes();
    }

    @Override
    public String progressUnit() {
        return bySteps ? "env step" : "episode";
    }

    @Override
    public String progressLine(double r) {
        OptionalDouble m = run.trailingMean(run.episodes());
        String tm = m.isPresent() ? String.format(Locale.ROOT, "%.1f", m.getAsDouble()) : "-";
        return String.format(Locale.ROOT, "env steps %d  episode %d  return %.0f  trailing100 %s", run.envSteps(),
                run.episodes(), r, tm);
    }

    @Override
    public String finish(ObjectNode runJson, Path dir) {
        runJson.put("status", "budget");
        runJson.put("episodes", run.episodes());
        runJson.put("env_steps", run.envSteps());
        return String.format(Locale.ROOT, "trained %d episodes, %d env steps (%s %s on %s); wrote %s; held-out test:"
                + " hebb evaluate %s", run.episodes(), run.envSteps(), config.network().kind().label(),
                config.method().label(), config.envId(), dir, dir);
    }
}
