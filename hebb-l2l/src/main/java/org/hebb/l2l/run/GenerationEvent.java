package org.hebb.l2l.run;

import java.util.OptionalInt;
import org.hebb.l2l.trajectory.GenerationStatistics;
import org.hebb.l2l.trajectory.HallOfFame;

/**
 * What a {@link GenerationListener} learns after a generation. Wall-clock figures are for display only; they never
 * enter the trajectory.
 *
 * @param statistics           the generation's statistics
 * @param best                 the best individual so far
 * @param generationsDone      generations completed, this one included
 * @param plannedGenerations   the optimizer's planned total, if known
 * @param evaluations          evaluations made in this generation
 * @param seconds              wall time of this generation
 * @param evaluationsPerSecond evaluations per wall second over this session
 * @param run                  the run, for {@link #requestStop()}
 */
public record GenerationEvent(GenerationStatistics statistics, HallOfFame.Entry best, int generationsDone,
        OptionalInt plannedGenerations, int evaluations, double seconds, double evaluationsPerSecond, Run run) {

    /** Asks the run to stop cleanly after this generation (it has been checkpointed; {@code resume} continues). */
    public void requestStop() {
        run.requestStop();
    }
}
