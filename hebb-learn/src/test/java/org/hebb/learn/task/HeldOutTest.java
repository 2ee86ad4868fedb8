package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeldOutTest {

    private static final Task C = L2L.C;

    @Test
    void theHardWiredPolicySucceedsEverywhereButIsNotSolvedAtMinus110() throws Exception {
        HeldOut.Result e = HeldOut.STANDARD.runSequential(C.envId(), Episode.player(C), Genomes.velocityFollowing(5));
        assertThat(e.episodes()).isEqualTo(100);
        assertThat(e.successCount()).isEqualTo(100);
        assertThat(e.successRate()).isEqualTo(1.0);
        assertThat(e.meanReturn()).isEqualTo(-e.meanStepsToSuccess());
        // sign(velocity) needs 113..125 steps, so the mean return is below Gymnasium's -110
        assertThat(e.meanStepsToSuccess()).isBetween(110.0, 128.0);
        assertThat(e.solved()).isFalse();
        EpisodeResult first = Episode.full(C, Genomes.velocityFollowing(5), 10_000, null);
        assertThat(e.returns()[0]).isEqualTo(first.totalReward());
    }

    @Test
    void aSilentNetworkNeverArrivesAndReturnsMinus200() throws Exception {
        HeldOut.Result e = new HeldOut(10_000, 3).runSequential(C.envId(), Episode.player(C), new double[315]);
        assertThat(e.successCount()).isZero();
        assertThat(e.meanReturn()).isEqualTo(-200.0);
        assertThat(e.meanStepsToSuccess()).isNaN();
        assertThat(e.solved()).isFalse();
    }
}
