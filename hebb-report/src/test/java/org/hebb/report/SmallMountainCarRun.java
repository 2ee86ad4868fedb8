package org.hebb.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.ga.GeneticAlgorithm;
import org.hebb.l2l.ga.GeneticAlgorithmParameters;
import org.hebb.l2l.task.TaskOptimizee;
import org.hebb.l2l.run.Run;
import org.hebb.l2l.trajectory.HallOfFame;
import org.hebb.learn.task.Episode;
import org.hebb.learn.task.EpisodeRecord;
import org.hebb.learn.task.HeldOut;
import org.hebb.learn.task.ResponseMap;
import org.hebb.learn.task.Task;

/** A real, small MountainCar run: L2L's GA (6 individuals, 3 generations) on 40-step fitness episodes. */
final class SmallMountainCarRun {
    static final int STEPS = 40;
    static final Task CONFIG = Task.mountainCarL2L().toBuilder().maxSteps(STEPS).build();

    private SmallMountainCarRun() {
    }

    /** Runs it into {@code dir}, recording the optimizee settings under config.user.optimizee as {@code hebb run} does. */
    static void into(Path dir) throws IOException {
        TaskOptimizee mc = TaskOptimizee.of(CONFIG);
        GeneticAlgorithm ga = new GeneticAlgorithm(GeneticAlgorithmParameters.builder().seed(7).set("pop_size", 6)
                .set("cx_prob", 0.7).set("mut_prob", 0.7).set("n_iteration", 3).set("ind_prob", 0.45)
                .set("tourn_size", 3).set("mate_par", 0.5).set("mut_par", 1).build(),
                mc, mc.fitnessWeights());
        Run.builder(ga, mc).directory(dir).evaluator(ThreadPoolEvaluator.of(2, Duration.ofSeconds(60)))
                .trajectoryWriter(new Hdf5TrajectoryWriter())
                .config(Map.of("optimizee", Map.of("name", "mountain-car", "steps", STEPS)))
                .hallOfFame(5)
                .build().start();
    }

    /** What the CLI records for the report (RunRecord.report), here with the sequential held-out test. */
    static RunReport.Recorded recorded(HallOfFame.Entry best) throws Exception {
        long seed = CONFIG.seeding().seeds(best.generation())[0];
        return new RunReport.Recorded(CONFIG, EpisodeRecord.fitness(CONFIG, best.genome(), seed),
                HeldOut.STANDARD.runSequential(CONFIG.envId(), Episode.player(CONFIG), best.genome()),
                ResponseMap.ofBinCentres(CONFIG, best.genome()));
    }
}
