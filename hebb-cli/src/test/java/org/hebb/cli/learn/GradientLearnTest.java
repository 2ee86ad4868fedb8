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
import org.hebb.learn.rl.GradientAgentConfig;
import org.hebb.learn.rl.GradientRun;
import org.hebb.learn.rl.HeldOut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hebb learn} with {@code method = "dqn" | "ppo"}, {@code hebb resume} and {@code hebb evaluate} on it. */
class GradientLearnTest {

    /** An ANN DQN that learns from env step 200 on, checkpointing after every episode. */
    static final String DQN = """
            seed = 2
            [agent]
            method = "dqn"
            network = "ann"
            env = "CartPole-v1"
            budget_steps = 700
            [network]
            layers = [4, 16, 2]
            [dqn]
            learning_starts = 200
            train_every = 16
            gradient_steps = 4
            buffer_size = 5000
            batch = 32
            epsilon_decay = 500
            """;
    /** A spiking PPO agent, a checkpoint after every rollout of >= 128 steps. */
    static final String PPO = """
            seed = 1
            [agent]
            method = "ppo"
            network = "snn"
            env = "CartPole-v1"
            budget_steps = 900
            [network]
            layers = [4, 16, 16, 2]
            steps = 4
            surrogate = "fast-sigmoid"
            init_scale = 2.0
            [ppo]
            rollout_steps = 128
            epochs = 2
            minibatch = 32
            """;
    static final List<String> FILES = List.of("run.json", "learning.csv", "checkpoint.bin", "weights.h5");

    @TempDir
    Path tmp;

    Path config(String name, String text) throws Exception {
        Path f = tmp.resolve(name + ".toml");
        Files.writeString(f, text);
        return f;
    }

