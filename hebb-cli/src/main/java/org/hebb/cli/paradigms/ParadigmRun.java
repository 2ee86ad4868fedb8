package org.hebb.cli.paradigms;

import java.util.Arrays;

/**
 * One (contender, seed) run: train to each checkpoint (every 10 % of the budget), put the agent to the standard
 * held-out test there, and nowhere else — the held-out seeds never decide when training stops (docs/gradient.md's
 * note). Episodes to solve = the episodes spent at the first checkpoint whose test reaches the task's target; the
 * final agent is the one tested at the last checkpoint.
 *
 * @param contender         the row
 * @param seed              the run seed
 * @param curve             one value per budget episode (training return, or evolution's best so far)
 * @param testedAt          episodes spent at each checkpoint's test
 * @param heldOut           each checkpoint's held-out mean return
 * @param solvedAt          episodes spent at the first passing test, or -1
 * @param spikesPerDecision in the final test
 * @param macsPerDecision   dense multiply-accumulates of one decision
 * @param wallSeconds       the run's wall time, tests included
 */
record ParadigmRun(Contender contender, long seed, double[] curve, int[] testedAt, double[] heldOut, int solvedAt,
        double spikesPerDecision, long macsPerDecision, double wallSeconds) {

    /** The checkpoints: ⌈budget·k/10⌉ for k = 1..10, without repeats. */
    static int[] checkpoints(int budget) {
        return java.util.stream.IntStream.rangeClosed(1, 10).map(k -> (int) ((budget * (long) k + 9) / 10))
                .distinct().toArray();
    }

    static ParadigmRun run(Contender c, ParadigmTask task, long seed, int budget) throws Exception {
        long t0 = System.nanoTime();
        Learner learner = c.factory().start(task, seed, budget);
        double[] curve = new double[budget];
        Arrays.fill(curve, Double.NaN);
        int[] cps = checkpoints(budget);
        int[] at = new int[cps.length];
        double[] held = new double[cps.length];
        int solved = -1;
        Learner.Tested last = null;
        for (int k = 0; k < cps.length; k++) {
            at[k] = learner.advance(cps[k], curve);
            last = learner.test();
            held[k] = last.meanReturn();
            if (solved < 0 && held[k] >= task.target()) {
                solved = at[k];
            }
        }
        return new ParadigmRun(c, seed, curve, at, held, solved, last.spikesPerDecision(), learner.macsPerDecision(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** @return the final agent's held-out mean return */
    double finalHeldOut() {
        return heldOut[heldOut.length - 1];
    }
}
