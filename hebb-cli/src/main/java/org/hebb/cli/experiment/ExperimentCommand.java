package org.hebb.cli.experiment;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hebb experiment NAME}: the research report's experiments, each from one command. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Run one of the report's experiments and write its data and figures.",
        subcommands = {DcPairExperiment.class, org.hebb.cli.experiment.stdp.StdpExperiment.class})
public final class ExperimentCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
