package org.hebb.cli.nir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hebb.cli.CliRun;
import org.hebb.cli.config.TomlFile;
import org.hebb.cli.run.RunRecord;
import org.hebb.cli.simulate.BuiltNetwork;
import org.hebb.cli.simulate.NetworkSpec;
import org.hebb.learn.task.Task;
import org.hebb.nir.HebbNet;
import org.hebb.nir.NirFile;
import org.hebb.nir.NirImport;
import org.hebb.sim.NodeCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hebb nir import} writes specs that {@code hebb simulate} builds into exactly the imported network, and
 * {@code hebb nir export} writes a spec's or a run's network that imports back unchanged.
 */
class NirCommandTest {

    @TempDir
    Path dir;

    static Path golden(String name) {
        return Path.of("src/test/resources/nir", name);
    }

    /** The network a spec builds, recorders left out. */
    static HebbNet specNetwork(Path toml) {
        BuiltNetwork b = BuiltNetwork.build(NetworkSpec.read(TomlFile.read(toml)));
        Map<String, NodeCollection> labels = new LinkedHashMap<>(b.labels());
        b.recorders().keySet().forEach(labels::remove);
        return HebbNet.read(b.network(), labels, s -> { });
    }

    static void assertSameNetwork(HebbNet a, HebbNet b) {
        assertThat(b.resolutionMs()).isEqualTo(a.resolutionMs());
        int na = 0, nb = 0;
        for (HebbNet.Population p : a.populations()) {
            na += p.size();
        }
        for (HebbNet.Population p : b.populations()) {
            nb += p.size();
        }
        assertThat(nb).isEqualTo(na);
        for (HebbNet.Population p : a.populations()) {
            HebbNet.Population q = b.population(p.label());
            assertThat(q.model()).isEqualTo(p.model());
            p.neuron().forEach((k, v) -> assertThat(q.neuron().get(k)).as(p.label() + "." + k).containsExactly(v));
        }
        for (HebbNet.Projection p : a.projections()) {
            HebbNet.Projection q = b.projections().stream()
                    .filter(x -> x.source().equals(p.source()) && x.target().equals(p.target())).findFirst().orElseThrow();
            assertThat(q.weight()).isDeepEqualTo(p.weight());
            assertThat(q.delay()).isDeepEqualTo(p.delay());
        }
    }

    @Test
    void everyGoldenGraphImportsIntoASpecThatSimulateRuns() throws Exception {
        for (String g : List.of("ff_cubalif", "recurrent_policy")) {
            Path spec = dir.resolve(g + ".toml");
            CliRun r = CliRun.of("nir", "import", golden(g + ".nir").toString(), "--out", spec.toString(), "--simtime", "50");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("wrote " + spec);
            HebbNet imported = NirImport.read(NirFile.read(golden(g + ".nir")), null, s -> { }).net();
            assertSameNetwork(imported, specNetwork(spec));
            CliRun sim = CliRun.of("simulate", spec.toString(), "--out", dir.resolve(g).toString());
            assertThat(sim.exitCode()).as(sim.err()).isZero();
            assertThat(dir.resolve(g).resolve("output.csv")).exists();
        }
        // affine_lif: per-neuron taus split into one [[nodes]] table per neuron
        Path spec = dir.resolve("affine.toml");
        assertThat(CliRun.of("nir", "import", golden("affine_lif.nir").toString(), "--out", spec.toString()).exitCode()).isZero();
        assertThat(Files.readString(spec)).contains("label = \"lif@0\"", "label = \"lif@2\"");
        assertThat(CliRun.of("simulate", spec.toString(), "--out", dir.resolve("affine").toString()).exitCode()).isZero();
    }

    @Test
    void aSpecExportsWithOneWarningPerLossAndImportsBackTheSame() throws Exception {
        Path spec = Path.of("../examples/dc-pair.toml");
        Path nir = dir.resolve("dc-pair.nir");
        CliRun r = CliRun.of("nir", "export", spec.toString(), "--out", nir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err().lines()).allMatch(l -> l.startsWith("warning: "))
                .anyMatch(l -> l.contains("'neurons' (iaf_psc_alpha): t_ref = 2.0 ms"))
                .anyMatch(l -> l.contains("projection neurons -> neurons: delays up to 1.0 ms"));
        Path back = dir.resolve("back.toml");
        assertThat(CliRun.of("nir", "import", nir.toString(), "--out", back.toString()).exitCode()).isZero();
        assertSameNetwork(specNetwork(spec), specNetwork(back));

        CliRun strict = CliRun.of("nir", "export", spec.toString(), "--out", dir.resolve("strict.nir").toString(), "--strict");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).startsWith("error: " + spec + ": --strict: NIR cannot express population 'neurons'")
                .hasLineCount(1);
        assertThat(dir.resolve("strict.nir")).doesNotExist();
    }

    @Test
    void aRunsBestControllerExportsAndImportsBackTheSame() throws Exception {
        Path cfg = Files.writeString(dir.resolve("cp.toml"), """
                [run]
                threads = 1
                h5_every = 2

                [optimizer]
                name = "cmaes"
                seed = 3
                sigma = 5.0
                n_iteration = 2

                [optimizee]
                name = "control"
                env = "CartPole-v1"
                neurons_per_dimension = 2
                hidden_neurons = 2
                resolution = 1.0
                steps = 10
                seeding = "generation"
                """);
        Path run = dir.resolve("run");
        CliRun r = CliRun.of("run", cfg.toString(), "--out", run.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // the end-of-run report animates the best individual's CartPole episode
        assertThat(Files.readString(run.resolve("report.html")))
                .contains("<section class=\"episode-animation\" id=\"best-episode-animation\" data-env=\"CartPole-v1\">");
        Path nir = dir.resolve("best.nir");
        CliRun x = CliRun.of("nir", "export", run.toString(), "--out", nir.toString());
        assertThat(x.exitCode()).as(x.err()).isZero();
        assertThat(x.err()).contains("warning: population 'input' (iaf_psc_alpha): t_ref = 1.0 ms");
        Task task = RunRecord.recordedTask(run, RunRecord.readRun(run));
        HebbNet expected = HebbNet.ofController(task, RunRecord.bestGenome(run, task), s -> { });
        HebbNet back = NirImport.read(NirFile.read(nir), null, s -> { }).net();
        assertSameNetwork(expected, back);
        // the spec of the imported controller builds the same network again
        Path spec = dir.resolve("best.toml");
        assertThat(CliRun.of("nir", "import", nir.toString(), "--out", spec.toString()).exitCode()).isZero();
        assertSameNetwork(expected, specNetwork(spec));

        CliRun snn = CliRun.of("nir", "export", run.toString(), "--out", dir.resolve("snn.nir").toString(), "--target", "snntorch");
        assertThat(snn.err()).contains("snnTorch does not read CubaLI");
    }

    @Test
    void badInputIsOneLine() throws Exception {
        Path text = Files.writeString(dir.resolve("x.nir"), "not hdf5");
        CliRun r = CliRun.of("nir", "import", text.toString(), "--out", dir.resolve("x.toml").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + text + ": not an HDF5 file (a .nir file is HDF5, signature \\x89HDF)\n");
        CliRun t = CliRun.of("nir", "export", "../examples/dc-pair.toml", "--out", dir.resolve("y.nir").toString(), "--target", "norse");
        assertThat(t.err()).isEqualTo("error: --target: 'norse' is not allowed; must be nir or snntorch\n");
        List<String> none = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().startsWith(".")).forEach(p -> none.add(p.toString()));
        }
        assertThat(none).isEmpty();
    }
}
