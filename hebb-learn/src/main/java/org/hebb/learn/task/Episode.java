package org.hebb.learn.task;

/**
 * The one episode loop of the task layer: a new {@link SpikingController} and a new env per episode, the env reset
 * with {@code reset(seed=seed)}, the controller fed the observation (or, for L2L's preset, the float64 state) before
 * each step, until Gymnasium ends the episode, the step limit is reached or — with L2L's MountainCar score — the car
 * reaches position 0.5.
 *
 * {@snippet :
 * EpisodeResult r = Episode.fitness(Task.mountainCarL2L(), genome, 42, null);
 * double fitness = r.score();               // the largest position reached
 * }
 */
public final class Episode {

    private Episode() {
    }

    /** Plays {@code task}'s full episodes of a genome's controller (the held-out engine's player). */
    public static EpisodePlayer player(Task task) {
        return new TaskPlayer(task);
    }

    private record TaskPlayer(Task task) implements EpisodePlayer {
        @Override
        public EpisodeResult play(double[] genome, long seed, int maxSteps) {
            return run(task, genome, seed, maxSteps, null);
        }
    }

    /** A fitness episode: at most {@link Task#episodeSteps()} steps. */
    public static EpisodeResult fitness(Task task, double[] genome, long seed, EpisodeObserver observer) {
        return run(task, genome, seed, task.episodeSteps(), observer);
    }

    /** A full episode: until Gymnasium ends it (the registered time limit at the latest). */
    public static EpisodeResult full(Task task, double[] genome, long seed, EpisodeObserver observer) {
        return run(task, genome, seed, Integer.MAX_VALUE, observer);
    }

    /**
     * One episode of at most {@code maxSteps} env steps.
     *
     * @param observer sees every step, or null
     */
    public static EpisodeResult run(Task task, double[] genome, long seed, int maxSteps, EpisodeObserver observer) {
        EpisodeProgress.check(seed, maxSteps);
        SpikingController c = new SpikingController(genome, task);
        EpisodeProgress p = new EpisodeProgress(task, seed, maxSteps);
        int[] counts = observer == null ? null : new int[task.outputGroups()];
        if (observer != null) {
            observer.start(c, seed);
        }
        boolean discrete = task.discrete();
        while (p.running()) {
            double[] x = p.input();
            if (discrete) {
                p.step(c.stepDiscrete(x));
            } else {
                p.step(c.stepContinuous(x));
            }
            if (observer != null) {
                c.groupCounts(counts);
                observer.step(p.steps(), x, counts, p.action(), p.reward());
            }
        }
        return p.result();
    }
}
