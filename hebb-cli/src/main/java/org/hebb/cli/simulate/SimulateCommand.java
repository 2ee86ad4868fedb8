package org.hebb.cli.simulate;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hebb.cli.OutputDirectory;
import org.hebb.cli.config.TomlFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hebb simulate SPEC.toml --out DIR}: builds a network from a spec, simulates it, writes every recorder. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a network described in a TOML spec (docs/network-spec.md) and write one CSV per recorder.")
public final class SimulateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC.toml", description = "the network spec")
    Path spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory (created if absent; an existing one only with --force)")
    Path out;

    @picocli.CommandLine.Mixin
    org.hebb.cli.ForceOption force = new org.hebb.cli.ForceOption();

    @Override
    public Integer call() {
        NetworkSpec s = NetworkSpec.read(TomlFile.read(spec));
        BuiltNetwork built = BuiltNetwork.build(s);
        built.checkRecording(s.simtime(), Runtime.getRuntime().maxMemory());
        BuiltNetwork.at("simtime", () -> {
            built.network().simulate(s.simtime());
            return null;
        });
        Path dir = OutputDirectory.write(out, force.force, stage -> {
            for (var e : built.recorders().entrySet()) {
                RecorderCsv.write(built.network(), e.getValue(), stage.resolve(e.getKey() + ".csv"));
            }
        });
        for (String label : built.recorderLabels()) {
            System.out.println("wrote " + dir.resolve(label + ".csv"));
        }
        return 0;
    }
}
