package org.hebb.sim;

import java.util.Arrays;

/**
 * An ordered set of node ids, as returned by {@link Network#create}. Ids are 1-based and given in
 * creation order, like NEST's; devices take ids too.
 */
public final class NodeCollection {

    private final int[] ids;

    private NodeCollection(int[] ids) {
        this.ids = ids;
    }

    /**
     * @param first first id (&gt;= 1)
     * @param count number of consecutive ids
     * @return the ids {@code first .. first + count - 1}
     */
    public static NodeCollection range(int first, int count) {
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = first + i;
        }
        return new NodeCollection(ids);
    }

    /**
     * @param ids node ids (copied)
     * @return a collection of exactly these ids in this order
     */
    public static NodeCollection of(int... ids) {
        return new NodeCollection(ids.clone());
    }

    /** @return number of nodes */
    public int size() {
        return ids.length;
    }

    /**
     * @param i position, 0-based
     * @return the node id at position {@code i}
     */
    public int id(int i) {
        return ids[i];
    }

    /** @return a copy of the ids */
    public int[] ids() {
        return ids.clone();
    }

    /**
     * @param i position, 0-based
     * @return a collection holding only the node at position {@code i}
     */
    public NodeCollection get(int i) {
        return new NodeCollection(new int[] {ids[i]});
    }

    /**
     * @param from first position, inclusive
     * @param to last position, exclusive
     * @return the sub-collection {@code [from, to)}
     */
    public NodeCollection slice(int from, int to) {
        return new NodeCollection(Arrays.copyOfRange(ids, from, to));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeCollection other && Arrays.equals(ids, other.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return ids.length == 0 ? "NodeCollection()" : "NodeCollection(" + ids[0] + ".." + ids[ids.length - 1] + ", n=" + ids.length + ")";
    }
}
