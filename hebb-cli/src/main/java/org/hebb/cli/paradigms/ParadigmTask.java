package org.hebb.cli.paradigms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.cli.config.TaskTable;
import org.hebb.cli.config.TomlFile;
import org.hebb.cli.learn.LearnConfig;
import org.hebb.learn.agent.AgentConfig;
import org.hebb.learn.task.Task;

/**
 * One task's contenders' settings, read from the TOML resource {@code org/hebb/cli/paradigms/ENV.toml}: the default
 * episode budget, the solve target of the held-out mean, the spiking controller and the MLP that CMA-ES evolves, and
 * the plasticity agent (the tuned {@code examples/*-rstdp.toml}). The gradient agents' networks and configurations are
 * docs/gradient.md's measured ones ({@link Contender}).
 *
 * @param envId      the Gymnasium id
 * @param budget     the default episode budget per run
 * @param target     solved when the held-out mean return reaches it
 * @param snn        the evolved spiking controller (task layer)
 * @param snnSigma   CMA-ES's initial step size on the spiking controller's genes
 * @param annHidden  the evolved MLP's hidden layer sizes
 * @param annSigma   CMA-ES's initial step size on the MLP's genes
 * @param agent      the plasticity agent
 */
record ParadigmTask(String envId, int budget, double target, Task snn, double snnSigma, int[] annHidden,
        double annSigma, AgentConfig agent) {

    /** The tasks with settings. */
    static final List<String> TASKS = List.of("CartPole-v1", "Acrobot-v1");

    /** The settings of {@code envId}; an unknown task is a one-line error naming the allowed ones. */
    static ParadigmTask of(String envId) {
        if (!TASKS.contains(envId)) {
            throw new UserError("TASK: \"" + envId + "\" is not allowed; must be one of " + String.join(", ", TASKS));
        }
        String text;
        try (InputStream in = ParadigmTask.class.getResourceAsStream(envId + ".toml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the settings of " + envId + " are missing from the build", e);
        }
        ConfigTable root = TomlFile.parse(text, envId + ".toml");
        ConfigTable p = root.getTable("paradigms");
        ConfigTable evo = root.getTable("evolution");
        double[] hidden = evo.getDoubles("ann_hidden");
        int[] h = new int[hidden.length];
        for (int k = 0; k < h.length; k++) {
            h[k] = (int) hidden[k];
        }
        return new ParadigmTask(envId, (int) p.getLong("budget"), p.getDouble("target"),
                TaskTable.read(evo.getTable("snn")), evo.getDouble("snn_sigma"), h, evo.getDouble("ann_sigma"),
                LearnConfig.readAgent(root.getTable("agent")));
    }
}
