package org.hebb.learn.mountaincar;

/**
 * The flat genome of the MountainCar controller, in L2L's layout (the NEST weight matrices, {@code (n_target,
 * n_source)}, flattened row by row), for {@code H} hidden neurons and 30 bins per input:
 * <ul>
 *   <li>{@code g[j*30 + i]}, j &lt; H, i &lt; 30: velocity input i → hidden j;</li>
 *   <li>{@code g[30H + j*30 + i]}: position input i → hidden j;</li>
 *   <li>{@code g[60H + k*H + j]}, k &lt; 3: hidden j → output k (0 left, 1 none, 2 right).</li>
 * </ul>
 * With H = 5 that is genes 0..149, 150..299 and 300..314. Genes are bounded to [-20, 20] and scaled to pA by the
 * controller; a positive weight is excitatory, a negative one inhibitory.
 */
public final class MountainCarGenome {

    /** Input neurons per variable (bins). */
    public static final int BINS = 30;
    /** Output neurons: left, none, right. */
    public static final int OUTPUTS = 3;
    /** Lower gene bound (L2L's). */
    public static final double LOWER = -20.0;
    /** Upper gene bound (L2L's). */
    public static final double UPPER = 20.0;

    private MountainCarGenome() {
    }

    /** @return the number of genes for {@code hidden} hidden neurons ({@code 63 * hidden}; 315 for 5) */
    public static int size(int hidden) {
        return 2 * BINS * hidden + OUTPUTS * hidden;
    }

    /** @return the gene of the synapse velocity input {@code bin} → hidden {@code j} */
    public static int velocityToHidden(int j, int bin) {
        return j * BINS + bin;
    }

    /** @return the gene of the synapse position input {@code bin} → hidden {@code j} */
    public static int positionToHidden(int hidden, int j, int bin) {
        return BINS * hidden + j * BINS + bin;
    }

    /** @return the gene of the synapse hidden {@code j} → output {@code k} */
    public static int hiddenToOutput(int hidden, int k, int j) {
        return 2 * BINS * hidden + k * hidden + j;
    }

    /** @return {@code x} clipped to [{@link #LOWER}, {@link #UPPER}] (L2L's bounding function) */
    public static double bound(double x) {
        return Math.min(UPPER, Math.max(LOWER, x));
    }

    /** @return the hidden-layer size a genome of {@code genes} genes implies, or -1 if none does */
    public static int hiddenFor(int genes) {
        return genes > 0 && genes % size(1) == 0 ? genes / size(1) : -1;
    }
}
