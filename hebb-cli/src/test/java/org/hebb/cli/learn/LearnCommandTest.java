package org.hebb.cli.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hebb.cli.CliRun;
import org.hebb.cli.Hebb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hebb learn}, {@code resume} and {@code evaluate} on a learn directory. */
class LearnCommandTest {

    static final String SMALL = """
            seed = 3
            [agent]
            env = "CartPole-v1"
            fourier_order = 1
            neurons_per_action = 4
            w_init = 0.25
            temperature = 10.0
            max_episodes = 6
            """;
    private static final List<String> FILES = List.of("run.json", "learning.csv", "checkpoint.bin", "weights.h5");

    @TempDir
    Path tmp;

    private Path config(String text) throws Exception {
        Path f = tmp.resolve("small.toml");
        Files.writeString(f, text);
        return f;
    }

    private static void assertSameFiles(Path a, Path b) throws Exception {
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void learnWritesTheRunDirectoryAndIsDeterministic() throws Exception {
        Path cfg = config(SMALL);
        CliRun first = CliRun.of("learn", cfg.toString(), "--out", tmp.resolve("a").toString(), "--progress", "none");
        assertEquals(0, first.exitCode(), first.err());
        CliRun second = CliRun.of("learn", cfg.toString(), "--out", tmp.resolve("b").toString(), "--progress", "none");
        assertEquals(0, second.exitCode(), second.err());
        assertSameFiles(tmp.resolve("a"), tmp.resolve("b"));
        List<String> csv = Files.readAllLines(tmp.resolve("a/learning.csv"));
        assertEquals("episode,return,steps,trailing100_mean", csv.get(0));
        assertEquals(7, csv.size());
        assertTrue(csv.get(1).matches("1,\\d+,\\d+,"), csv.get(1)); // no trailing mean before episode 100
        String runJson = Files.readString(tmp.resolve("a/run.json"));
        assertTrue(runJson.contains("\"status\" : \"max_episodes\"") && runJson.contains("\"seed\" : 3"), runJson);
        CliRun other = CliRun.of("learn", cfg.toString(), "--out", tmp.resolve("c").toString(), "--seed", "4",
                "--progress", "none");
        assertEquals(0, other.exitCode(), other.err());
        assertTrue(!Files.readString(tmp.resolve("c/learning.csv")).equals(String.join("\n", csv) + "\n"),
                "another seed learns another way");
    }

    @Test
    void interruptedAndResumedGivesTheUninterruptedFiles() throws Exception {
        Path cfg = config(SMALL);
        assertEquals(0, CliRun.of("learn", cfg.toString(), "--out", tmp.resolve("whole").toString(), "--progress",
                "none").exitCode());
        LearnCommand cmd = new LearnCommand();
        cmd.stopAfter = 2;
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute(cfg.toString(), "--out", tmp.resolve("cut").toString(), "--progress", "none"));
        assertEquals(3, Files.readAllLines(tmp.resolve("cut/learning.csv")).size());
        Files.writeString(tmp.resolve("cut/checkpoint.bin.tmp"), "half-written by a killed process");
        CliRun resumed = CliRun.of("resume", tmp.resolve("cut").toString(), "--progress", "none");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertSameFiles(tmp.resolve("whole"), tmp.resolve("cut"));
    }

    @Test
    void evaluateTestsTheFrozenAgent() throws Exception {
        Path dir = tmp.resolve("run");
        assertEquals(0, CliRun.of("learn", config(SMALL).toString(), "--out", dir.toString(), "--progress", "none")
                .exitCode());
        CliRun one = CliRun.of("evaluate", dir.toString(), "--episodes", "4", "--threads", "1");
        CliRun two = CliRun.of("evaluate", dir.toString(), "--episodes", "4", "--threads", "2");
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.out().contains("plasticity frozen") && one.out().contains("episodes:           4 (reset(seed=10000..10003)"),
                one.out());
        assertEquals(one.out(), two.out());
    }

    @Test
    void theExampleConfigsRead() throws Exception {
        for (String name : List.of("cartpole-rstdp", "acrobot-rstdp", "mountaincar-rstdp")) {
            Path f = Path.of("..", "examples", name + ".toml");
            LearnConfig c = LearnConfig.read(org.hebb.cli.config.TomlFile.read(f), null);
            assertTrue(c.agent().envId().toLowerCase(java.util.Locale.ROOT).startsWith(name.substring(0, 7)), name);
        }
        org.hebb.cli.run.RunConfig meta = org.hebb.cli.run.RunConfig.read(org.hebb.cli.config.TomlFile.read(
                Path.of("..", "examples", "mountaincar-meta-plasticity.toml")));
        assertEquals(6, meta.newOptimizee().layout().size());
    }

    @Test
    void badConfigsAreOneLine() throws Exception {
        CliRun rule = CliRun.of("learn", config(SMALL.replace("[agent]", "[agent]\nrule = \"hebb\"")).toString(),
                "--out", tmp.resolve("x").toString());
        assertEquals(2, rule.exitCode());
        assertEquals("error: agent.rule: \"hebb\" is not allowed; must be one of td-ltp, td-stdp, mstdp, mstdpet, abcd",
                rule.err().strip());
        CliRun pendulum = CliRun.of("learn", config(SMALL.replace("CartPole-v1", "Pendulum-v1")).toString(), "--out",
                tmp.resolve("y").toString());
        assertEquals(2, pendulum.exitCode());
        assertTrue(pendulum.err().strip().contains("agents need discrete actions"), pendulum.err());
        CliRun tau = CliRun.of("learn", config(SMALL + "tau_z = -1.0\n").toString(), "--out", tmp.resolve("z").toString());
        assertEquals(2, tau.exitCode());
        assertTrue(tau.err().startsWith("error: agent.tau_z: -1.0 is not allowed; must be in [0.1, 10000]"), tau.err());
        assertEquals(1, tau.err().strip().lines().count());
        assertTrue(Hebb.commandLine().getSubcommands().containsKey("learn"));
    }

    @Test
    void seedsOutsideTheLearningDomainAreRefusedUnderTheirOwnName() throws Exception {
        CliRun option = CliRun.of("learn", config(SMALL).toString(), "--seed", "1000000001", "--out",
                tmp.resolve("a").toString());
        assertEquals(2, option.exitCode());
        assertEquals("error: --seed: 1000000001 is not allowed; must be in [0, 1000000000]", option.err().strip());
        CliRun file = CliRun.of("learn", config(SMALL.replace("seed = 3", "seed = -1")).toString(), "--out", tmp.resolve("b").toString());
        assertEquals(2, file.exitCode());
        assertEquals("error: seed: -1 is not allowed; must be in [0, 1000000000]", file.err().strip());
        assertFalse(java.nio.file.Files.exists(tmp.resolve("a")) || java.nio.file.Files.exists(tmp.resolve("b")));
    }
}
