package org.hebb.cli.gym;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.hebb.cli.UserError;
import org.hebb.gym.Discrete;
import org.hebb.gym.Env;
import org.hebb.gym.EpisodeCsv;
import org.hebb.gym.Registry;
import org.hebb.gym.StepResult;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb gym replay ENV_ID --seed S --actions FILE}: resets with seed S, applies the actions of FILE (one per
 * line: an index, or comma-separated numbers for a continuous action; blank lines and {@code #} comments skipped)
 * until the episode ends or the list does, and prints the episode as CSV ({@link EpisodeCsv}): the same layout and
 * number text as the Gymnasium reference files, so the two compare line by line.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a list of actions from a seeded reset and print the episode as CSV.")
public final class ReplayCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ENV_ID", description = "Gymnasium id, e.g. MountainCar-v0.")
    String envId;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "Seed of the reset, any integer >= 0 (as Gymnasium).")
    BigInteger seed;

    @Option(names = "--actions", required = true, paramLabel = "FILE",
            description = "Actions, one per line: an index (discrete) or comma-separated numbers (continuous).")
    Path actionsFile;

    @Override
    public Integer call() {
        try {
            return replay();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private int replay() {
        Env env = Registry.make(envId);
        org.hebb.cli.config.SeedDomain.GYM_ENV.check("--seed", seed); // Gymnasium's domain: any integer >= 0
        List<String> lines;
        try {
            lines = Files.readAllLines(actionsFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("--actions: cannot read '" + actionsFile + "' (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        ActionLines actions = ActionLines.parse(lines, env.actionSpace(), envId);
        StringBuilder csv = new StringBuilder(); // printed once the whole replay has succeeded
        float[] obs = env.reset(seed).observation();
        csv.append(EpisodeCsv.header(obs.length)).append('\n');
        csv.append(EpisodeCsv.resetRow(obs)).append('\n');
        for (int i = 0; i < actions.size(); i++) {
            StepResult r;
            String text;
            try {
                if (env.actionSpace() instanceof Discrete) {
                    int a = actions.index(i);
                    r = env.step(a);
                    text = EpisodeCsv.action(a);
                } else {
                    float[] a = actions.vector(i);
                    r = env.step(a);
                    text = EpisodeCsv.action(a);
                }
            } catch (IllegalArgumentException e) {
                throw new UserError("--actions line " + actions.lineNumber(i) + ": " + e.getMessage());
            }
            csv.append(EpisodeCsv.stepRow(i + 1, text, r)).append('\n');
            if (r.done()) {
                break;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(csv);
        out.flush();
        return 0;
    }

}
