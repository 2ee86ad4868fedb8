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

/** Every bad spec gives exit code 2, one line naming field, value and what is allowed, and no output directory. */
class SimulateBadInputTest {
    static final String NEURONS = "simtime = 10.0\n[[nodes]]\nlabel = \"a\"\nmodel = \"iaf_psc_alpha\"\nn = 3\n";

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown model", "simtime = 1.0\n[[nodes]]\nmodel = \"iaf_psc_alfa\"\n",
                        "nodes[0]: model: 'iaf_psc_alfa' is not allowed; must be one of ", "iaf_psc_alpha"),
                Arguments.of("unknown parameter", "simtime = 1.0\n[[nodes]]\nmodel = \"iaf_psc_alpha\"\nparams = { tau_mm = 5.0 }\n",
                        "nodes[0]: ", "tau_mm"),
                Arguments.of("delay below h", NEURONS + "[[connections]]\nsource = \"a\"\ntarget = \"a\"\nsyn = { delay = 0.05 }\n",
                        "connections[0]", "0.05"),
                Arguments.of("delay off the grid", NEURONS + "[[connections]]\nsource = \"a\"\ntarget = \"a\"\nsyn = { delay = 1.05 }\n",
                        "connections[0]", "1.05"),
                Arguments.of("resolution zero", "resolution = 0.0\n" + NEURONS, "resolution", "0.0"),
                Arguments.of("resolution negative", "resolution = -0.1\n" + NEURONS, "resolution", "-0.1"),
                Arguments.of("negative tau", "simtime = 1.0\n[[nodes]]\nmodel = \"iaf_psc_exp\"\nparams = { tau_m = -10.0 }\n",
                        "nodes[0]: ", "tau_m: -10.0 is not allowed"),
                Arguments.of("zero tau_syn", "simtime = 1.0\n[[nodes]]\nmodel = \"iaf_psc_alpha\"\nparams = { tau_syn_ex = 0.0 }\n",
                        "nodes[0]: ", "tau_syn_ex: 0.0 is not allowed"),
                Arguments.of("zero C_m", "simtime = 1.0\n[[nodes]]\nmodel = \"iaf_psc_delta\"\nparams = { C_m = 0.0 }\n",
                        "nodes[0]: ", "C_m: 0.0 is not allowed"),
                Arguments.of("V_reset >= V_th", "simtime = 1.0\n[[nodes]]\nmodel = \"iaf_psc_alpha\"\nparams = { V_reset = -50.0 }\n",
                        "nodes[0]: ", "V_reset"),
                Arguments.of("NaN value", "simtime = 1.0\n[[nodes]]\nmodel = \"iaf_psc_alpha\"\nparams = { I_e = nan }\n",
                        "nodes[0].params.I_e: NaN is not allowed", "finite"),
                Arguments.of("infinite value", "simtime = inf\n[[nodes]]\nmodel = \"iaf_psc_alpha\"\n",
                        "simtime: Infinity is not allowed", "finite"),
                Arguments.of("unknown rule", NEURONS + "[[connections]]\nsource = \"a\"\ntarget = \"a\"\nconn = { rule = \"all_to_one\" }\n",
                        "connections[0].conn: ", "all_to_all"),
                Arguments.of("indegree too large", NEURONS
                                + "[[connections]]\nsource = \"a[0:2]\"\ntarget = \"a\"\nconn = { rule = \"fixed_indegree\", indegree = 3, allow_multapses = false }\n",
                        "connections[0]", "3"),
                Arguments.of("syntax error", "simtime = 1.0\n[[nodes]\nmodel = \"iaf_psc_alpha\"\n",
                        "spec.toml:2: TOML syntax error", ""),
                Arguments.of("node id does not exist", NEURONS + "[[connections]]\nsource = 1\ntarget = 7\n",
                        "connections[0].target: node id 7 does not exist; ids are 1..3", ""),
                Arguments.of("unknown label", NEURONS + "[[connections]]\nsource = \"b\"\ntarget = \"a\"\n",
                        "connections[0].source: 'b' is not a node label; labels are a", ""),
                Arguments.of("slice out of range", NEURONS + "[[connections]]\nsource = \"a[2:5]\"\ntarget = \"a\"\n",
                        "connections[0].source: [2:5] is not allowed", "3 nodes"),
                Arguments.of("a run config, not a spec", "[optimizer]\nname = \"ga\"\n[optimizee]\nname = \"mountain-car\"\n",
                        "[optimizer]: this is a run, learn or compare config, not a network spec", "hebb nir export RUN_DIR"),
                Arguments.of("unknown top-level key", "simtme = 1.0\n[[nodes]]\nmodel = \"iaf_psc_alpha\"\n",
                        "simtime: missing required key", ""),
                Arguments.of("misspelt key", NEURONS + "sead = 3\n",
                        "nodes[0].sead: unknown key", ""),
                Arguments.of("misspelt top key", "seed = 1\nsimtime = 1.0\nresolutoin = 0.1\n[[nodes]]\nmodel = \"iaf_psc_alpha\"\n",
                        "resolutoin: unknown key (did you mean 'resolution'?)", ""),
                Arguments.of("no nodes", "simtime = 1.0\n", "nodes: missing", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsWithOneLineAndWritesNothing(String name, String spec, String expectedStart, String alsoContains) throws IOException {
        Path file = tmp.resolve("spec.toml");
        Files.writeString(file, spec);
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("simulate", file.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        String err = r.err().strip();
        assertThat(err.lines()).as(err).hasSize(1);
        assertThat(err).startsWith("error: ").contains(expectedStart).contains(alsoContains);
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("spec.toml");
        }
    }
}
