package org.hebb.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.l2l.run.RunDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb resume RUN_DIR [--threads N] [--progress MODE]}: continues a stopped or killed run from its last
 * checkpoint, rebuilt from the config its {@code run.json} recorded; the files it ends with are byte-identical to
 * an uninterrupted run's.
 */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = {"Continues a stopped or killed run from its last checkpoint (same config, from run.json).",
            "The run ends with exactly the files an uninterrupted run would have written."})
public final class ResumeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "a directory written by 'hebb run'")
    Path dir;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "evaluation threads, 0 = one per core (default); results do not depend on it")
    int threads;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, else lines), bar, lines or none; default ${DEFAULT-VALUE}")
    ProgressReporter.Mode progress;

    @CommandLine.Mixin
    EngineOption engine = new EngineOption();

    private final RunFinisher finisher;

    public ResumeCommand() {
        this(RunFinisher.REPORT);
    }

    /** The command with another finisher (tests). */
    public ResumeCommand(RunFinisher finisher) {
        this.finisher = finisher;
    }

    @Override
    public Integer call() throws Exception {
        if (org.hebb.cli.learn.LearnCommand.isLearnDirectory(dir)) {
            return org.hebb.cli.learn.LearnCommand.resume(dir, progress.name(), spec.commandLine().getOut());
        }
        ObjectNode runJson = RunRecord.readRun(dir);
        if ("finished".equals(runJson.path("status").asText())) {
            java.util.List<String> problems = org.hebb.l2l.run.RunIntegrity.verify(dir);
            if (!problems.isEmpty()) {
                throw new UserError(problems.getFirst());
            }
            spec.commandLine().getOut().println(dir + ": the run has finished; nothing to resume");
            return 0;
        }
        RunConfig c = RunRecord.recordedConfig(dir, runJson).withThreads(threads);
        engine.engine();
        return new RunSession(c, dir, progress, finisher, spec.commandLine().getOut()).engine(engine).execute(true);
    }
}
