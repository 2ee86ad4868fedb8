package org.hebb.nir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hebb.nir.HebbNet.Population;
import org.hebb.nir.HebbNet.Projection;

/**
 * A {@link HebbNet} as a NIR graph (docs/nir.md has the derivations):
 * <ul>
 * <li>{@code iaf_psc_exp} → {@code CubaLIF}: tau_mem = tau_m, tau_syn = tau_syn_ex (s), r = tau_m/C_m (mV/pA),
 *     v_leak = r·I_e, v_threshold = V_th − E_L, v_reset = V_reset − E_L, w_in = tau_syn, so that a Linear weight is
 *     NEST's current jump in pA; with V_th = the largest double (a neuron that never fires) → {@code CubaLI}.</li>
 * <li>{@code iaf_psc_alpha} → {@code CubaLI} {@code <label>_syn} (tau_syn = tau_mem = tau_syn_ex, r = e, w_in =
 *     tau_syn: two equal leaky integrators give NEST's alpha current w·e·t/τ·exp(−t/τ)) feeding the {@code LIF}
 *     {@code <label>} (tau = tau_m, r = tau_m/C_m); currents of dc_generators enter the LIF directly, as in NEST.</li>
 * <li>{@code iaf_psc_delta} → {@code LIF} with r = tau (s), so that a Linear weight is NEST's voltage jump in mV;
 *     v_leak = I_e·tau_m/C_m.</li>
 * <li>input devices and parrot neurons → {@code Input}; each projection → one {@code Linear} {@code <source>__<target>};
 *     sinks (populations that feed nothing) → {@code Output} {@code <label>_out}.</li>
 * </ul>
 * What NIR cannot hold (t_ref, a tau_syn_in that differs, I_e exactly, delays longer than one step, initial V_m,
 * plasticity) is reported as one line each, and kept in the node's metadata ({@code hebb_*}) so that hebb reads it
 * back exactly.
 */
public final class NirExport {

    /** Which reader the file is for. */
    public enum Target {
        /** NIR's continuous-time definitions (every framework; hebb's import) */
        NIR,
        /** also snnTorch's importer: v_leak 0, r = tau/dt, w_in 1, reset to 0, one threshold per node, no CubaLI */
        SNNTORCH
    }

    private final HebbNet net;
    private final Target target;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, NirNode> nodes = new LinkedHashMap<>();
    private final List<String[]> edges = new ArrayList<>();

    private NirExport(HebbNet net, Target target) {
        this.net = net;
        this.target = target;
    }

    /**
     * Exports a network.
     *
     * @param warnings receives one line for each thing the file cannot hold
     * @param strict refuse, with all such lines in one, instead of warning
     * @throws IllegalArgumentException under {@code strict} when something cannot be held, or for a model NIR has
     *     no node for
     */
    public static NirNode.Graph export(HebbNet net, Target target, boolean strict, Consumer<String> warnings) {
        NirExport x = new NirExport(net, target);
        NirNode.Graph g = x.run();
        if (strict && !x.problems.isEmpty()) {
            throw new IllegalArgumentException("--strict: NIR cannot express " + String.join("; ", x.problems));
        }
        x.problems.forEach(warnings);
        return g;
    }

    private NirNode.Graph run() {
        for (Population p : net.populations()) {
            if (HebbNet.INPUTS.contains(p.model())) {
                Map<String, Object> m = NirNode.meta();
                m.put("hebb_model", p.model());
                if (!p.device().isEmpty()) {
                    m.put("hebb_params", Json.write(p.device()));
                }
                nodes.put(p.label(), new NirNode.Input(new long[] {p.size()}, m));
            } else if (p.model().equals("iaf_psc_exp")) {
                exp(p);
            } else if (p.model().equals("iaf_psc_alpha")) {
                alpha(p);
            } else if (p.model().equals("iaf_psc_delta")) {
                delta(p);
            } else {
                throw new IllegalArgumentException("population '" + p.label() + "': model " + p.model()
                        + " has no NIR node; exportable: " + String.join(", ", HebbNet.NEURONS.keySet()) + " and inputs "
                        + String.join(", ", HebbNet.INPUTS));
            }
        }
        for (Projection pr : net.projections()) {
            linear(pr);
        }
        for (Population p : net.populations()) {
            boolean feeds = false;
            for (Projection pr : net.projections()) {
                feeds |= pr.source().equals(p.label());
            }
            if (!feeds && !HebbNet.INPUTS.contains(p.model())) {
                nodes.put(p.label() + "_out", new NirNode.Output(new long[] {p.size()}, NirNode.meta()));
                edges.add(new String[] {p.label(), p.label() + "_out"});
            }
        }
        Map<String, Object> meta = NirNode.meta();
        meta.put("hebb_resolution_ms", net.resolutionMs());
        meta.put("hebb_target", target.name().toLowerCase());
        // HDF5 groups do not keep creation order (jhdf and h5py list names sorted): hebb's order, for node ids
        meta.put("hebb_populations", net.populations().stream().map(Population::label).toArray(String[]::new));
        return new NirNode.Graph(nodes, edges, meta).check();
    }

