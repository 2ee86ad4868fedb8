package org.hebb.cli.paradigms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.hebb.cli.config.TaskTable;
import org.hebb.cli.config.TomlFile;
import org.hebb.cli.learn.LearnConfig;
import org.junit.jupiter.api.Test;

/** The contenders' settings are the tuned example configs, not copies that could drift from them. */
class ParadigmTaskTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void thePlasticityAgentsAreTheTunedExamples() {
        assertThat(ParadigmTask.of("CartPole-v1").agent()).isEqualTo(
                LearnConfig.readAgent(TomlFile.read(EXAMPLES.resolve("cartpole-rstdp.toml")).getTable("agent")));
        assertThat(ParadigmTask.of("Acrobot-v1").agent()).isEqualTo(
                LearnConfig.readAgent(TomlFile.read(EXAMPLES.resolve("acrobot-rstdp.toml")).getTable("agent")));
    }

    @Test
    void theEvolvedSpikingControllersAreTheComparisonExamples() {
        assertThat(ParadigmTask.of("CartPole-v1").snn()).isEqualTo(
                TaskTable.read(TomlFile.read(EXAMPLES.resolve("compare-cartpole.toml")).getTable("optimizee")));
        // the Acrobot smoke comparison averages 2 fixed episodes; here every generation plays reset(seed=generation),
        // as on CartPole, so one budget episode is one fitness evaluation on both tasks
        var acrobot = TaskTable.read(TomlFile.read(EXAMPLES.resolve("compare-acrobot-smoke.toml")).getTable("optimizee"));
        assertThat(ParadigmTask.of("Acrobot-v1").snn()).isEqualTo(
                acrobot.toBuilder().seeding(org.hebb.learn.task.EpisodeSeeding.perGeneration()).build());
        assertThat(ParadigmTask.of("CartPole-v1").budget()).isEqualTo(500);
        assertThat(ParadigmTask.of("Acrobot-v1").target()).isEqualTo(-95.0);
    }
}
