package org.hebb.l2l;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How named parameter blocks map onto one flat {@code double[]} genome. Blocks are ordered by name, as L2L's
 * {@code dict_to_list} sorts keys, so a hebb genome and an L2L individual list line up one to one.
 */
public final class GenomeLayout implements Serializable {
    private final List<ParameterBlock> blocks;
    private final int[] offsets;
    private final int size;

    private GenomeLayout(List<ParameterBlock> blocks) {
        List<ParameterBlock> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparing(ParameterBlock::name)); // L2L dict_to_list: keys sorted alphabetically
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).name().equals(sorted.get(i - 1).name())) {
                throw new IllegalArgumentException("parameter block name: '" + sorted.get(i).name()
                        + "' is not allowed twice; names must be unique");
            }
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("parameter blocks: none is not allowed; must have at least one");
        }
        this.blocks = List.copyOf(sorted);
        this.offsets = new int[sorted.size()];
        int o = 0;
        for (int i = 0; i < sorted.size(); i++) {
            offsets[i] = o;
            o += sorted.get(i).length();
        }
        this.size = o;
    }

    /** A layout of the given blocks (any order; they are sorted by name). */
    public static GenomeLayout of(ParameterBlock... blocks) {
        return new GenomeLayout(List.of(blocks));
    }

    /** A layout of the given blocks (any order; they are sorted by name). */
    public static GenomeLayout of(List<ParameterBlock> blocks) {
        return new GenomeLayout(blocks);
    }

    /** The blocks in genome order (sorted by name). */
    public List<ParameterBlock> blocks() {
        return blocks;
    }

    /** The total number of genes. */
    public int size() {
        return size;
    }

    /** Where block {@code name} starts in the genome. */
    public int offset(String name) {
        return offsets[indexOf(name)];
    }

    /** A copy of block {@code name}'s values. */
    public double[] block(double[] genome, String name) {
        checkSize(genome);
        int i = indexOf(name);
        double[] out = new double[blocks.get(i).length()];
        System.arraycopy(genome, offsets[i], out, 0, out.length);
        return out;
    }

    /** The genome as named blocks (L2L's {@code list_to_dict}). */
    public Map<String, double[]> toBlocks(double[] genome) {
        checkSize(genome);
        Map<String, double[]> m = new LinkedHashMap<>();
        for (ParameterBlock b : blocks) {
            m.put(b.name(), block(genome, b.name()));
        }
        return m;
    }

    /** One flat genome from named blocks (L2L's {@code dict_to_list}); every block must be present with its length. */
    public double[] toGenome(Map<String, double[]> values) {
        double[] g = new double[size];
        for (int i = 0; i < blocks.size(); i++) {
            ParameterBlock b = blocks.get(i);
            double[] v = values.get(b.name());
            if (v == null || v.length != b.length()) {
                throw new IllegalArgumentException("parameter block " + b.name() + ": "
                        + (v == null ? "missing" : v.length + " values") + " is not allowed; must have "
                        + b.length() + " values");
            }
            System.arraycopy(v, 0, g, offsets[i], v.length);
        }
        if (values.size() != blocks.size()) {
            throw new IllegalArgumentException("parameter blocks: " + values.keySet()
                    + " is not allowed; must be exactly " + blocks.stream().map(ParameterBlock::name).toList());
        }
        return g;
    }

    private int indexOf(String name) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("parameter block: '" + name + "' is not allowed; must be one of "
                + blocks.stream().map(ParameterBlock::name).toList());
    }

    private void checkSize(double[] genome) {
        if (genome.length != size) {
            throw new IllegalArgumentException("genome length: " + genome.length + " is not allowed; must be " + size);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenomeLayout l && l.blocks.equals(blocks);
    }

    @Override
    public int hashCode() {
        return blocks.hashCode();
    }

    @Override
    public String toString() {
        return "GenomeLayout" + blocks;
    }
}
