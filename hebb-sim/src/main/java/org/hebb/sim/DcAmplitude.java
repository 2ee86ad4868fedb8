package org.hebb.sim;

import org.hebb.sim.device.DcGenerator;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * A typed handle on the {@code amplitude} of some {@code dc_generator}s, for closed-loop control that sets input
 * currents between every pair of {@code simulate} calls: {@code h.set(i, pA)} is what
 * {@code net.set(generators.get(i), "amplitude", pA)} does, bit for bit, without a map, a boxed value or a
 * parameter-name lookup. Index {@code i} is the position in the collection the handle was made from.
 *
 * <pre>{@code
 * NodeCollection dc = net.create("dc_generator", 3);
 * DcAmplitude input = net.dcAmplitude(dc);
 * for (int step = 0; step < 200; step++) {
 *     for (int i = 0; i < 3; i++) {
 *         input.set(i, encoder.current(i, observation));
 *     }
 *     net.simulate(20.0);
 * }
 * }</pre>
 */
public final class DcAmplitude {

    /** Per position: the generator block and the local index in it. */
    private final DcGenerator[] group;
    private final int[] local;

    DcAmplitude(DcGenerator[] group, int[] local) {
        this.group = group;
        this.local = local;
    }

    /** @return how many generators the handle sets */
    public int size() {
        return local.length;
    }

    /**
     * Sets the amplitude of the {@code i}-th generator; it acts from the next step on.
     *
     * @param i position in the collection, in {@code [0, size())}
     * @param pA the amplitude, pA, finite
     */
    public void set(int i, double pA) {
        if (i < 0 || i >= local.length) {
            throw ParameterCheck.invalid("dc_amplitude.index", i, "in [0, " + local.length + ")");
        }
        group[i].setAmplitude(local[i], pA);
    }

    /** @param i position in the collection @return the amplitude of the {@code i}-th generator, pA */
    public double get(int i) {
        if (i < 0 || i >= local.length) {
            throw ParameterCheck.invalid("dc_amplitude.index", i, "in [0, " + local.length + ")");
        }
        return group[i].amplitude(local[i]);
    }
}
