package org.hebb.sim.kernel;

import java.util.Collection;
import java.util.Map;
import org.hebb.sim.ModelInfo;

/**
 * A block of nodes of one model created by one {@link org.hebb.sim.Network#create} call, with consecutive ids
 * {@code firstId .. firstId + size - 1}. Subclasses hold their state as primitive arrays indexed by
 * the local index {@code id - firstId} (structure of arrays, no object per node). The network drives a
 * group through {@link #prepare}, {@link #update} and {@link #afterStep}, handing it only the {@link Kernel}.
 */
public abstract class NodeGroup {

    /** Id of the group's first node. */
    public final int firstId;
    /** Number of nodes in the group. */
    public final int size;

    protected NodeGroup(int firstId, int size) {
        this.firstId = firstId;
        this.size = size;
    }

    /** @return the model's name, parameters with defaults and recordables */
    public abstract ModelInfo info();

    /** @return the value of a parameter or state variable of node {@code local} */
    public abstract Object get(int local, String name);

    /**
     * Sets parameters of node {@code local}; all or nothing: on an invalid value nothing changes.
     */
    public abstract void set(int local, Map<String, Object> params);

    /** Called before each simulate call: recompute propagators, size buffers. */
    public void prepare(Kernel kernel) {
    }

    /** Advances every node of the group by step {@code step}: from {@code step*h} to {@code (step+1)*h}. */
    public void update(long step, Kernel kernel) {
    }

    /** Called after all groups have finished step {@code step} (recorders sample here). */
    public void afterStep(long step, Kernel kernel) {
    }

    /** @return the model's NEST name */
    public final String model() {
        return info().name();
    }

    /** @return the valid names for {@link #set}, for error messages */
    protected Collection<String> settableNames() {
        return info().defaults().keySet();
    }

    /** @return the one-line error for an unknown parameter name, listing the valid ones */
    protected final IllegalArgumentException unknownParameter(String name) {
        return ParameterCheck.unknown(model() + ".parameter", name, settableNames());
    }
}
