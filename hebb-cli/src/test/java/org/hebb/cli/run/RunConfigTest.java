package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hebb.cli.config.ConfigTable;
import org.hebb.cli.config.TomlFile;
import org.hebb.l2l.ga.GeneticAlgorithmParameters;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.learn.task.EpisodeSeeding;
import org.junit.jupiter.api.Test;

/** The main job's config: L2L's names, defaults, and the round trip through run.json that resume relies on. */
class RunConfigTest {

    @Test
    void theExampleIsTheReportsSetup() {
        RunConfig c = RunConfig.read(TomlFile.read(Path.of("../examples/mountain-car-ga.toml")));

        GeneticAlgorithmParameters ga = ga(c);
        assertThat(c.optimizerName()).isEqualTo("ga");
        assertThat(ga.seed()).isEqualTo(1580211);
        assertThat(ga.popSize()).isEqualTo(32);
        assertThat(ga.cxProb()).isEqualTo(0.7);
        assertThat(ga.mutProb()).isEqualTo(0.7);
        assertThat(ga.indProb()).isEqualTo(0.45);
        assertThat(ga.tournSize()).isEqualTo(4);
        assertThat(ga.matePar()).isEqualTo(0.5);
        assertThat(ga.mutPar()).isEqualTo(1.0);
        assertThat(ga.nIteration()).isEqualTo(1000);
        assertThat(ga.elitism()).isZero();
        assertThat(ga.reevaluateAll()).isTrue();
        assertThat(c.task().seeding()).isEqualTo(EpisodeSeeding.perGeneration());
        assertThat(c.task().maxSteps()).isEqualTo(110);
        assertThat(c.out()).isEqualTo(Path.of("runs/mountain-car-ga"));
        assertThat(c.threads()).isZero();
        assertThat(c.h5Every()).isEqualTo(100);
    }

    @Test
    void theL2lExampleDiffersOnlyInReevaluation() {
        RunConfig ours = RunConfig.read(TomlFile.read(Path.of("../examples/mountain-car-ga.toml")));
        RunConfig l2l = RunConfig.read(TomlFile.read(Path.of("../examples/mountain-car-ga-l2l.toml")));
        GeneticAlgorithmParameters a = ga(ours);
        GeneticAlgorithmParameters b = ga(l2l);
        assertThat(b.reevaluateAll()).isFalse();
        assertThat(GeneticAlgorithmParameters.builder().setAll(a.toMap()).set("reevaluate_all", false).build())
                .isEqualTo(b);
        assertThat(l2l.task()).isEqualTo(ours.task());
        assertThat(l2l.out()).isEqualTo(Path.of("runs/mountain-car-ga-l2l"));
    }

