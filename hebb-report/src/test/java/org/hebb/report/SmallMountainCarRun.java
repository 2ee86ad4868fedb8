package org.hebb.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.ga.GeneticAlgorithm;
import org.hebb.l2l.ga.GeneticAlgorithmParameters;
import org.hebb.l2l.mountaincar.MountainCarOptimizee;
import org.hebb.l2l.run.Run;
import org.hebb.learn.mountaincar.MountainCarConfig;

/** A real, small MountainCar run: L2L's GA (6 individuals, 3 generations) on 40-step fitness episodes. */
final class SmallMountainCarRun {
    static final int STEPS = 40;
    static final MountainCarConfig CONFIG = MountainCarConfig.DEFAULT.withSteps(STEPS);

    private SmallMountainCarRun() {
    }

    /** Runs it into {@code dir}, recording the optimizee settings under config.user.optimizee as {@code hebb run} does. */
    static void into(Path dir) throws IOException {
        MountainCarOptimizee mc = MountainCarOptimizee.of(CONFIG);
        GeneticAlgorithm ga = new GeneticAlgorithm(GeneticAlgorithmParameters.of(7, 6, 0.7, 0.7, 3, 0.45, 3, 0.5, 1),
                mc, mc.fitnessWeights());
        Run.builder(ga, mc).directory(dir).evaluator(ThreadPoolEvaluator.of(2, Duration.ofSeconds(60)))
                .trajectoryWriter(new Hdf5TrajectoryWriter())
                .config(Map.of("optimizee", Map.of("name", "mountain-car", "steps", STEPS)))
                .hallOfFame(5)
                .build().start();
    }
}
