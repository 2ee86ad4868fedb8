package org.hebb.learn.mountaincar;

import org.junit.jupiter.api.Test;

class ExploreTest {
    @Test
    void explore() {
        double[] g = Genomes.velocityFollowing(5);
        for (long seed = 0; seed < 5; seed++) {
            EpisodeTrace tr = new EpisodeTrace();
            long t0 = System.nanoTime();
            EpisodeResult r = MountainCarEpisode.fullEpisode(g, MountainCarConfig.DEFAULT, seed, tr);
            long t1 = System.nanoTime();
            int agree = 0;
            for (int i = 0; i < tr.size(); i++) if (tr.action(i) == Genomes.signPolicy(tr.velocity(i))) agree++;
            System.out.println("seed " + seed + " " + r + " agree " + agree + "/" + tr.size() + " policy " + Genomes.signPolicySteps(seed) + " ms " + (t1 - t0) / 1e6);
            if (seed == 0) System.out.println(tr.toCsv().lines().limit(12).toList());
        }
    }
}
