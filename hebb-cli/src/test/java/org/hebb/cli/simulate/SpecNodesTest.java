package org.hebb.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hebb.cli.CliRun;
import org.hebb.cli.config.TomlFile;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec files name nodes by label wherever they take a node id, and take node parameters per node as NEST's Create. */
class SpecNodesTest {

    /** One {@code [[nodes]]} table. */
    private static String node(String label, String model, int n, String params) {
        return "[[nodes]]\nlabel = \"" + label + "\"\nmodel = \"" + model + "\"\nn = " + n
                + (params.isEmpty() ? "" : "\nparams = " + params) + "\n";
    }

    /** One {@code [[connections]]} table. */
    private static String connection(String source, String target, String syn) {
        return "[[connections]]\nsource = \"" + source + "\"\ntarget = \"" + target + "\"\n"
                + (syn.isEmpty() ? "" : "syn = " + syn + "\n");
    }

    /** Dopamine-modulated STDP: ids 1 src, 2-3 pre, 4 post, 5 wr, 6 vt, 7 da; VT and WR are placeholders. */
    static final String PLASTIC = "simtime = 200.0\nseed = 3\n"
            + node("src", "poisson_generator", 1, "{ rate = 300.0 }")
            + node("pre", "parrot_neuron", 2, "")
            + node("post", "iaf_psc_alpha", 1, "{ I_e = 300.0 }")
            + node("wr", "weight_recorder", 1, "")
            + node("vt", "volume_transmitter", 1, "")
            + node("da", "poisson_generator", 1, "{ rate = 50.0 }")
            + connection("src", "pre", "")
            + connection("da", "vt", "")
            + connection("pre", "post", "{ synapse_model = \"stdp_dopamine_synapse\", weight = 50.0, volume_transmitter = VT, weight_recorder = WR }");

    @TempDir
    Path tmp;

    private CliRun simulate(String spec, String name) throws IOException {
        Path file = tmp.resolve(name + ".toml");
        Files.writeString(file, spec);
        return CliRun.of("simulate", file.toString(), "--out", tmp.resolve(name).toString());
    }

