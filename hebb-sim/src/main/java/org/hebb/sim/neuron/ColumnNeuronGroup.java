package org.hebb.sim.neuron;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * A neuron population whose parameters and state variables are one primitive column per NEST name (booleans as
 * 0/1), declared once by the model's {@link org.hebb.sim.ModelInfo} defaults: {@code get}, {@code set} (all or
 * nothing per neuron, with the model's own {@code set} checks in {@link #validate}) and the recordables are derived
 * from it. The update loop of a model reads the columns it needs directly.
 */
public abstract class ColumnNeuronGroup extends NeuronGroup {

    /** Names in column order: the sorted keys of the defaults. */
    private final List<String> names;
    /** {@code col[p][i]}: parameter or state {@code p} of neuron {@code i}. */
    private final double[][] col;
    /** Set when a value changed; models recompute their constants in {@code prepare}. */
    protected boolean dirty = true;

    protected ColumnNeuronGroup(int firstId, int size) {
        super(firstId, size);
        Map<String, Object> defaults = info().defaults();
        names = List.copyOf(defaults.keySet());
        col = new double[names.size()][size];
        for (int p = 0; p < names.size(); p++) {
            Arrays.fill(col[p], number(defaults.get(names.get(p))));
        }
    }

    private static double number(Object v) {
        return v instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) v).doubleValue();
    }

    /** @return the column of {@code name} (a parameter or a state variable listed in the defaults) */
    protected final double[] column(String name) {
        int p = names.indexOf(name);
        if (p < 0) {
            throw new IllegalStateException(model() + " declares no column " + name);
        }
        return col[p];
    }

    /** @return the value of {@code name} of neuron {@code local}, for {@link #validate} */
    protected final double value(int local, String name) {
        return column(name)[local];
    }

    @Override
    public Object get(int local, String name) {
        return columnOrRecordable(local, name, names, col);
    }

    @Override
    public void set(int local, Map<String, Object> params) {
        double[] before = new double[col.length];
        for (int p = 0; p < col.length; p++) {
            before[p] = col[p][local];
        }
        try {
            for (Map.Entry<String, Object> e : params.entrySet()) {
                int p = names.indexOf(e.getKey());
                if (p < 0) {
                    throw unknownParameter(e.getKey());
                }
                String field = model() + "." + e.getKey();
                col[p][local] = info().defaults().get(e.getKey()) instanceof Boolean
                        ? (ParameterCheck.toBoolean(field, e.getValue()) ? 1.0 : 0.0)
                        : ParameterCheck.toDouble(field, e.getValue(), mayBeInfinite(e.getKey()));
            }
            validate(local);
        } catch (IllegalArgumentException ex) {
            for (int p = 0; p < col.length; p++) {
                col[p][local] = before[p];
            }
            throw ex;
        }
        dirty = true;
    }

    /** @return whether {@code name} may be set to an infinite value (e.g. V_min = -inf) */
    protected boolean mayBeInfinite(String name) {
        return false;
    }

    /**
     * NEST's checks of the model's {@code Parameters_::set} and {@code State_::set} on the new values of neuron
     * {@code local}; throws a one-line IllegalArgumentException (see {@link ParameterCheck#invalid}).
     */
    protected abstract void validate(int local);

    /** Throws unless {@code name > 0}. */
    protected final void requirePositive(int local, String name) {
        double v = value(local, name);
        if (!(v > 0.0)) {
            throw ParameterCheck.invalid(model() + "." + name, v, "> 0");
        }
    }

    /** Throws unless {@code name >= 0}. */
    protected final void requireNonNegative(int local, String name) {
        double v = value(local, name);
        if (!(v >= 0.0)) {
            throw ParameterCheck.invalid(model() + "." + name, v, ">= 0");
        }
    }
}
