package org.hebb.learn.mountaincar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeldOutEvaluationTest {

    private static final MountainCarConfig C = MountainCarConfig.DEFAULT;

    @Test
    void theHardWiredPolicySucceedsEverywhereButIsNotSolvedAtMinus110() {
        HeldOutEvaluation e = HeldOutEvaluation.of(Genomes.velocityFollowing(5), C);
        assertThat(e.episodes()).isEqualTo(100);
        assertThat(e.successes()).isEqualTo(100);
        assertThat(e.successRate()).isEqualTo(1.0);
        assertThat(e.meanReturn()).isEqualTo(-e.meanStepsToGoal());
        // sign(velocity) needs 113..125 steps, so the mean return is below Gymnasium's -110
        assertThat(e.meanStepsToGoal()).isBetween(110.0, 128.0);
        assertThat(e.solved()).isFalse();
        EpisodeResult first = MountainCarEpisode.fullEpisode(Genomes.velocityFollowing(5), C, 10_000, null);
        assertThat(e.returns()[0]).isEqualTo(first.totalReward());
    }

    @Test
    void aSilentNetworkNeverArrivesAndReturnsMinus200() {
        HeldOutEvaluation e = HeldOutEvaluation.of(new double[315], C, 10_000, 3);
        assertThat(e.successes()).isZero();
        assertThat(e.meanReturn()).isEqualTo(-200.0);
        assertThat(e.meanStepsToGoal()).isNaN();
        assertThat(e.solved()).isFalse();
    }
}
