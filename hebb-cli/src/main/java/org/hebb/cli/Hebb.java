package org.hebb.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hebb} command line: one entry point, one subcommand per job. */
@Command(name = "hebb", mixinStandardHelpOptions = true, version = "hebb 0.1.0-SNAPSHOT",
        description = "Plasticity-driven spiking neural networks that learn to act.",
        subcommands = {CommandLine.HelpCommand.class, org.hebb.cli.simulate.SimulateCommand.class,
                org.hebb.cli.experiment.ExperimentCommand.class, org.hebb.cli.gym.GymCommand.class,
                org.hebb.cli.episode.EpisodeCommand.class, org.hebb.cli.report.ReportCommand.class,
                org.hebb.cli.compare.CompareCommand.class, org.hebb.cli.run.RunCommand.class,
                org.hebb.cli.run.ResumeCommand.class, org.hebb.cli.run.VerifyCommand.class,
                org.hebb.cli.run.EvaluateCommand.class,
                org.hebb.cli.nir.NirCommand.class, org.hebb.cli.learn.LearnCommand.class,
                org.hebb.cli.paradigms.ParadigmsCommand.class})
public final class Hebb implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the command line with hebb's error handling: bad input gives one line on stderr, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Hebb());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("error: " + UserError.messageOf(ex));
            return ex instanceof UserError || ex instanceof IllegalArgumentException ? 2 : 1;
        });
        cl.setExecutionStrategy(Hebb::executeKnownCommand);
        CommandLine.IParameterExceptionHandler picocli = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !cmd.getSubcommands().isEmpty()
                    && !u.getUnmatched().isEmpty()) {
                return unknownCommand(cmd, u.getUnmatched().get(0));
            }
            return picocli.handleParseException(ex, args);
        });
        return cl;
    }

    /**
     * Runs the command picocli parsed, unless a word it could not match is left over: with {@code --help} picocli
     * would print the parent's help and exit 0 ({@code hebb nosuch --help}); it is an unknown command, exit 2.
     */
    private static int executeKnownCommand(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        CommandLine cmd = last.commandSpec().commandLine();
        if (!last.unmatched().isEmpty() && !cmd.getSubcommands().isEmpty()) {
            return unknownCommand(cmd, last.unmatched().get(0));
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** One line for a word that is not a subcommand of {@code cmd}, with the ones it has; exit code 2. */
    private static int unknownCommand(CommandLine cmd, String word) {
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println("error: " + name + ": '" + word + "' is not a command of " + name + "; the commands are "
                + String.join(", ", cmd.getSubcommands().keySet()) + " ('" + name + " --help' lists them)");
        return 2;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
