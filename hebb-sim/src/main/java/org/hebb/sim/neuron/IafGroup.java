package org.hebb.sim.neuron;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * Common part of NEST's current-based integrate-and-fire models: the parameter table (one primitive
 * column per parameter, absolute mV values as the user sees them), the membrane state
 * {@code y3 = V_m - E_L}, the buffered external current {@code y0} and the refractory counter,
 * and NEST's validation rules.
 */
public abstract class IafGroup extends NeuronGroup {

    private static final Set<String> POSITIVE = Set.of("C_m", "tau_m", "tau_syn_ex", "tau_syn_in", "tau_minus");

    /** Parameter names in column order (sorted, without the state V_m). */
    private final List<String> names;
    /** {@code col[p][i]}: parameter {@code p} of neuron {@code i}; booleans stored as 0/1. */
    final double[][] col;
    /** The E_L column (mV), cached for reading V_m = y3 + E_L. */
    final double[] eL;
    /** The I_e column (pA), read in every step (changes act at once). */
    final double[] iE;
    /** Membrane potential relative to E_L (mV). */
    final double[] y3;
    /** External current buffered in the previous step (pA). */
    final double[] y0;
    /** Refractory steps left. */
    final int[] r;
    /** Set when a parameter changed; propagators are recomputed in {@link #prepare}. */
    boolean dirty = true;

    protected IafGroup(int firstId, int size) {
        super(firstId, size);
        Map<String, Object> defaults = info().defaults();
        names = new ArrayList<>();
        for (String k : defaults.keySet()) {
            if (!k.equals("V_m")) {
                names.add(k);
            }
        }
        col = new double[names.size()][size];
        for (int p = 0; p < names.size(); p++) {
            Object d = defaults.get(names.get(p));
            double v = d instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) d).doubleValue();
            java.util.Arrays.fill(col[p], v);
        }
        eL = column("E_L");
        iE = column("I_e");
        y3 = new double[size];
        double vm = ((Number) defaults.get("V_m")).doubleValue();
        double el = ((Number) defaults.get("E_L")).doubleValue();
        java.util.Arrays.fill(y3, vm - el);
        y0 = new double[size];
        r = new int[size];
    }

    /** @return the column of parameter {@code name} */
    final double[] column(String name) {
        return col[names.indexOf(name)];
    }

    @Override
    public Object get(int local, String name) {
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

    @Override
    public void set(int local, Map<String, Object> params) {
        double[] before = new double[names.size()];
        for (int p = 0; p < before.length; p++) {
            before[p] = col[p][local];
        }
        double elOld = column("E_L")[local];
        try {
            for (Map.Entry<String, Object> e : params.entrySet()) {
                String name = e.getKey();
                String field = model() + "." + name;
                if (name.equals("V_m")) {
                    ParameterCheck.toDouble(field, e.getValue(), false);
                    continue;
                }
                int p = names.indexOf(name);
                if (p < 0) {
                    throw unknownParameter(name);
                }
                double v;
                if (info().defaults().get(name) instanceof Boolean) {
                    v = ParameterCheck.toBoolean(field, e.getValue()) ? 1.0 : 0.0;
                } else if (POSITIVE.contains(name)) {
                    v = ParameterCheck.positive(field, e.getValue());
                } else if (name.equals("t_ref")) {
                    v = ParameterCheck.nonNegative(field, e.getValue());
                } else {
                    v = ParameterCheck.toDouble(field, e.getValue(), name.equals("V_min"));
                    if (name.equals("V_min") && v == Double.POSITIVE_INFINITY) {
                        throw ParameterCheck.invalid(field, v, "finite or -inf");
                    }
                }
                col[p][local] = v;
            }
            double vth = column("V_th")[local];
            double vreset = column("V_reset")[local];
            if (!(vreset < vth)) { // iaf_psc_alpha.cpp: "Reset potential must be smaller than threshold."
                throw ParameterCheck.invalid(model() + ".V_reset", vreset, "< V_th = " + vth);
            }
            if (names.contains("V_min") && column("V_min")[local] > vreset) {
                throw ParameterCheck.invalid(model() + ".V_min", column("V_min")[local], "<= V_reset = " + vreset);
            }
        } catch (IllegalArgumentException ex) {
            for (int p = 0; p < before.length; p++) {
                col[p][local] = before[p];
            }
            throw ex;
        }
        double el = column("E_L")[local];
        if (params.containsKey("V_m")) {
            y3[local] = ((Number) params.get("V_m")).doubleValue() - el;
        } else {
            y3[local] -= el - elOld; // NEST keeps the absolute V_m when only E_L changes
        }
        dirty = true;
    }

    @Override
    protected java.util.Collection<String> settableNames() {
        return info().defaults().keySet();
    }

    /**
     * Index mask for the per-neuron propagator arrays: 0 when every parameter except I_e is the same for
     * all neurons (the arrays then have length 1, so the update loop streams only the state through the
     * cache), -1 otherwise. Use as {@code p[i & mask]}.
     */
    final int propagatorMask() {
        String iE = "I_e";
        for (int p = 0; p < col.length; p++) {
            if (names.get(p).equals(iE)) {
                continue;
            }
            double[] c = col[p];
            for (int i = 1; i < size; i++) {
                if (Double.doubleToRawLongBits(c[i]) != Double.doubleToRawLongBits(c[0])) {
                    return -1;
                }
            }
        }
        return 0;
    }

    /** Refractory period in steps, rounded like NEST's Time(ms(t_ref)). */
    static int refractorySteps(double tRef, double h) {
        return (int) Math.round(tRef / h);
    }
}