    private double dtSeconds() {
        return Units.seconds(net.resolutionMs());
    }

    private void exp(Population p) {
        int n = p.size();
        double[] tauSyn = new double[n], tauMem = new double[n], r = new double[n], vLeak = new double[n];
        double[] vTh = new double[n], vReset = new double[n], wIn = new double[n];
        boolean readout = true;
        for (int i = 0; i < n; i++) {
            readout &= p.get("V_th", i) == Double.MAX_VALUE;
        }
        for (int i = 0; i < n; i++) {
            double tauM = p.get("tau_m", i);
            tauSyn[i] = Units.seconds(p.get("tau_syn_ex", i));
            tauMem[i] = Units.seconds(tauM);
            r[i] = Units.resistance(tauM, p.get("C_m", i));
            vLeak[i] = r[i] * p.get("I_e", i);
            vTh[i] = Units.relative(p.get("V_th", i), p.get("E_L", i));
            vReset[i] = Units.relative(p.get("V_reset", i), p.get("E_L", i));
            wIn[i] = tauSyn[i];
            if (target == Target.SNNTORCH) { // snnTorch: syn += W per spike, mem = beta·mem + syn, in pA·step units
                double scale = p.get("C_m", i) / net.resolutionMs();
                r[i] = tauMem[i] / dtSeconds();
                wIn[i] = 1.0;
                vTh[i] *= scale;
                vReset[i] *= scale;
            }
        }
        common(p, true);
        Map<String, Object> m = neuronMeta(p);
        if (readout) {
            nodes.put(p.label(), new NirNode.CubaLi(tauSyn, tauMem, r, vLeak, wIn, m));
            if (target == Target.SNNTORCH) {
                problems.add("population '" + p.label() + "': snnTorch does not read CubaLI read-outs");
            }
        } else {
            nodes.put(p.label(), new NirNode.CubaLif(tauSyn, tauMem, r, vLeak, vTh, vReset, wIn, m));
            snnTorchChecks(p, vTh, vReset);
        }
    }

    private void alpha(Population p) {
        int n = p.size();
        double[] tau = new double[n], e = new double[n], zero = new double[n], tauM = new double[n], r = new double[n];
        double[] vLeak = new double[n], vTh = new double[n], vReset = new double[n];
        for (int i = 0; i < n; i++) {
            tau[i] = Units.seconds(p.get("tau_syn_ex", i));
            e[i] = Math.E; // the alpha kernel's peak factor: NEST's PSC w·(e/τ)·t·exp(−t/τ) peaks at w
            tauM[i] = Units.seconds(p.get("tau_m", i));
            r[i] = Units.resistance(p.get("tau_m", i), p.get("C_m", i));
            vLeak[i] = r[i] * p.get("I_e", i);
            vTh[i] = Units.relative(p.get("V_th", i), p.get("E_L", i));
            vReset[i] = Units.relative(p.get("V_reset", i), p.get("E_L", i));
        }
        common(p, true);
        Map<String, Object> syn = NirNode.meta();
        syn.put("hebb_kernel_of", p.label());
        nodes.put(p.label() + "_syn", new NirNode.CubaLi(tau, tau.clone(), e, zero, tau.clone(), syn));
        nodes.put(p.label(), new NirNode.Lif(tauM, r, vLeak, vTh, vReset, neuronMeta(p)));
        edges.add(new String[] {p.label() + "_syn", p.label()});
        if (target == Target.SNNTORCH) {
            problems.add("population '" + p.label() + "': snnTorch does not read CubaLI, the iaf_psc_alpha kernel");
        }
    }

    private void delta(Population p) {
        int n = p.size();
        double[] tau = new double[n], r = new double[n], vLeak = new double[n], vTh = new double[n], vReset = new double[n];
        for (int i = 0; i < n; i++) {
            tau[i] = Units.seconds(p.get("tau_m", i));
            r[i] = target == Target.SNNTORCH ? tau[i] / dtSeconds() : tau[i];
            vLeak[i] = p.get("I_e", i) * p.get("tau_m", i) / p.get("C_m", i);
            vTh[i] = Units.relative(p.get("V_th", i), p.get("E_L", i));
            vReset[i] = Units.relative(p.get("V_reset", i), p.get("E_L", i));
        }
        common(p, false);
        nodes.put(p.label(), new NirNode.Lif(tau, r, vLeak, vTh, vReset, neuronMeta(p)));
        snnTorchChecks(p, vTh, vReset);
    }

