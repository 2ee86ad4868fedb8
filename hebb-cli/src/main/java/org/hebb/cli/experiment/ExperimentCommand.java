package org.hebb.cli.experiment;

import org.hebb.cli.experiment.stdp.StdpExperiment;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hebb experiment ...}: the report's experiments, one subcommand each. */
@Command(name = "experiment", mixinStandardHelpOptions = true, description = "Re-run one of the report's experiments.",
        subcommands = {StdpExperiment.class})
public final class ExperimentCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
