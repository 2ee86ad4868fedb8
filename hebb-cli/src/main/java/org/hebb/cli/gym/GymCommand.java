package org.hebb.cli.gym;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hebb gym}: check the Gymnasium-exact tasks from the command line. */
@Command(name = "gym", mixinStandardHelpOptions = true,
        description = "Gymnasium-exact control tasks: play a policy, replay recorded actions.",
        subcommands = {PlayCommand.class, ReplayCommand.class})
public final class GymCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
