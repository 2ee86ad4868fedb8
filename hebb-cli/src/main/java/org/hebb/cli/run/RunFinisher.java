package org.hebb.cli.run;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What {@code hebb run} and {@code hebb resume} do once a run has completed all its generations: write the report
 * (figures and report.html) into the run directory. A seam, so the command does not depend on how the report is
 * made and tests can see that it is called once, only for a completed run.
 */
@FunctionalInterface
public interface RunFinisher {

    /** Writes what a completed run adds to its directory; returns the file to show the user, or null if none. */
    Path finish(Path runDir) throws IOException;

    /** The finisher the commands use: hebb-report's figures and report.html, as {@code hebb report} writes them. */
    RunFinisher REPORT = RunRecord::report;
}
