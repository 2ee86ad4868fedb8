package org.hebb.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.hebb.l2l.run.RunIntegrity;
import org.hebb.report.RunReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb report RUN_DIR}: (re)writes a run's figures (PNG + SVG) and its self-contained {@code report.html}
 * from the run's checked files (see {@code hebb verify}); prints the page's path. A run that has not finished (stopped,
 * killed, failed) gets a partial report of the generations its last checkpoint holds, marked as such on the page and
 * here. Bad input (not a run directory, no generation done, a file that fails its check) exits with status 2 and one
 * line on stderr, and writes nothing.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a run's figures (PNG + SVG) and report.html into its directory.",
            "A run that has not finished gets a partial report.",
            "MountainCar runs also get the best controller's response maps, episode, spike raster and held-out test.",
            "A 'hebb learn' directory gets its learning curve and its recorded held-out test ('hebb evaluate')."})
public final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "a run directory written by hebb run")
    Path runDir;

    @Override
    public Integer call() throws IOException {
        if (org.hebb.cli.learn.LearnCommand.isLearnDirectory(runDir)) {
            return learnReport();
        }
        RunIntegrity.Recorded run = RunReport.read(runDir);
        Path html = org.hebb.cli.run.RunRecord.report(runDir, run);
        PrintWriter out = spec.commandLine().getOut();
        if (run.partial()) {
            out.println("partial report: the run has not finished (status " + run.status() + "); it shows the "
                    + run.trajectory().size() + " generations of its last checkpoint ('hebb resume " + runDir
                    + "' continues it)");
        }
        out.println(html);
        out.flush();
        return 0;
    }

    /** A {@code hebb learn} directory: the learning curve and a small page (partial if the run has not finished). */
    private int learnReport() throws IOException {
        org.hebb.cli.learn.LearnReporting.Written w = org.hebb.cli.learn.LearnReporting.write(runDir);
        PrintWriter out = spec.commandLine().getOut();
        if (w.partial()) {
            out.println("partial report: the run has not finished (status " + w.status() + "); it shows the "
                    + w.episodes() + " episodes of its last checkpoint ('hebb resume " + runDir + "' continues it)");
        }
        out.println(w.html());
        out.flush();
        return 0;
    }
}
