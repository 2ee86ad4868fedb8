package org.hebb.learn.task;

/**
 * What a controller of a task with two observation dimensions does over its state space (the report's Figs. 13–15
 * for MountainCar): for each (x₀, x₁) grid point a fresh network is driven by the encoded point for one env-step
 * window and each output group's spikes are counted. Because the input current arrives 1 ms after it is set, the
 * window holds the network's first response.
 *
 * @param xs     the grid's values of observation dimension 0 (MountainCar: position)
 * @param ys     the grid's values of observation dimension 1 (MountainCar: velocity)
 * @param counts {@code counts[g][i][j]}: spikes of output group g at (xs[i], ys[j])
 * @param defaultAction the task's action on a tie or silence
 */
public record ResponseMap(double[] xs, double[] ys, int[][][] counts, int defaultAction) {

    /** The map on the given grid; the task must have two observation dimensions and discrete actions. */
    public static ResponseMap of(Task task, double[] genome, double[] xs, double[] ys) {
        if (task.observationDims() != 2 || !task.discrete()) {
            throw new IllegalArgumentException("task: " + task.envId() + " is not allowed; a response map needs two"
                    + " observation dimensions and discrete actions");
        }
        task.checkGenome(genome);
        int[][][] c = new int[task.outputGroups()][xs.length][ys.length];
        double[] point = new double[2];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                SpikingController net = new SpikingController(genome, task);
                point[0] = xs[i];
                point[1] = ys[j];
                net.stepDiscrete(point);
                for (int g = 0; g < c.length; g++) {
                    c[g][i][j] = net.groupCount(g);
                }
            }
        }
        return new ResponseMap(xs.clone(), ys.clone(), c, task.defaultAction());
    }

    /** The map on the centres of the bins of both dimensions, one point per input-neuron pair. */
    public static ResponseMap ofBinCentres(Task task, double[] genome) {
        return of(task, genome, binCentres(task, 0), binCentres(task, 1));
    }

    /** @return the centres of dimension {@code d}'s N bins: {@code lo + (i + 0.5)(hi − lo)/N} */
    public static double[] binCentres(Task task, int d) {
        int n = task.perDimension();
        double lo = task.low()[d];
        double hi = task.high()[d];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = lo + (i + 0.5) * (hi - lo) / n;
        }
        return c;
    }

    /** @return the action the counts at grid point (i, j) decode to */
    public int action(int i, int j) {
        int[] g = new int[counts.length];
        for (int k = 0; k < g.length; k++) {
            g[k] = counts[k][i][j];
        }
        return ActionDecoder.discrete(g, defaultAction);
    }
}
