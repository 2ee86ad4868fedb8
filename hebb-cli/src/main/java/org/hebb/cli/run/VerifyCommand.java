package org.hebb.cli.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hebb.l2l.run.RunIntegrity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb verify RUN_DIR}: checks every file of a run directory the way {@code hebb resume} and
 * {@code hebb report} check what they read ({@link RunIntegrity}): {@code run.json} against its checksum,
 * {@code checkpoint.bin} against its trailer, {@code generations.bin}'s CRC chain, and the segments, index and
 * {@code best.genome} against the sums in the checkpoint. Prints {@code RUN_DIR: ok} (exit 0), or every problem, one
 * line each naming the file and what to do (exit 2). Figures and report.html are not checked: 'hebb report' remakes
 * them. A {@code hebb learn} directory is checked the same way (run.json, checkpoint.bin, and learning.csv, weights.h5
 * and evaluation.json against the checkpoint's sums and their own).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks every file of a run directory against its checksums.",
            "The files: run.json, checkpoint.bin, generations.bin, trajectory segments and index, best.genome; exit 0",
            "if all check, else 2 with one line per problem. Learn directories too (run.json, checkpoint.bin,",
            "learning.csv, weights.h5, evaluation.json)."})
public final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "a directory written by 'hebb run' or 'hebb learn'")
    Path dir;

    @Override
    public Integer call() throws Exception {
        RunRecord.requireDirectory(dir);
        List<String> problems = org.hebb.cli.learn.LearnCommand.isLearnDirectory(dir)
                ? org.hebb.cli.learn.LearnCommand.verify(dir) : RunIntegrity.verify(dir);
        if (problems.isEmpty()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(dir + ": ok");
            out.flush();
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(p -> err.println("error: " + p));
        err.flush();
        return 2;
    }
}
