package org.hebb.cli.paradigms;

import java.util.List;

/**
 * One row of the comparison: a network (ann | snn), a method (evolution | gradient | plasticity) and an algorithm.
 * Plasticity is SNN only: the three-factor rules act on spikes, and an ANN has none to gate.
 *
 * @param network   ann or snn
 * @param method    evolution, gradient or plasticity
 * @param algorithm cmaes, dqn, ppo or td-ltp (the plasticity agent's rule)
 * @param factory   makes the learner of a run seed
 */
record Contender(String network, String method, String algorithm, Factory factory) {

    /** Makes a fresh learner. */
    @FunctionalInterface
    interface Factory {
        Learner start(ParadigmTask task, long seed, int budget);
    }

    /** The methods, in table order. */
    static final List<String> METHODS = List.of("evolution", "gradient", "plasticity");

    /** Every row, in table order. */
    static final List<Contender> ALL = List.of(
            new Contender("ann", "evolution", "cmaes", EvolutionAgent::ann),
            new Contender("snn", "evolution", "cmaes", EvolutionAgent::spiking),
            new Contender("ann", "gradient", "dqn", (t, s, b) -> new GradientAgent(t.envId(), "dqn", false, s)),
            new Contender("snn", "gradient", "dqn", (t, s, b) -> new GradientAgent(t.envId(), "dqn", true, s)),
            new Contender("ann", "gradient", "ppo", (t, s, b) -> new GradientAgent(t.envId(), "ppo", false, s)),
            new Contender("snn", "gradient", "ppo", (t, s, b) -> new GradientAgent(t.envId(), "ppo", true, s)),
            new Contender("snn", "plasticity", "td-ltp", (t, s, b) -> new PlasticityAgent(t.agent(), s)));

    /** @return the row's label, e.g. {@code snn gradient ppo} */
    String label() {
        return network + " " + method + " " + algorithm;
    }
}
