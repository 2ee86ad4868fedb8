package org.hebb.l2l.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.Rng;
import org.hebb.learn.agent.AgentConfig;
import org.hebb.learn.agent.AgentParam;
import org.junit.jupiter.api.Test;

/** Meta-learning's inner loop: the fitness is how well the agent learns, and plasticity off learns nothing. */
class PlasticityOptimizeeTest {

    private static final AgentConfig BASE = AgentConfig.builder("CartPole-v1").set(AgentParam.TEMPERATURE, 10).build();

    private static PlasticityOptimizee optimizee() {
        return PlasticityOptimizee.of(BASE, List.of(new PlasticityOptimizee.Gene(AgentParam.LR_ACTOR, 0, 0.05),
                new PlasticityOptimizee.Gene(AgentParam.LR_CRITIC, 0, 0.05)), 15, 5, 1);
    }

    @Test
    void learningBeatsPlasticityOffAndTheFitnessIsDeterministic() throws Exception {
        PlasticityOptimizee o = optimizee();
        EvaluationContext c = new EvaluationContext(0, 0, 1);
        double off = o.evaluate(new double[] {0, 0}, c)[0];
        double on = o.evaluate(new double[] {0.2, 0.1}, c)[0]; // lr_actor 0.01, lr_critic 0.005
        assertTrue(on > 2 * off, "learning " + on + " vs plasticity off " + off);
        assertEquals(on, o.evaluate(new double[] {0.2, 0.1}, new EvaluationContext(7, 3, 99))[0]);
    }

    @Test
    void genomesStayInTheirRangesAndBecomeConfigs() {
        PlasticityOptimizee o = optimizee();
        double[] g = o.createIndividual(Rng.seeded(4));
        assertTrue(g[0] >= 0 && g[0] <= 1 && g[1] >= 0 && g[1] <= 1);
        double[] wild = {1.5, -3};
        o.bound(wild);
        assertArrayEquals(new double[] {1, 0}, wild);
        AgentConfig c = o.configOf(new double[] {1.0, 0.2});
        assertEquals(0.05, c.get(AgentParam.LR_ACTOR));
        assertEquals(0.01, c.get(AgentParam.LR_CRITIC), 1e-15);
        assertEquals(List.of("lr_actor", "lr_critic"), o.layout().blocks().stream().map(b -> b.name()).toList());
        assertThrows(IllegalArgumentException.class, () -> new PlasticityOptimizee.Gene(AgentParam.TAU_Z, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> PlasticityOptimizee.of(BASE, List.of(), 10, 5, 1));
    }
}
