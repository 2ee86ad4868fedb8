package org.hebb.learn.mountaincar;

/**
 * What a controller does over the state space (the report's Figs. 13–15): for each (position, velocity) grid point,
 * a fresh network is driven by the encoded point for one env-step window and each output neuron's spikes are
 * counted. Because the input current arrives 1 ms after it is set, the window holds the network's first response.
 *
 * @param positions  the grid's positions
 * @param velocities the grid's velocities
 * @param counts     {@code counts[k][i][j]}: spikes of output k (0 left, 1 none, 2 right) at (positions[i], velocities[j])
 */
public record ResponseMap(double[] positions, double[] velocities, int[][][] counts) {

    /** The map on the given grid. */
    public static ResponseMap of(double[] genome, MountainCarConfig config, double[] positions, double[] velocities) {
        MountainCarController.checkGenome(genome, config);
        int[][][] c = new int[MountainCarGenome.OUTPUTS][positions.length][velocities.length];
        for (int i = 0; i < positions.length; i++) {
            for (int j = 0; j < velocities.length; j++) {
                MountainCarController net = new MountainCarController(genome, config);
                net.step(positions[i], velocities[j]);
                for (int k = 0; k < MountainCarGenome.OUTPUTS; k++) {
                    c[k][i][j] = net.count(k);
                }
            }
        }
        return new ResponseMap(positions.clone(), velocities.clone(), c);
    }

    /** The map on the 30 x 30 bin centres, one point per input-neuron pair. */
    public static ResponseMap ofBinCentres(double[] genome, MountainCarConfig config) {
        double[] p = new double[MountainCarGenome.BINS];
        double[] v = new double[MountainCarGenome.BINS];
        for (int i = 0; i < p.length; i++) {
            p[i] = BinEncoder.POSITION.centre(i);
            v[i] = BinEncoder.VELOCITY.centre(i);
        }
        return of(genome, config, p, v);
    }

    /** @return the action the counts at grid point (i, j) decode to */
    public int action(int i, int j) {
        return SpikeCountDecoder.action(counts[0][i][j], counts[1][i][j], counts[2][i][j]);
    }
}