    /** The per-neuron things NIR does not hold, reported once per population. */
    private void common(Population p, boolean synapses) {
        String who = "population '" + p.label() + "' (" + p.model() + "): ";
        double tRef = max(p, "t_ref");
        if (tRef > 0) {
            problems.add(who + "t_ref = " + tRef + " ms (NIR has no refractory period; kept in metadata)");
        }
        double iE = max(p, "I_e");
        if (iE != 0 || min(p, "I_e") != 0) {
            problems.add(who + "I_e exactly (it becomes v_leak = r·I_e, rounded; kept in metadata)");
            if (target == Target.SNNTORCH) {
                problems.add(who + "I_e != 0 (snnTorch needs v_leak = 0)");
            }
        }
        for (int i = 0; i < p.size(); i++) {
            if (p.get("V_m", i) != p.get("E_L", i)) {
                problems.add(who + "initial V_m != E_L (NIR states start at 0; kept in metadata)");
                break;
            }
        }
        if (synapses) {
            for (int i = 0; i < p.size(); i++) {
                if (p.get("tau_syn_in", i) != p.get("tau_syn_ex", i) && receivesInhibition(p.label())) {
                    problems.add(who + "tau_syn_in != tau_syn_ex (NIR has one tau_syn; tau_syn_ex written, "
                            + "tau_syn_in kept in metadata)");
                    break;
                }
            }
        }
    }

    private void snnTorchChecks(Population p, double[] vTh, double[] vReset) {
        if (target != Target.SNNTORCH) {
            return;
        }
        for (int i = 0; i < p.size(); i++) {
            if (vTh[i] != vTh[0]) {
                problems.add("population '" + p.label() + "': snnTorch needs one v_threshold per node");
                break;
            }
        }
        for (double v : vReset) {
            if (v != 0) {
                problems.add("population '" + p.label() + "': snnTorch resets to 0, V_reset != E_L");
                break;
            }
        }
    }

    private boolean receivesInhibition(String label) {
        for (Projection pr : net.projections()) {
            if (pr.target().equals(label)) {
                for (double[] row : pr.weight()) {
                    for (double w : row) {
                        if (w < 0) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** hebb's model and everything the fields do not carry, one value per neuron. */
    private static Map<String, Object> neuronMeta(Population p) {
        Map<String, Object> m = NirNode.meta();
        m.put("hebb_model", p.model());
        for (String k : List.of("E_L", "V_m", "I_e", "t_ref", "tau_syn_in", "C_m")) {
            if (p.neuron().containsKey(k)) {
                m.put("hebb_" + k, p.neuron().get(k).clone());
            }
        }
        return m;
    }

    private void linear(Projection pr) {
        Population src = net.population(pr.source()), tgt = net.population(pr.target());
        if (HebbNet.INPUTS.contains(tgt.model())) { // e.g. spike_generator -> parrot_neuron: both are inputs
            problems.add("projection " + pr.source() + " -> " + pr.target() + ": into an input population (" + tgt.model()
                    + "); NIR Input nodes have no incoming edges, so it is left out");
            return;
        }
        String name = pr.source() + "__" + pr.target();
        double step = net.resolutionMs();
        double longest = 0;
        for (double[] row : pr.delay()) {
            for (double d : row) {
                longest = Math.max(longest, d);
            }
        }
        if (longest > step * (1 + 1e-12)) {
            problems.add("projection " + pr.source() + " -> " + pr.target() + ": delays up to " + longest
                    + " ms (NIR edges have none; hebb's shortest is one step, " + step + " ms; kept in metadata)");
        }
        boolean current = src.model().equals("dc_generator") || src.model().equals("step_current_generator");
        String into = tgt.model().equals("iaf_psc_alpha") && !current ? pr.target() + "_syn" : pr.target();
        if (current && !tgt.model().equals("iaf_psc_alpha")) {
            problems.add("projection " + pr.source() + " -> " + pr.target() + ": a " + src.model() + "'s current "
                    + "enters " + tgt.model() + "'s membrane directly in hebb, but passes the node's input in NIR");
        }
        double[][] w = new double[pr.weight().length][];
        for (int i = 0; i < w.length; i++) {
            w[i] = pr.weight()[i].clone();
        }
        Map<String, Object> m = NirNode.meta();
        m.put("hebb_delay_ms", pr.delay());
        m.put("hebb_synapse_model", pr.synapseModel());
        nodes.put(name, new NirNode.Linear(w, m));
        edges.add(new String[] {pr.source(), name});
        edges.add(new String[] {name, into});
    }

    private static double max(Population p, String k) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : p.neuron().get(k)) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static double min(Population p, String k) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : p.neuron().get(k)) {
            m = Math.min(m, v);
        }
        return m;
    }
}
