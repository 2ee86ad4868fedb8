package org.hebb.cli.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hebb.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11's bad input for {@code hebb learn} with a gradient agent: one line, exit 2, nothing written. */
class GradientConfigTest {

    @TempDir
    Path tmp;

    /** Runs {@code hebb learn} on {@code text}; asserts exit 2, nothing written, and returns the one error line. */
    private String refused(String text) throws Exception {
        Path f = tmp.resolve("bad.toml");
        Files.writeString(f, text);
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("learn", f.toString(), "--out", out.toString(), "--progress", "none");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out), "nothing written");
        return r.err().strip();
    }

    private static String ppo(String network, String ppo) {
        return "[agent]\nmethod = \"ppo\"\nenv = \"CartPole-v1\"\nbudget_steps = 1000\n[network]\n" + network
                + "\n[ppo]\n" + ppo + "\n";
    }

    @Test
    void theIssuesBadInputIsOneLine() throws Exception {
        assertEquals("error: network.steps: 0 is not allowed; must be >= 1 (T, time steps per decision)",
                refused(ppo("steps = 0", "")));
        assertEquals("error: network.surrogate: \"relu\" is not allowed; must be one of h1, h2, h3, h4, atan,"
                + " fast-sigmoid, superspike (optionally name:parameter, e.g. fast-sigmoid:25)",
                refused(ppo("surrogate = \"relu\"", "")));
        assertEquals("error: network.layers: [4, 64, 3] is not allowed; the sizes must chain from the task's 4"
                + " observations through at least one hidden layer to its 2 actions: [4, ..., 2]",
                refused(ppo("layers = [4, 64, 3]", "")));
        assertEquals("error: network.layers: [4, 2] is not allowed; the sizes must chain from the task's 4"
                + " observations through at least one hidden layer to its 2 actions: [4, ..., 2]",
                refused(ppo("layers = [4, 2]", "")));
        assertEquals("error: network.layers[1]: 0 is not allowed; must be an integer in [1, 1000000]",
                refused(ppo("layers = [4, 0, 2]", "")));
        assertEquals("error: ppo.learning_rate: 0.0 is not allowed; must be finite and > 0",
                refused(ppo("", "learning_rate = 0.0")));
        assertEquals("error: dqn.learning_rate: -0.001 is not allowed; must be finite and > 0",
                refused(ppo("", "").replace("ppo", "dqn") + "learning_rate = -1e-3\n"));
    }

    @Test
    void everyKeyIsCheckedByName() throws Exception {
        assertEquals("error: agent.method: \"sgd\" is not allowed; must be one of plasticity, dqn, ppo",
                refused(ppo("", "").replace("\"ppo\"", "\"sgd\"")));
        assertEquals("error: agent.network: \"cnn\" is not allowed; must be snn or ann",
                refused(ppo("", "").replace("budget_steps", "network = \"cnn\"\nbudget_steps")));
        assertEquals("error: agent.budget_steps: missing; a ppo agent trains until budget_steps env steps or"
                + " budget_episodes episodes, at least one > 0",
                refused(ppo("", "").replace("budget_steps = 1000\n", "")));
        assertEquals("error: agent.env: \"Pendulum-v1\" is not allowed; ppo needs discrete actions (CartPole-v1,"
                + " Acrobot-v1, MountainCar-v0)", refused(ppo("", "").replace("CartPole-v1", "Pendulum-v1")));
        assertEquals("error: ppo.gama: unknown key (did you mean 'gamma'?); allowed: gamma, lambda, learning_rate,"
                + " rollout_steps, epochs, minibatch, clip, entropy, max_grad_norm", refused(ppo("", "gama = 0.9")));
        assertEquals("error: network.steps: unknown key; allowed: layers, activation",
                refused(ppo("steps = 4", "").replace("env", "network = \"ann\"\nenv")));
        assertEquals("error: network.tresold: unknown key (did you mean 'threshold'?); allowed: layers, steps,"
                + " surrogate, reset, alpha, beta, threshold, init_scale, readout_alpha, readout_beta, recurrent",
                refused(ppo("tresold = 1.0", "")));
        assertEquals("error: network.beta: 1.5 is not allowed; must be in [0, 1]", refused(ppo("beta = 1.5", "")));
        assertEquals("error: ppo.clip: 0.0 is not allowed; must be > 0", refused(ppo("", "clip = 0.0")));
        assertEquals("error: ppo.max_grad_norm: -1.0 is not allowed; must be >= 0 (0 = no clipping)",
                refused(ppo("", "max_grad_norm = -1.0")));
        assertEquals("error: dqn: not allowed with method = \"ppo\"; use [ppo]",
                refused(ppo("", "") + "[dqn]\nbatch = 3\n"));
        assertEquals("error: network.layers: [4, 100000, 100000, 2] is not allowed; its 10000800002 weights"
                + " and biases exceed 20000000", refused(ppo("layers = [4, 100000, 100000, 2]", "")));
        assertEquals("error: dqn.buffer_size: 100000000 is not allowed; must be <= 10000000",
                refused(ppo("", "").replace("ppo", "dqn") + "buffer_size = 100000000\n"));
        assertEquals("error: dqn.buffer_size: 10 is not allowed; must be >= 64",
                refused(ppo("", "").replace("ppo", "dqn") + "buffer_size = 10\n"));
    }
}
