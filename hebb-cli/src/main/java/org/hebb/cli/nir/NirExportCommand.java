package org.hebb.cli.nir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hebb.cli.UserError;
import org.hebb.cli.config.TomlFile;
import org.hebb.cli.run.RunRecord;
import org.hebb.cli.simulate.BuiltNetwork;
import org.hebb.cli.simulate.NetworkSpec;
import org.hebb.learn.task.Task;
import org.hebb.nir.HebbNet;
import org.hebb.nir.NirExport;
import org.hebb.nir.NirFile;
import org.hebb.nir.NirNode;
import org.hebb.sim.NodeCollection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb nir export RUN_DIR|SPEC.toml --out FILE.nir [--strict] [--target snntorch]}: a run's best controller
 * (the recorded task and {@code best.genome}) or a network spec as a NIR graph. Each thing the file cannot hold is a
 * one-line warning on stderr, or with {@code --strict} one error naming them all and no file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a run's best controller or a network spec as a NIR file (times in seconds).",
            "Prints one warning per thing NIR cannot hold (t_ref, delays, tau_syn_in, I_e, plasticity, ...)."})
public final class NirExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR|SPEC.toml",
            description = "a directory written by 'hebb run' (its best individual) or a 'hebb simulate' spec")
    Path source;

    @Option(names = "--out", required = true, paramLabel = "FILE.nir", description = "the NIR file to write")
    Path out;

    @picocli.CommandLine.Mixin
    org.hebb.cli.ForceOption force = new org.hebb.cli.ForceOption();

    @Option(names = "--strict", description = "refuse instead of warning when NIR cannot hold something")
    boolean strict;

    @Option(names = "--target", paramLabel = "nir|snntorch", defaultValue = "nir",
            description = "nir (NIR's continuous-time definitions) or snntorch (also snnTorch's importer: v_leak 0, "
                    + "r = tau/dt, w_in 1, reset to 0); default ${DEFAULT-VALUE}")
    String target;

    @Override
    public Integer call() {
        NirExport.Target t = switch (target) {
            case "nir" -> NirExport.Target.NIR;
            case "snntorch" -> NirExport.Target.SNNTORCH;
            default -> throw new UserError("--target: '" + target + "' is not allowed; must be nir or snntorch");
        };
        PrintWriter err = spec.commandLine().getErr();
        HebbNet net = read(source, line -> err.println("warning: " + line));
        NirNode.Graph g;
        try {
            g = NirExport.export(net, t, strict, line -> err.println("warning: " + line));
        } catch (IllegalArgumentException e) {
            throw new UserError(source + ": " + e.getMessage());
        }
        err.flush();
        try {
            org.hebb.cli.OutputDirectory.writeFile(out, force.force, tmp -> NirFile.write(g, tmp));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().println("wrote " + out + ": " + g.nodes().size() + " nodes, " + g.edges().size()
                + " edges (" + String.join(", ", g.nodes().keySet()) + ")");
        return 0;
    }

    /** The network of a run directory's best individual or of a spec file. */
    static HebbNet read(Path source, java.util.function.Consumer<String> notes) {
        if (Files.isDirectory(source)) {
            ObjectNode runJson = RunRecord.readRun(source);
            Task task = RunRecord.recordedTask(source, runJson);
            return HebbNet.ofController(task, RunRecord.bestGenome(source, task), notes);
        }
        if (!Files.isRegularFile(source)) {
            throw new UserError(source + ": no such file or directory; give a RUN_DIR or a SPEC.toml");
        }
        NetworkSpec spec = NetworkSpec.read(TomlFile.read(source));
        BuiltNetwork built = BuiltNetwork.build(spec);
        Map<String, NodeCollection> labels = new LinkedHashMap<>(built.labels());
        built.recorders().keySet().forEach(labels::remove);
        try {
            return HebbNet.read(built.network(), labels, notes);
        } catch (IllegalArgumentException e) {
            throw new UserError(source + ": " + e.getMessage());
        }
    }
}