    @Test
    void weightRecorderAndVolumeTransmitterTakeALabelAsTheirId() throws IOException {
        CliRun byId = simulate(PLASTIC.replace("VT", "6").replace("WR", "5"), "ids");
        CliRun byLabel = simulate(PLASTIC.replace("VT", "\"vt\"").replace("WR", "\"wr\""), "labels");
        CliRun bySlice = simulate(PLASTIC.replace("VT", "\"vt[0]\"").replace("WR", "\"wr[0:1]\""), "slices");
        for (CliRun r : new CliRun[] {byId, byLabel, bySlice}) {
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
        String weights = Files.readString(tmp.resolve("ids").resolve("wr.csv"));
        assertThat(weights.lines().count()).as("the recorder saw weight changes").isGreaterThan(20);
        assertThat(Files.readString(tmp.resolve("labels").resolve("wr.csv"))).isEqualTo(weights);
        assertThat(Files.readString(tmp.resolve("slices").resolve("wr.csv"))).isEqualTo(weights);
    }

    @Test
    void aNodeLabelThatNamesNoNodeOrManyIsOneLine() throws IOException {
        CliRun unknown = simulate(PLASTIC.replace("VT", "\"vt\"").replace("WR", "\"wx\""), "unknown");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("error: connections[2].syn.weight_recorder: 'wx' is not a node label; "
                + "labels are src, pre, post, wr, vt, da");
        CliRun many = simulate(PLASTIC.replace("VT", "\"pre\"").replace("WR", "\"wr\""), "many");
        assertThat(many.exitCode()).isEqualTo(2);
        assertThat(many.err().strip()).isEqualTo("error: connections[2].syn.volume_transmitter: 'pre' is not allowed; "
                + "it names 2 nodes, must name one volume_transmitter");
        CliRun wrongKind = simulate(PLASTIC.replace("VT", "\"vt\"").replace("WR", "\"post\""), "kind");
        assertThat(wrongKind.exitCode()).isEqualTo(2);
        assertThat(wrongKind.err().strip()).startsWith("error: connections[2]: stdp_dopamine_synapse.weight_recorder: 4.0 is not allowed");
        assertThat(tmp.resolve("unknown")).doesNotExist();
    }

    private static BuiltNetwork build(String params, int n, long seed) {
        return BuiltNetwork.build(NetworkSpec.read(TomlFile.parse("simtime = 1.0\nseed = " + seed + "\n"
                + node("a", "iaf_psc_alpha", n, params)
                + node("g", "spike_generator", 2, "{ spike_times = [[1.0, 2.0], [3.0]] }"), "spec.toml")));
    }

    @Test
    void nodeParamsTakeAnArrayPerNodeAndArraysOfArrays() {
        BuiltNetwork b = build("{ V_m = [-60.0, -55.0, -51.0], tau_m = 12.0 }", 3, 1);
        Network net = b.network();
        NodeCollection a = b.labels().get("a");
        assertThat(net.getDouble(a.id(0), "V_m")).isEqualTo(-60.0);
        assertThat(net.getDouble(a.id(2), "V_m")).isEqualTo(-51.0);
        assertThat(net.getDouble(a.id(1), "tau_m")).isEqualTo(12.0);
        NodeCollection g = b.labels().get("g");
        assertThat((double[]) net.get(g.id(0), "spike_times")).containsExactly(1.0, 2.0);
        assertThat((double[]) net.get(g.id(1), "spike_times")).containsExactly(3.0);
    }

    @Test
    void nodeParamsTakeADistributionTableDrawnFromTheSeed() {
        String uniform = "{ V_m = { distribution = \"uniform\", min = -60.0, max = -50.0 } }";
        BuiltNetwork one = build(uniform, 50, 7);
        BuiltNetwork two = build(uniform, 50, 7);
        BuiltNetwork other = build(uniform, 50, 8);
        NodeCollection a = one.labels().get("a");
        java.util.Set<Double> distinct = new java.util.HashSet<>();
        for (int id : a.ids()) {
            double v = one.network().getDouble(id, "V_m");
            assertThat(v).isBetween(-60.0, -50.0);
            assertThat(two.network().getDouble(id, "V_m")).isEqualTo(v);
            distinct.add(v);
        }
        assertThat(distinct).hasSize(50);
        assertThat(other.network().getDouble(a.id(0), "V_m")).isNotEqualTo(one.network().getDouble(a.id(0), "V_m"));
    }

    @Test
    void badNodeParamsAreOneLine() throws IOException {
        String base = "simtime = 1.0\n[[nodes]]\nmodel = \"iaf_psc_alpha\"\nn = 5\nparams = ";
        CliRun length = simulate(base + "{ V_m = [-60.0, -55.0, -51.0] }\n", "length");
        assertThat(length.err().strip()).isEqualTo("error: nodes[0]: iaf_psc_alpha.V_m: array of length 3 is not allowed; "
                + "must be of length 5 (one value per node)");
        CliRun name = simulate(base + "{ V_m = { distribution = \"gauss\" } }\n", "name");
        assertThat(name.err().strip()).isEqualTo("error: nodes[0].params.V_m: distribution: 'gauss' is not allowed; "
                + "must be one of uniform, normal, lognormal, exponential, uniform_int");
        CliRun key = simulate(base + "{ V_m = { distribution = \"normal\", sd = 2.0 } }\n", "key");
        assertThat(key.err().strip()).isEqualTo("error: nodes[0].params.V_m: normal.parameter: 'sd' is not allowed; must be one of mean, std");
        CliRun drawn = simulate(base + "{ C_m = { distribution = \"normal\", mean = -5.0, std = 1.0 } }\n", "drawn");
        assertThat(drawn.err().strip()).startsWith("error: nodes[0]: iaf_psc_alpha.C_m: ").endsWith(" is not allowed; must be > 0");
        for (CliRun r : new CliRun[] {length, name, key, drawn}) {
            assertThat(r.exitCode()).isEqualTo(2);
        }
    }
}
