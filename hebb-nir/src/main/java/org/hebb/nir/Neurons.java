package org.hebb.nir;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.hebb.nir.HebbNet.Population;

/**
 * NIR neuron nodes as NEST neuron parameters, the inverse of {@link NirExport}'s mapping (docs/nir.md). Values the
 * fields do not carry (E_L, initial V_m, t_ref, tau_syn_in, iaf_psc_delta's C_m) come from the node's
 * {@code hebb_*} metadata when it is there and fits, else from NIR's conventions (E_L = 0, V_m = E_L, t_ref = 0,
 * tau_syn_in = tau_syn); I_e from metadata only if it reproduces {@code v_leak} exactly, else {@code v_leak / r}.
 */
final class Neurons {

    /** The threshold of a neuron that never fires: a CubaLI read-out as iaf_psc_exp. */
    static final double NEVER = Double.MAX_VALUE;

    private Neurons() {
    }

    static Population exp(String name, double[] tauSyn, double[] tauMem, double[] r, double[] vLeak, double[] vTh,
            double[] vReset, Map<String, Object> meta) {
        int n = tauMem.length;
        Params p = new Params(n, meta, "iaf_psc_exp");
        for (int i = 0; i < n; i++) {
            double tauM = Units.ms(tauMem[i]), tauS = Units.ms(tauSyn[i]);
            double cM = tauM / r[i];
            double e = p.meta("E_L", i, 0.0);
            p.put("C_m", i, cM);
            p.put("E_L", i, e);
            p.put("I_e", i, current(p, i, r[i], vLeak[i]));
            p.put("V_m", i, p.meta("V_m", i, e));
            p.put("V_th", i, vTh == null ? NEVER : e + vTh[i]);
            p.put("V_reset", i, vReset == null ? e : e + vReset[i]);
            p.put("t_ref", i, p.meta("t_ref", i, 0.0));
            p.put("tau_m", i, tauM);
            p.put("tau_syn_ex", i, tauS);
            p.put("tau_syn_in", i, p.meta("tau_syn_in", i, tauS));
        }
        return p.population(name, "iaf_psc_exp");
    }

    static Population alpha(String name, NirNode.Lif lif, NirNode.CubaLi kernel) {
        int n = lif.tau().length;
        Params p = new Params(n, lif.metadata(), "iaf_psc_alpha");
        for (int i = 0; i < n; i++) {
            double tauM = Units.ms(lif.tau()[i]), tauS = Units.ms(kernel.tauSyn()[i]);
            double e = p.meta("E_L", i, 0.0);
            p.put("C_m", i, tauM / lif.r()[i]);
            p.put("E_L", i, e);
            p.put("I_e", i, current(p, i, lif.r()[i], lif.vLeak()[i]));
            p.put("V_m", i, p.meta("V_m", i, e));
            p.put("V_th", i, e + lif.vThreshold()[i]);
            p.put("V_reset", i, e + lif.vReset()[i]);
            p.put("t_ref", i, p.meta("t_ref", i, 0.0));
            p.put("tau_m", i, tauM);
            p.put("tau_syn_ex", i, tauS);
            p.put("tau_syn_in", i, p.meta("tau_syn_in", i, tauS));
        }
        return p.population(name, "iaf_psc_alpha");
    }

    static Population delta(String name, NirNode.Lif lif) {
        int n = lif.tau().length;
        Params p = new Params(n, lif.metadata(), "iaf_psc_delta");
        for (int i = 0; i < n; i++) {
            double tauM = Units.ms(lif.tau()[i]);
            double e = p.meta("E_L", i, 0.0);
            double cM = p.meta("C_m", i, 250.0);
            double iE = p.meta("I_e", i, Double.NaN);
            if (!(iE * tauM / cM == lif.vLeak()[i])) { // v_leak = I_e·tau_m/C_m (NirExport.delta)
                iE = lif.vLeak()[i] * cM / tauM;
            }
            p.put("C_m", i, cM);
            p.put("E_L", i, e);
            p.put("I_e", i, iE);
            p.put("V_m", i, p.meta("V_m", i, e));
            p.put("V_th", i, e + lif.vThreshold()[i]);
            p.put("V_reset", i, e + lif.vReset()[i]);
            p.put("t_ref", i, p.meta("t_ref", i, 0.0));
            p.put("tau_m", i, tauM);
        }
        return p.population(name, "iaf_psc_delta");
    }

    /** I_e with {@code r·I_e = v_leak}: the metadata's value if it gives v_leak exactly, else {@code v_leak / r}. */
    private static double current(Params p, int i, double r, double vLeak) {
        double kept = p.meta("I_e", i, Double.NaN);
        return r * kept == vLeak ? kept : vLeak / r;
    }

    /**
     * An Affine's bias as a constant current: into a CubaLIF/CubaLI its steady-state synaptic current
     * {@code b·w_in/tau_syn} (NIR's current starts at 0 and reaches it within a few tau_syn; hebb's I_e is there
     * from the start), into a LIF the current that moves its rest by {@code r·b}.
     */
    static void addBias(Population tgt, double[] bias, double[] scale, String node, Consumer<String> notes) {
        double[] iE = tgt.neuron().get("I_e");
        boolean any = false;
        for (int i = 0; i < bias.length; i++) {
            if (bias[i] == 0) {
                continue;
            }
            any = true;
            if (tgt.model().equals("iaf_psc_delta")) { // the rest moves by r·b = b·scale·τ(s); I_e·tau_m/C_m = r·b
                iE[i] += bias[i] * scale[i] * Units.seconds(tgt.get("tau_m", i)) * tgt.get("C_m", i) / tgt.get("tau_m", i);
            } else {
                iE[i] += bias[i] * scale[i];
            }
        }
        if (any && !tgt.model().equals("iaf_psc_delta")) {
            notes.accept("Affine '" + node + "': its bias into '" + tgt.label() + "' becomes I_e at its steady state"
                    + " (NIR's synaptic current rises to it over a few tau_syn; hebb's is there from the start)");
        }
    }

    /** Parameters being filled, one array per name, and the node's metadata if it was written by hebb for this model. */
    private static final class Params {
        final Map<String, double[]> values = new LinkedHashMap<>();
        final Map<String, Object> meta;
        final int n;

        Params(int n, Map<String, Object> meta, String model) {
            this.n = n;
            this.meta = model.equals(meta.get("hebb_model")) ? meta : Map.of();
        }

        double meta(String name, int i, double otherwise) {
            return meta.get("hebb_" + name) instanceof double[] a && a.length == n ? a[i] : otherwise;
        }

        void put(String name, int i, double v) {
            values.computeIfAbsent(name, k -> new double[n])[i] = v;
        }

        Population population(String label, String model) {
            return new Population(label, model, n, values, new LinkedHashMap<>());
        }
    }
}
