package org.hebb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help a new user reads first: complete one-liners, and an unknown command refused even with --help. */
class HelpTest {

    /** Every command and subcommand, depth first. */
    private static List<CommandLine> commands(CommandLine c) {
        List<CommandLine> all = new ArrayList<>(List.of(c));
        c.getSubcommands().values().forEach(s -> all.addAll(commands(s)));
        return all;
    }

    @Test
    void everyOneLinerInTheCommandListIsACompleteSentence() {
        for (CommandLine c : commands(Hebb.commandLine())) {
            String[] header = c.getCommandSpec().usageMessage().header(); // picocli lists the header if there is one
            String[] d = header.length > 0 ? header : c.getCommandSpec().usageMessage().description();
            assertThat(d).as(c.getCommandName()).isNotEmpty();
            assertThat(d[0]).as("first description line of '%s' (the one 'hebb help' lists)",
                    c.getCommandSpec().qualifiedName()).matches("[A-Z].*\\.");
        }
    }

    @Test
    void anUnknownCommandWithHelpIsRefusedWithExit2() {
        CliRun r = CliRun.of("nosuch", "--help");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("error: hebb: 'nosuch' is not a command of hebb; the commands are help, "
                + "simulate, experiment, gym,").endsWith("('hebb --help' lists them)").doesNotContain("\n");
        CliRun sub = CliRun.of("gym", "nosuch", "--help");
        assertThat(sub.exitCode()).isEqualTo(2);
        assertThat(sub.err().strip()).isEqualTo("error: hebb gym: 'nosuch' is not a command of hebb gym; the commands "
                + "are play, replay ('hebb gym --help' lists them)");
        assertThat(CliRun.of("run", "--help").exitCode()).isZero();
        assertThat(CliRun.of("help").out().replaceAll("\\s+", " ")).contains("episode Runs one fitness episode of a "
                + "spiking controller and prints it as CSV, one row per step. report");
    }
}
