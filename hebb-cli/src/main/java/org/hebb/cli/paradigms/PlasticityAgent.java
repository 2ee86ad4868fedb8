package org.hebb.cli.paradigms;

import org.hebb.learn.agent.AgentConfig;
import org.hebb.learn.agent.AgentParam;
import org.hebb.learn.agent.LearningRun;
import org.hebb.learn.task.HeldOut;

/**
 * The spiking actor-critic learning online (org.hebb.learn.agent, docs/plasticity-agents.md), learning seed s; the
 * curve value of an episode is its training return. The held-out test plays the frozen agent ({@link
 * LearningRun#frozenPlayer}). A decision runs step_ms kernel steps of inputs → actor, so its dense cost is
 * step_ms × inputs × actor neurons; its spikes are the input and actor spikes of those steps.
 */
final class PlasticityAgent implements Learner {

    private final LearningRun run;

    PlasticityAgent(AgentConfig cfg, long seed) {
        run = new LearningRun(cfg, seed);
    }

    @Override
    public int advance(int episodes, double[] curve) {
        while (run.episodes() < episodes) {
            double r = run.nextEpisode();
            if (run.episodes() <= curve.length) {
                curve[run.episodes() - 1] = r;
            }
        }
        return run.episodes();
    }

    @Override
    public Tested test() throws Exception {
        SpikeTally tally = new SpikeTally();
        double mean = HeldOut.STANDARD.runSequential(run.config().envId(), run.frozenPlayer(tally::add),
                new double[0]).meanReturn();
        return tally.result(mean);
    }

    @Override
    public long macsPerDecision() {
        return (long) run.config().getInt(AgentParam.STEP_MS) * run.agent().inputNeurons() * run.agent().actorNeurons();
    }
}
