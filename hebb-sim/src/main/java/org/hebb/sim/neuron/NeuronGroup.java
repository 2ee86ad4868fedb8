package org.hebb.sim.neuron;

import java.util.List;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.NodeGroup;
import org.hebb.sim.kernel.ParameterCheck;
import org.hebb.sim.kernel.RingBuffer;

/**
 * A population of neurons: a {@link NodeGroup} that receives spikes and currents through ring buffers
 * and whose state variables can be recorded.
 */
public abstract class NeuronGroup extends NodeGroup {

    /** Spike input with positive weight (or all spikes, or spike counts, as the model needs). */
    protected RingBuffer exc;
    /** Spike input with negative weight. */
    protected RingBuffer inh;
    /** Current input (pA), weight times the generator's amplitude. */
    protected RingBuffer cur;

    protected NeuronGroup(int firstId, int size) {
        super(firstId, size);
        exc = new RingBuffer(size, 2);
        inh = new RingBuffer(size, 2);
        cur = new RingBuffer(size, 2);
    }

    /** Makes the rings longer than the largest delay, keeping pending input. */
    public final void ensureRingLength(int length, long now) {
        exc.grow(length, now);
        inh.grow(length, now);
        cur.grow(length, now);
    }

    /**
     * A spike from a connection of weight {@code weight} and multiplicity {@code multiplicity}
     * arrives to be processed in step {@code arrivalStep} on {@code receptor}.
     */
    public void receiveSpike(int local, int receptor, long arrivalStep, double weight, int multiplicity) {
        double w = weight * multiplicity;
        if (w > 0.0) { // iaf_psc_alpha::handle: weight > 0 excitatory, else inhibitory (sign kept)
            exc.add(arrivalStep, local, w);
        } else {
            inh.add(arrivalStep, local, w);
        }
    }

    /** A current event (weight times amplitude, pA) processed in step {@code arrivalStep}. */
    public void receiveCurrent(int local, long arrivalStep, double current) {
        if (current != 0.0) { // slots start at +0 and sums never give -0, so adding +-0 would change no bit
            cur.add(arrivalStep, local, current);
        }
    }

    /** @return whether spikes may arrive on this receptor type */
    public boolean acceptsReceptor(int receptor) {
        return receptor == 0;
    }

    /** @return the valid receptor types, for error messages */
    public String receptorTypes() {
        return "0";
    }

    /** @return the recordable's value for node {@code local}; {@code variable} indexes {@link ModelInfo#recordables()} */
    public abstract double read(int variable, int local);

    public final int recordableIndex(String name) {
        List<String> r = info().recordables();
        int i = r.indexOf(name);
        if (i < 0) {
            throw ParameterCheck.unknown("multimeter.record_from", name, r);
        }
        return i;
    }

    /** Flushes a decaying quantity to zero before it turns subnormal (keeps the update loop fast). */
    protected static double flush(double x) {
        return Math.abs(x) < 1e-300 ? 0.0 : x;
    }
}
