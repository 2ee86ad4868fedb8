package org.hebb.cli.run;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.cli.config.TomlFile;
import org.hebb.l2l.run.RunDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb run CONFIG.toml [--out DIR] [--threads N] [--engine spark --master URL] [--progress MODE]}: the main
 * job. A Learning-to-Learn run of the configured optimizer on the configured optimizee, written to a run directory
 * (see docs/run.md; on a Spark cluster, docs/spark.md).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a Learning-to-Learn optimization (e.g. examples/cartpole-cmaes.toml) into a run directory.",
            "It writes run.json, trajectory.h5 (+ segments), best.genome, checkpoint.bin, generations.bin. Ctrl-C stops",
            "after the current generation's checkpoint, a second Ctrl-C at once; 'hebb resume DIR' continues."})
public final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG.toml", description = "config with [run], [optimizer], [optimizee]")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "run directory (default: [run] out, else runs/<config name>)")
    Path out;

    @CommandLine.Mixin
    org.hebb.cli.ForceOption force = new org.hebb.cli.ForceOption();

    @Option(names = "--threads", paramLabel = "N", description = "evaluation threads, 0 = one per core (default: [run] threads, 0)")
    Integer threads;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, else lines), bar, lines or none; default ${DEFAULT-VALUE}")
    ProgressReporter.Mode progress;

    @CommandLine.Mixin
    EngineOption engine = new EngineOption();

    private final RunFinisher finisher;

    /** The command as registered: a completed run ends with the report. */
    public RunCommand() {
        this(RunFinisher.REPORT);
    }

    /** The command with another finisher (tests). */
    public RunCommand(RunFinisher finisher) {
        this.finisher = finisher;
    }

    @Override
    public Integer call() throws Exception {
        ConfigTable root = TomlFile.read(config);
        RunConfig c = RunConfig.read(root); // every config error comes before any file is made
        engine.withDefaults(root.getTable("run")).engine();
        if (threads != null) {
            c = c.withThreads(threads);
        }
        Path dir = c.directory(out, config);
        String label = out != null ? "--out" : c.out() != null ? "run.out" : "run directory";
        if (RunDirectory.isRun(dir) && !force.force) {
            throw new UserError(label + ": " + dir + " already holds a run is not allowed; continue it with "
                    + "'hebb resume " + dir + "', choose another --out, or add --force to replace it whole");
        }
        RunSession.checkWritable(dir, label);
        org.hebb.cli.OutputDirectory.clear(dir, force.force); // a non-empty directory only with --force, if hebb's
        return new RunSession(c, dir, progress, finisher, spec.commandLine().getOut()).engine(engine).execute(false);
    }
}