    static void assertSameFiles(Path a, Path b) throws Exception {
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    private CliRun learn(Path cfg, String out) {
        return CliRun.of("learn", cfg.toString(), "--out", tmp.resolve(out).toString(), "--progress", "none");
    }

    @Test
    void learnWritesADeterministicDirectoryThatStopsAtTheFirstBoundaryPastTheBudget() throws Exception {
        for (String[] c : new String[][] {{"dqn", DQN}, {"ppo", PPO}}) {
            Path cfg = config(c[0], c[1]);
            CliRun a = learn(cfg, c[0] + "-a");
            assertEquals(0, a.exitCode(), a.err());
            assertTrue(a.out().contains("CartPole-v1); wrote"), a.out());
            CliRun b = learn(cfg, c[0] + "-b");
            assertEquals(0, b.exitCode(), b.err());
            assertSameFiles(tmp.resolve(c[0] + "-a"), tmp.resolve(c[0] + "-b"));
            List<String> csv = Files.readAllLines(tmp.resolve(c[0] + "-a/learning.csv"));
            assertEquals("episode,return,steps,env_steps,trailing100_mean", csv.get(0));
            long cumulative = 0;
            long previous = 0;
            for (int e = 1; e < csv.size(); e++) {
                String[] f = csv.get(e).split(",", -1);
                assertEquals(e, Integer.parseInt(f[0]));
                assertEquals(Double.parseDouble(f[1]), Double.parseDouble(f[2]), 0.0, "CartPole: +1 per step");
                previous = cumulative;
                cumulative += Long.parseLong(f[2]);
                assertEquals(cumulative, Long.parseLong(f[3]), "env_steps is the running sum of steps");
            }
            String runJson = Files.readString(tmp.resolve(c[0] + "-a/run.json"));
            assertTrue(runJson.contains("\"status\" : \"budget\"") && runJson.contains("\"env_steps\" : " + cumulative),
                    runJson);
            int budget = c[0].equals("dqn") ? 700 : 900;
            assertTrue(cumulative >= budget, "the budget is used");
            if (c[0].equals("dqn")) { // a DQN unit is one episode: the one before the last ended below the budget
                assertTrue(previous < budget, previous + " < " + budget);
            }
        }
    }

    @Test
    void theDirectoryHoldsWhatTheLibraryTrains() throws Exception {
        Path cfg = config("ppo", PPO);
        assertEquals(0, learn(cfg, "run").exitCode());
        GradientAgentConfig g = LearnConfig.read(org.hebb.cli.config.TomlFile.read(cfg), null).gradient();
        double[] returns = GradientRun.train(g, 1);
        List<String> csv = Files.readAllLines(tmp.resolve("run/learning.csv"));
        assertEquals(returns.length, csv.size() - 1);
        for (int e = 0; e < returns.length; e++) {
            assertEquals(returns[e], Double.parseDouble(csv.get(e + 1).split(",")[1]), 0.0, "episode " + (e + 1));
        }
    }

    @Test
    void interruptedAtABoundaryAndResumedGivesTheUninterruptedFiles() throws Exception {
        for (String[] c : new String[][] {{"dqn", DQN}, {"ppo", PPO}}) {
            Path cfg = config(c[0], c[1]);
            assertEquals(0, learn(cfg, c[0] + "-whole").exitCode());
            LearnCommand cmd = new LearnCommand();
            cmd.stopAfter = 3;
            CommandLine cl = new CommandLine(cmd);
            cl.setOut(new PrintWriter(new StringWriter()));
            Path cut = tmp.resolve(c[0] + "-cut");
            assertEquals(0, cl.execute(cfg.toString(), "--out", cut.toString(), "--progress", "none"));
            assertTrue(Files.readString(cut.resolve("run.json")).contains("\"status\" : \"running\""));
            Files.writeString(cut.resolve("checkpoint.bin.tmp"), "half-written by a killed process");
            CliRun resumed = CliRun.of("resume", cut.toString(), "--progress", "none");
            assertEquals(0, resumed.exitCode(), resumed.err());
            assertSameFiles(tmp.resolve(c[0] + "-whole"), cut);
        }
    }

    @Test
    void evaluateGivesTheGreedyPolicysHeldOutTestOnAnyThreadCount() throws Exception {
        Path dir = tmp.resolve("run");
        assertEquals(0, learn(config("dqn", DQN), "run").exitCode());
        CliRun one = CliRun.of("evaluate", dir.toString(), "--threads", "1");
        CliRun two = CliRun.of("evaluate", dir.toString(), "--threads", "2");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(one.out(), two.out());
        assertTrue(one.out().contains("(greedy policy, no exploration)")
                && one.out().contains("episodes:           100 (reset(seed=10000..10099)"), one.out());
        // the same test played sequentially by the checkpointed agent itself
        LearnConfig c = LearnDirectory.recordedConfig(LearnDirectory.readRunJson(dir));
        GradientRun run = GradientFiles.read(LearnCheckpoint.read(dir.resolve("checkpoint.bin")), c.gradient(), c.seed());
        double mean = HeldOut.meanReturn(org.hebb.gym.Registry.make("CartPole-v1"), run.agent()::act);
        assertTrue(one.out().contains(String.format(java.util.Locale.ROOT, "mean return:        %.2f", mean)),
                one.out() + " vs " + mean);
    }

    @Test
    void aNanInAGradientStopsWithTheLayerAndStepAndKeepsTheLastGoodCheckpoint() throws Exception {
        // a learning rate of 1e300 is accepted (finite, > 0); the first gradient steps (env step 208) blow it up
        Path cfg = config("nan", DQN + "learning_rate = 1e300\n");
        Path dir = tmp.resolve("nan");
        CliRun r = learn(cfg, "nan");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().matches("(?s)error: gradient: (NaN|-?Infinity) in the q-network's layer \\d \\(dense \\d+ "
                + "\\w+\\) at time step 0; training stopped .*; the last good checkpoint \\(episode \\d+, \\d+ env"
                + " steps\\) is kept\\s*"), r.err());
        int good = Files.readAllLines(dir.resolve("learning.csv")).size() - 1;
        assertTrue(good > 0 && r.err().contains("(episode " + good + ", "), good + " " + r.err());
        LearnCommand cmd = new LearnCommand();
        cmd.stopAfter = good;
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(new StringWriter()));
        Path reference = tmp.resolve("reference");
        assertEquals(0, cl.execute(cfg.toString(), "--out", reference.toString(), "--progress", "none"));
        assertSameFiles(reference, dir); // exactly the state after the last good episode, run.json still "running"
        try (var files = Files.list(dir)) {
            assertEquals(FILES.size() + 1, files.count(), "no staging file left behind (the files and run.lock)");
        }
        CliRun again = CliRun.of("resume", dir.toString(), "--progress", "none");
        assertEquals(2, again.exitCode());
        assertEquals(r.err(), again.err());
        assertSameFiles(reference, dir);
    }

    @Test
    void theExamplesRead() throws Exception {
        for (String name : List.of("cartpole-ppo-snn", "acrobot-ppo-snn", "cartpole-dqn-ann")) {
            LearnConfig c = LearnConfig.read(org.hebb.cli.config.TomlFile.read(Path.of("..", "examples",
                    name + ".toml")), null);
            assertTrue(c.isGradient(), name);
            assertEquals(name, c.gradient().envId().toLowerCase(java.util.Locale.ROOT).replace("-v1", "") + "-"
                    + c.gradient().method().label() + "-" + c.gradient().network().kind().label());
        }
        assertFalse(LearnConfig.read(org.hebb.cli.config.TomlFile.read(Path.of("..", "examples",
                "cartpole-rstdp.toml")), null).isGradient());
    }
}