    @Test
    void runTableDefaultsAndTheDefaultDirectory() {
        RunConfig c = RunConfig.read(TomlFile.parse(SmallRun.toml(3, 5).replace("threads = 2\nh5_every = 50\n", ""),
                "t"));
        assertThat(c.threads()).isZero();
        assertThat(c.effectiveThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(c.h5Every()).isEqualTo(RunConfig.DEFAULT_H5_EVERY);
        assertThat(c.timeout()).isNull();
        assertThat(c.failureFitness()).isNull();
        assertThat(c.directory(null, Path.of("cfg/my-run.toml"))).isEqualTo(Path.of("runs", "my-run"));
        assertThat(c.directory(Path.of("x"), Path.of("cfg/my-run.toml"))).isEqualTo(Path.of("x"));
    }

    /** {@code ga} is the registry's genetic algorithm by another name: same reader, defaults and optimizer. */
    @Test
    void gaIsTheRegistrysGeneticAlgorithm() {
        String toml = SmallRun.toml(3, 5).replace("mut_par = 1.0\n", "").replace("ind_prob = 0.45\n", "");
        RunConfig ga = RunConfig.read(TomlFile.parse(toml, "t"));
        RunConfig full = RunConfig.read(TomlFile.parse(toml.replace("name = \"ga\"", "name = \"genetic_algorithm\""),
                "t"));
        assertThat(ga(ga).mutPar()).as("the fun-GA default").isEqualTo(1.0);
        assertThat(ga(ga).indProb()).as("the fun-GA default").isEqualTo(0.02);
        assertThat(ga(ga)).isEqualTo(ga(full));
        assertThat(ga.newOptimizer(ga.newOptimizee()).parameters())
                .isEqualTo(full.newOptimizer(full.newOptimizee()).parameters());
        assertThat(ga.toUserConfig().get("optimizer")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("name", "ga").doesNotContainKey("mut_par");
    }

    /**
     * A run started before {@code ga} joined the registry recorded {@code name = "ga"} followed by every GA key
     * (the old reader's toMap); read back, it records exactly that again, so its fingerprint still matches and
     * {@code hebb resume} continues it.
     */
    @Test
    void aGaRunRecordedByTheOldReaderReadsBackToTheSameRecord() {
        RunConfig c = RunConfig.read(TomlFile.read(Path.of("../examples/mountain-car-ga.toml")));
        Map<String, Object> old = new LinkedHashMap<>(c.toUserConfig());
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("name", "ga");
        opt.putAll(Map.of("seed", 1580211L, "pop_size", 32, "cx_prob", 0.7, "mut_prob", 0.7, "n_iteration", 1000,
                "ind_prob", 0.45, "tourn_size", 4, "mate_par", 0.5, "mut_par", 1.0, "elitism", 0));
        opt.put("reevaluate_all", true);
        old.put("optimizer", opt);
        ObjectNode recorded = new ObjectMapper().valueToTree(old);
        RunConfig back = RunConfig.read(new ConfigTable(recorded.deepCopy(), ""));

        assertThat(RunDirectory.fingerprint(new ObjectMapper().valueToTree(back.toUserConfig())))
                .isEqualTo(RunDirectory.fingerprint(recorded));
        assertThat(ga(back)).isEqualTo(ga(c));
    }

    /** The GA the run builds, read back from its optimizer's parameters. */
    private static GeneticAlgorithmParameters ga(RunConfig c) {
        return GeneticAlgorithmParameters.of(c.newOptimizer(c.newOptimizee()).parameters());
    }

    @Test
    void theRecordedConfigReadsBackToTheSameRun() {
        String toml = SmallRun.toml(3, 5).replace("[run]\n", "[run]\ntimeout_s = 2.5\nfailure_fitness = -2.0\n")
                .replace("seeding = \"generation\"", "seeding = \"mean\"\nepisodes = 3\nseed = 7")
                .replace("n_iteration = 3", "n_iteration = 3\nelitism = 1\nreevaluate_all = true");
        RunConfig c = RunConfig.read(TomlFile.parse(toml, "t"));
        ObjectNode recorded = new ObjectMapper().valueToTree(c.toUserConfig());
        RunConfig back = RunConfig.read(new ConfigTable(recorded, ""));

        assertThat(back.toUserConfig()).usingRecursiveComparison().isEqualTo(c.toUserConfig());
        assertThat(ga(back)).isEqualTo(ga(c));
        assertThat(ga(back).elitism()).isEqualTo(1);
        assertThat(back.task()).isEqualTo(c.task());
        assertThat(back.task().seeding()).isEqualTo(new EpisodeSeeding.Mean(3, 7));
        assertThat(back.timeout()).isEqualTo(java.time.Duration.ofMillis(2500));
        assertThat(back.failureFitness()).containsExactly(-2.0);
        assertThat(recorded.path("run").has("threads")).as("a machine choice, not part of the run").isFalse();
    }

    @Test
    void aRecordedControlRunReadsBackToTheSameOptimizerAndController() {
        String toml = SmallRun.controlToml(3, 20).replace("seeding = \"generation\"",
                "seeding = \"mean\"\nepisodes = 2\nseed = 5\nencoding = \"gaussian\"\nranges = [[-1, 1], [-2, 2], [-0.2, 0.2], [-3, 3]]");
        RunConfig c = RunConfig.read(TomlFile.parse(toml, "t"));
        ObjectNode recorded = new ObjectMapper().valueToTree(c.toUserConfig());
        RunConfig back = RunConfig.read(new ConfigTable(recorded, ""));

        assertThat(back.toUserConfig()).usingRecursiveComparison().isEqualTo(c.toUserConfig());
        assertThat(back.task()).isEqualTo(c.task());
        assertThat(back.task().seeding()).isEqualTo(new EpisodeSeeding.Mean(2, 5));
        assertThat(back.task().high()).containsExactly(1, 2, 0.2, 3);
        assertThat(back.registered()).isEqualTo(c.registered());
        assertThat(back.registered().parameters()).containsEntry("n_iteration", 3).containsEntry("sigma", 5.0);
        assertThat(back.newOptimizer(back.newOptimizee()).parameters())
                .isEqualTo(c.newOptimizer(c.newOptimizee()).parameters());
    }
}
