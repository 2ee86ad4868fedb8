package org.hebb.cli.nir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hebb.cli.UserError;
import org.hebb.nir.NirFile;
import org.hebb.nir.NirImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb nir import FILE.nir --out SPEC.toml}: a NIR graph as a network spec that {@code hebb simulate} runs
 * (docs/network-spec.md), with a spike_recorder (or, for a read-out, a multimeter of V_m) on every NIR Output.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Writes a NIR graph as a network spec that 'hebb simulate' runs (docs/nir.md).",
            "Input -> parrot_neuron, CubaLIF -> iaf_psc_exp, LIF -> iaf_psc_delta, CubaLI -> read-out, Linear/Affine ->",
            "weights."})
public final class NirImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.nir", description = "a NIR file (HDF5)")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "SPEC.toml", description = "the spec to write")
    Path out;

    @picocli.CommandLine.Mixin
    org.hebb.cli.ForceOption force = new org.hebb.cli.ForceOption();

    @Option(names = "--resolution", paramLabel = "MS", description = "hebb's step h, ms (default: the file's "
            + "hebb_resolution_ms, else " + NirImport.DEFAULT_RESOLUTION_MS + ")")
    Double resolution;

    @Option(names = "--simtime", paramLabel = "MS", defaultValue = "1000", description = "the spec's simtime, ms; default ${DEFAULT-VALUE}")
    double simtime;

    @Override
    public Integer call() {
        NirImport.Imported im;
        try {
            im = NirImport.read(NirFile.read(file), resolution, line -> spec.commandLine().getErr().println("note: " + line));
        } catch (IllegalArgumentException e) {
            String m = e.getMessage(); // NirFile's messages about the file itself already start with its path
            throw new UserError(m.startsWith(file + ": ") ? m : file + ": " + m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String toml = SpecToml.write(im, simtime, "imported from " + file.getFileName() + " by hebb nir import");
        try {
            org.hebb.cli.OutputDirectory.writeFile(out, force.force,
                    tmp -> Files.writeString(tmp, toml, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().println("wrote " + out + ": " + im.net().populations().size() + " populations, "
                + im.net().projections().size() + " projections; run it with: hebb simulate " + out + " --out DIR");
        return 0;
    }
}
