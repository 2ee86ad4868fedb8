package org.hebb.sim;

import java.util.Map;

/**
 * A block of nodes of one model created by one {@link Network#create} call, with consecutive ids
 * {@code firstId .. firstId + size - 1}. Subclasses hold their state as primitive arrays indexed by
 * the local index {@code id - firstId} (structure of arrays, no object per node).
 */
abstract class NodeGroup {

    final int firstId;
    final int size;

    NodeGroup(int firstId, int size) {
        this.firstId = firstId;
        this.size = size;
    }

    abstract ModelInfo info();

    /** @return the value of a parameter or state variable of node {@code local} */
    abstract Object get(int local, String name);

    /**
     * Sets parameters of node {@code local}; all or nothing: on an invalid value nothing changes.
     */
    abstract void set(int local, Map<String, Object> params);

    /** Called before each simulate call: recompute propagators, size buffers. */
    void prepare(Network net) {
    }

    /** Advances every node of the group by step {@code step}: from {@code step*h} to {@code (step+1)*h}. */
    void update(long step, Network net) {
    }

    /** Called after all groups have finished step {@code step} (recorders sample here). */
    void afterStep(long step, Network net) {
    }

    String model() {
        return info().name();
    }

    /** @return the valid names for {@link #set}, for error messages */
    java.util.Collection<String> settableNames() {
        return info().defaults().keySet();
    }

    IllegalArgumentException unknownParameter(String name) {
        return ParameterCheck.unknown(model() + ".parameter", name, settableNames());
    }
}
