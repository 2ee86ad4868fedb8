package org.hebb.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb report RUN_DIR}: (re)writes a run's figures (PNG + SVG) and its self-contained {@code report.html}
 * from the run's {@code run.json} and {@code trajectory.h5}; prints the page's path. Bad input (not a run directory,
 * no trajectory, a broken file) exits with status 2 and one line on stderr, and writes nothing.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a run's figures (PNG + SVG) and report.html into its directory.",
            "MountainCar runs also get the best controller's response maps, episode, spike raster and held-out test."})
public final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "a run directory written by hebb run")
    Path runDir;

    @Override
    public Integer call() throws IOException {
        Path html = org.hebb.cli.run.RunRecord.report(runDir);
        PrintWriter out = spec.commandLine().getOut();
        out.println(html);
        out.flush();
        return 0;
    }
}
