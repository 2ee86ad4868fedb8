package org.hebb.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.ga.GeneticAlgorithm;
import org.hebb.l2l.ga.GeneticAlgorithmParameters;
import org.hebb.l2l.run.Run;

/** A slow run in its own JVM, for the kill -9 test: {@code main(dir, "start"|"resume")}. */
public final class KillableRun {
    static final FunctionOptimizee SPHERE = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 4);
    static final GeneticAlgorithmParameters GA = GeneticAlgorithmParameters.builder().seed(5).set("pop_size", 6)
            .set("cx_prob", 0.7).set("mut_prob", 0.7).set("n_iteration", 14).set("ind_prob", 0.45)
            .set("tourn_size", 3).set("mate_par", 0.5).set("mut_par", 1.0).build();

    /** Sphere that takes 25 ms per evaluation, so a kill lands mid-run. */
    static final class Slow extends TwistedFunction {
        Slow() {
            super(SPHERE);
        }

        @Override
        public double[] evaluate(double[] genome, EvaluationContext c) throws Exception {
            Thread.sleep(25);
            return SPHERE.evaluate(genome, c);
        }
    }

    /** Generations per trajectory segment: a kill lands in the log's tail, a segment write or a checkpoint. */
    static final int SEGMENT = 3;

    static Run run(Path dir) {
        Slow o = new Slow();
        return Run.builder(new GeneticAlgorithm(GA, o, o.fitnessWeights()), o).directory(dir)
                .evaluator(ThreadPoolEvaluator.of(2, Duration.ofSeconds(20)))
                .trajectoryWriter(new Hdf5TrajectoryWriter()).writeEvery(SEGMENT).config(Map.of("purpose", "kill test")).build();
    }

    public static void main(String[] args) throws Exception {
        Run r = run(Path.of(args[0]));
        if (args[1].equals("start")) {
            r.start();
        } else {
            r.resume();
        }
    }
}
