package org.hebb.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hebb.cli.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The messages issue 16 found wrong, exactly: no doubled prefix, a bad record_from under its multimeter, only
 * synapse models offered for a synapse, huge delays and times refused at the spec's field (no integer overflow),
 * seeds outside NEST's domain refused; exit 2, one line, no output directory.
 */
class SimulateMessagesTest {
    static final String TWO = "simtime = 10.0\n[[nodes]]\nlabel = \"n\"\nmodel = \"iaf_psc_alpha\"\nn = 2\n";
    static final String METER = "[[nodes]]\nlabel = \"vm\"\nmodel = \"multimeter\"\n"
            + "params = { interval = 0.1, record_from = [\"V_m\"] }\n[[connections]]\nsource = \"vm\"\ntarget = \"n\"\n";

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("resolution 0", "resolution = 0.0\n" + TWO,
                        "resolution: 0.0 is not allowed; must be > 0 and finite"),
                Arguments.of("record_from", TWO + METER.replace("[\"V_m\"]", "[\"V_m\", \"bogus\"]"),
                        "nodes[1].params.record_from: 'bogus' is not allowed; must be one of V_m, I_syn_ex, I_syn_in "
                                + "(what iaf_psc_alpha, connected by connections[0], records)"),
                Arguments.of("unknown synapse model", TWO + "[[connections]]\nsource = \"n[0]\"\ntarget = \"n[1]\"\n"
                                + "syn = { synapse_model = \"iaf_psc_alpha\" }\n",
                        "connections[0].syn: synapse_model: 'iaf_psc_alpha' is not allowed; must be one of "
                                + "static_synapse, stdp_synapse, stdp_trace_synapse, stdp_dopamine_synapse, "
                                + "mstdp_synapse, three_factor_stdp_synapse, tsodyks2_synapse, tsodyks_synapse"),
                Arguments.of("delay 1e9", TWO + "[[connections]]\nsource = \"n[0]\"\ntarget = \"n[1]\"\n"
                                + "syn = { delay = 1e9 }\n",
                        "connections[0]: delay: 1.0E9 is not allowed; must be at most 2^31-2 steps of 0.1 ms = "
                                + "214748364.6 ms"),
                Arguments.of("simtime 1e20", TWO.replace("10.0", "1e20"),
                        "simtime: 1.0E20 is not allowed; must be within the step counter's range, |t| <= 2^53 steps "
                                + "of 0.1 ms = 900719925474099.2 ms"),
                Arguments.of("recording beyond the heap", TWO.replace("10.0", "1e12") + METER,
                        "simtime: 1.0E12 ms is not allowed with these multimeters; they would record about "),
                Arguments.of("seed 2^64-1", "seed = 18446744073709551615\n" + TWO,
                        "seed: 18446744073709551615 is not allowed; must be an integer in [1, 2^32-1] (NEST's rng_seed)"),
                Arguments.of("seed -1", "seed = -1\n" + TWO,
                        "seed: -1 is not allowed; must be an integer in [1, 2^32-1] (NEST's rng_seed)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneExactLineExit2AndNoOutput(String name, String spec, String message) throws IOException {
        Path file = Files.writeString(tmp.resolve("spec.toml"), spec);
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("simulate", file.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("error: " + message).doesNotContain("\n");
        if (!name.startsWith("recording")) {
            assertThat(r.err().strip()).isEqualTo("error: " + message);
        }
        assertThat(out).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void anOutDirectoryThatCannotBeCreatedIsNamedWithItsReason() throws IOException {
        Path file = Files.writeString(tmp.resolve("spec.toml"), TWO);
        Path blocker = Files.writeString(tmp.resolve("file"), "x");
        CliRun r = CliRun.of("simulate", file.toString(), "--out", blocker.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: --out: " + blocker.resolve("out") + " cannot be created ("
                + blocker + ": it exists)");
    }

    @org.junit.jupiter.api.Test
    void specSeedsMinusOneAnd2To64MinusOneNoLongerAlias() throws IOException {
        String poisson = "simtime = 50.0\n[[nodes]]\nlabel = \"p\"\nmodel = \"poisson_generator\"\n"
                + "params = { rate = 500.0 }\n[[nodes]]\nlabel = \"parrot\"\nmodel = \"parrot_neuron\"\n"
                + "[[nodes]]\nlabel = \"sr\"\nmodel = \"spike_recorder\"\n[[connections]]\nsource = \"p\"\n"
                + "target = \"parrot\"\n[[connections]]\nsource = \"parrot\"\ntarget = \"sr\"\n";
        Path a = Files.writeString(tmp.resolve("a.toml"), "seed = 1\n" + poisson);
        Path b = Files.writeString(tmp.resolve("b.toml"), "seed = 4294967295\n" + poisson);
        assertThat(CliRun.of("simulate", a.toString(), "--out", tmp.resolve("a").toString()).exitCode()).isZero();
        assertThat(CliRun.of("simulate", b.toString(), "--out", tmp.resolve("b").toString()).exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("a/sr.csv"))).isNotEqualTo(Files.readString(tmp.resolve("b/sr.csv")));
    }
}
