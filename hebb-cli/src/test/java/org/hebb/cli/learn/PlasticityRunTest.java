package org.hebb.cli.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hebb.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hebb run} with {@code [optimizee] name = "plasticity"}: the best plasticity comes out as a learn config. */
class PlasticityRunTest {

    private static final String CONFIG = """
            [run]
            threads = 2
            [optimizer]
            name = "cmaes"
            seed = 1
            sigma = 0.3
            pop_size = 4
            n_iteration = 2
            [optimizee]
            name = "plasticity"
            episodes = 3
            last_episodes = 2
            inner_seeds = 1
            search = { lr_actor = [0.001, 0.05], tau_z = [5.0, 100.0] }
            [optimizee.agent]
            env = "CartPole-v1"
            fourier_order = 1
            neurons_per_action = 4
            w_init = 0.25
            """;

    @TempDir
    Path tmp;

    @Test
    void runWritesTheBestAgentAsALearnConfigThatLearns() throws Exception {
        Path cfg = tmp.resolve("meta.toml");
        Files.writeString(cfg, CONFIG);
        CliRun run = CliRun.of("run", cfg.toString(), "--out", tmp.resolve("meta").toString(), "--progress", "none");
        assertEquals(0, run.exitCode(), run.err());
        Path best = tmp.resolve("meta/best-agent.toml");
        assertTrue(run.out().contains("best agent: " + best), run.out());
        String text = Files.readString(best);
        assertTrue(text.contains("env = \"CartPole-v1\"") && text.contains("lr_actor = "), text);
        Files.writeString(best, text.replace("max_episodes = 500", "max_episodes = 2"));
        CliRun learn = CliRun.of("learn", best.toString(), "--out", tmp.resolve("learned").toString(), "--progress",
                "none");
        assertEquals(0, learn.exitCode(), learn.err());
        CliRun bad = CliRun.of("run", Files.writeString(tmp.resolve("bad.toml"), CONFIG.replace("tau_z = [5.0, 100.0]",
                "tau_q = [5.0, 100.0]")).toString(), "--out", tmp.resolve("bad").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().startsWith("error: optimizee.search.tau_q: unknown key; must be one of"), bad.err());
        CliRun evaluate = CliRun.of("evaluate", tmp.resolve("meta").toString());
        assertEquals(2, evaluate.exitCode());
        assertTrue(evaluate.err().contains("a plasticity run is not allowed here"), evaluate.err());
    }
}
