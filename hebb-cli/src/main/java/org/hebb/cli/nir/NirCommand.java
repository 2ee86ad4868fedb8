package org.hebb.cli.nir;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hebb nir export|import}: exchange spiking networks with the PyTorch SNN frameworks (snnTorch, Norse,
 * SpikingJelly, Sinabs, Rockpool, Lava, Nengo) through NIR files (docs/nir.md).
 */
@Command(name = "nir", mixinStandardHelpOptions = true,
        description = {"Exchanges spiking networks with other frameworks as NIR files (docs/nir.md)."},
        subcommands = {NirExportCommand.class, NirImportCommand.class})
public final class NirCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
