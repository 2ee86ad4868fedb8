package org.hebb.sim.neuron;

import java.util.List;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.NodeGroup;
import org.hebb.sim.kernel.Recordable;
import org.hebb.sim.kernel.RingBuffer;

/**
 * A population of neurons: a {@link NodeGroup} that receives spikes and currents through ring buffers
 * and whose state variables can be recorded.
 */
public abstract class NeuronGroup extends NodeGroup implements Recordable {

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

    /**
     * @return whether {@link #update(long, Kernel, int, int)} may update disjoint blocks of the group on several
     *         threads at once (blocks starting at multiples of 64; each block's ring slots touched only by its owner)
     */
    public boolean updatesInBlocks() {
        return false;
    }

    /**
     * Advances the neurons {@code lo <= i < hi} by step {@code step}, emitting their spikes through {@code kernel}
     * in ascending order; only for a group that {@link #updatesInBlocks}.
     */
    public void update(long step, Kernel kernel, int lo, int hi) {
        throw new UnsupportedOperationException(model() + " updates as a whole");
    }

    /** Brings every neuron whose decay is pending (lazy decay) up to the current step: the end of a simulate call. */
    public void settle() {
    }

    /** Turns lazy decay on or off (kernel status {@code lazy_decay}); models without it ignore this. */
    public void lazyDecay(boolean on) {
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
    @Override
    public abstract double read(int variable, int local);

    @Override
    public final List<String> recordables() {
        return info().recordables();
    }

    /**
     * {@code get} of a group whose parameters are the columns {@code col} named {@code names} (booleans as 0/1):
     * a parameter, else a recordable, else a one-line error listing the names.
     */
    protected final Object columnOrRecordable(int local, String name, List<String> names, double[][] col) {
        int p = names.indexOf(name);
        if (p >= 0) {
            return info().defaults().get(name) instanceof Boolean ? (Object) (col[p][local] != 0.0) : (Object) col[p][local];
        }
        int v = info().recordables().indexOf(name);
        if (v >= 0) {
            return read(v, local);
        }
        throw unknownParameter(name);
    }

    /** Flushes a decaying quantity to zero before it turns subnormal (keeps the update loop fast). */
    protected static double flush(double x) {
        return Math.abs(x) < 1e-300 ? 0.0 : x;
    }
}
