package org.hebb.sim.kernel;

import java.util.concurrent.Phaser;

/**
 * The barrier the threads of the partitioned kernel meet at once or twice per step: a {@link Phaser}, which spins
 * briefly before it blocks, so a step of tens of microseconds does not pay a wake-up each time, and an
 * oversubscribed machine (more threads than free cores) still makes progress. A thread that fails breaks the
 * barrier: every waiting thread then throws instead of waiting for it forever.
 */
public final class StepBarrier {

    /** The message of the exception a thread released by a broken barrier throws. */
    public static final String BROKEN = "another kernel thread failed";

    private final Phaser phaser;

    public StepBarrier(int parties) {
        phaser = new Phaser(parties);
    }

    /** Waits until all parties arrived. @throws IllegalStateException if another party failed */
    public void await() {
        if (phaser.arriveAndAwaitAdvance() < 0) {
            throw new IllegalStateException(BROKEN);
        }
    }

    /** Releases every waiting party with an exception (a party failed). */
    public void breakBarrier() {
        phaser.forceTermination();
    }
}
