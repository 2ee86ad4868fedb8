package org.hebb.nir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hebb.nir.HebbNet.Population;
import org.hebb.nir.HebbNet.Projection;

/**
 * A NIR graph as a {@link HebbNet}, NIR's continuous-time equations integrated exactly on hebb's grid (docs/nir.md):
 * {@code CubaLIF} → {@code iaf_psc_exp} (both linear between spikes, so NEST's exact propagators solve NIR's
 * equations), {@code CubaLI} → {@code iaf_psc_exp} whose threshold is the largest double (it never fires; its V_m is
 * the read-out), {@code LIF} → {@code iaf_psc_delta}, a {@code CubaLI} with tau_syn = tau_mem feeding one {@code LIF}
 * → {@code iaf_psc_alpha}, {@code Input} → {@code parrot_neuron}s (or the device hebb exported), {@code Linear} and
 * {@code Affine} → connections whose weight folds in the target's input scaling. NIR edges have no delay; hebb's
 * shortest, one step h, is used unless the file's metadata holds hebb's delays.
 *
 * <p>Voltages: hebb's E_L is the file's {@code hebb_E_L} metadata or 0, and V_th = E_L + v_threshold,
 * V_reset = E_L + v_reset, V_m = E_L; {@code v_leak} becomes I_e = v_leak / r. A spike is emitted when
 * V_m ≥ V_th at the end of a step (NEST's grid-based test; NIR says {@code v > v_threshold}).
 */
public final class NirImport {

    /** hebb's default step when the file does not name one, ms. */
    public static final double DEFAULT_RESOLUTION_MS = 0.1;

    /**
     * @param net the network
     * @param outputs NIR Output node → the population that feeds it
     */
    public record Imported(HebbNet net, Map<String, String> outputs) {
    }

    private final NirNode.Graph g;
    private final Consumer<String> notes;
    private final double h;
    private final Map<String, Population> pops = new LinkedHashMap<>();
    private final Map<String, String> kernelOf = new LinkedHashMap<>(); // CubaLI kernel → its LIF
    private final Map<String, Projection> projections = new LinkedHashMap<>();
    private final java.util.Set<String> biased = new java.util.HashSet<>();

    private NirImport(NirNode.Graph g, Double resolutionMs, Consumer<String> notes) {
        this.g = Flatten.flatten(g);
        this.notes = notes;
        Object meta = g.metadata().get("hebb_resolution_ms");
        this.h = resolutionMs != null ? resolutionMs : meta instanceof Double d ? d : DEFAULT_RESOLUTION_MS;
        if (!(h > 0) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("resolution: " + h + " is not allowed; must be > 0 ms");
        }
    }

    /**
     * Imports a (checked) graph.
     *
     * @param resolutionMs hebb's step, ms; null for the file's {@code hebb_resolution_ms} or {@value #DEFAULT_RESOLUTION_MS}
     * @param notes receives one line for each approximation made
     * @throws IllegalArgumentException for a structure hebb cannot simulate, naming the nodes
     */
    public static Imported read(NirNode.Graph graph, Double resolutionMs, Consumer<String> notes) {
        return new NirImport(graph, resolutionMs, notes).run();
    }

    private Imported run() {
        findKernels();
        for (Map.Entry<String, NirNode> e : g.nodes().entrySet()) {
            String name = e.getKey();
            switch (e.getValue()) {
                case NirNode.Input in -> pops.put(name, input(name, in));
                case NirNode.CubaLif n -> pops.put(name, Neurons.exp(name, n.tauSyn(), n.tauMem(), n.r(), n.vLeak(),
                        n.vThreshold(), n.vReset(), n.metadata()));
                case NirNode.CubaLi n -> {
                    if (!kernelOf.containsKey(name)) {
                        pops.put(name, Neurons.exp(name, n.tauSyn(), n.tauMem(), n.r(), n.vLeak(), null, null, n.metadata()));
                    }
                }
                case NirNode.Lif n -> {
                    String k = kernelFor(name);
                    pops.put(name, k == null ? Neurons.delta(name, n) : Neurons.alpha(name, n, (NirNode.CubaLi) g.nodes().get(k)));
                }
                default -> { } // weights and outputs: below
            }
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String[] e : g.edges()) {
            NirNode a = g.nodes().get(e[0]), b = g.nodes().get(e[1]);
            if (kernelOf.containsKey(e[0])) {
                continue; // the kernel's edge into its LIF is inside iaf_psc_alpha
            }
            if (b instanceof NirNode.Output) {
                if (!pops.containsKey(e[0]) || a instanceof NirNode.Input) {
                    throw new IllegalArgumentException("edge " + e[0] + " -> " + e[1] + ": " + an(a.type())
                            + " feeding an Output is not supported; hebb reads out neuron nodes");
                }
                outputs.put(e[1], e[0]);
            } else if (a instanceof NirNode.Linear || a instanceof NirNode.Affine) {
                continue; // handled from the weight node's inputs
            } else if (b instanceof NirNode.Linear || b instanceof NirNode.Affine) {
                for (String[] f : g.edges()) {
                    if (f[0].equals(e[1])) {
                        connect(e[0], e[1], target(f[1], e[1]), weights(b), bias(b));
                    }
                }
            } else {
                connect(e[0], null, target(e[1], e[0]), identity(a.outSize()), null);
            }
        }
        return new Imported(new HebbNet(h, ordered(), new ArrayList<>(projections.values())), outputs);
    }

    /** The populations in the order hebb exported them ({@code hebb_populations}), else in the file's order. */
    private List<Population> ordered() {
        List<Population> out = new ArrayList<>();
        if (g.metadata().get("hebb_populations") instanceof String[] order) {
            for (String label : order) {
                if (pops.containsKey(label)) {
                    out.add(pops.get(label));
                }
            }
        }
        for (Population p : pops.values()) {
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** CubaLI nodes that are the alpha kernel of a LIF: tau_syn = tau_mem, their only edge goes into that LIF. */
    private void findKernels() {
        for (Map.Entry<String, NirNode> e : g.nodes().entrySet()) {
            if (!(e.getValue() instanceof NirNode.CubaLi k)) {
                continue;
            }
            List<String> out = new ArrayList<>();
            for (String[] x : g.edges()) {
                if (x[0].equals(e.getKey())) {
                    out.add(x[1]);
                }
            }
            if (out.size() == 1 && g.nodes().get(out.get(0)) instanceof NirNode.Lif) {
                for (int i = 0; i < k.tauSyn().length; i++) {
                    if (k.tauSyn()[i] != k.tauMem()[i]) {
                        throw new IllegalArgumentException("CubaLI '" + e.getKey() + "' -> LIF '" + out.get(0)
                                + "': a CubaLI feeding a LIF is an alpha synapse only with tau_syn = tau_mem; neuron "
                                + i + " has " + k.tauSyn()[i] + " and " + k.tauMem()[i] + " s");
                    }
                }
                kernelOf.put(e.getKey(), out.get(0));
            }
        }
    }

    private String kernelFor(String lif) {
        for (Map.Entry<String, String> e : kernelOf.entrySet()) {
            if (e.getValue().equals(lif)) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * An Input as the device hebb exported (its metadata), else as a {@code dc_generator} population when its values
     * go straight into a membrane (a LIF past its alpha kernel: a current), else as {@code parrot_neuron}s (spikes).
     */
    private Population input(String name, NirNode.Input in) {
        Object model = in.metadata().get("hebb_model");
        Object params = in.metadata().get("hebb_params");
        if (model instanceof String m && HebbNet.INPUTS.contains(m)) {
            Map<String, Object> device = params instanceof String s ? Json.read(s, name + "/metadata/hebb_params")
                    : new LinkedHashMap<>();
            return new Population(name, m, in.outSize(), new LinkedHashMap<>(), device);
        }
        String kind = intoMembrane(name) ? "dc_generator" : "parrot_neuron";
        return new Population(name, kind, in.outSize(), new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** Whether a node's values reach, directly or through one weight node, a LIF past its alpha kernel. */
    private boolean intoMembrane(String node) {
        for (String[] e : g.edges()) {
            if (e[0].equals(node)) {
                NirNode b = g.nodes().get(e[1]);
                if (b instanceof NirNode.Linear || b instanceof NirNode.Affine) {
                    for (String[] f : g.edges()) {
                        if (f[0].equals(e[1]) && kernelFor(f[1]) != null) {
                            return true;
                        }
                    }
                } else if (kernelFor(e[1]) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The population an edge into {@code node} reaches, and the scale of a weight into each of its neurons. */
    private record Target(String population, double[] scale, boolean current) {
    }

    private Target target(String node, String via) {
        NirNode n = g.nodes().get(node);
        String lif = kernelOf.get(node);
        double[] s;
        switch (n) {
            case NirNode.CubaLi k when lif != null -> { // into the alpha kernel: w = W·(w_in/τ)·(r/e)
                s = new double[k.tauSyn().length];
                for (int i = 0; i < s.length; i++) {
                    s[i] = (k.wIn()[i] / k.tauSyn()[i]) * (k.r()[i] / Math.E);
                }
                return new Target(lif, s, false);
            }
            case NirNode.CubaLi k -> s = ratio(k.wIn(), k.tauSyn());
            case NirNode.CubaLif k -> s = ratio(k.wIn(), k.tauSyn());
            case NirNode.Lif k when kernelFor(node) != null -> { // a current straight into the membrane
                return new Target(node, ones(k.tau().length), true);
            }
            case NirNode.Lif k -> s = ratio(k.r(), k.tau()); // iaf_psc_delta: the voltage jump r·W/τ, mV
            default -> throw new IllegalArgumentException("edge " + via + " -> " + node + ": " + an(n.type())
                    + " cannot receive from a weight node here; hebb connects weights into neuron nodes"
                    + " (LIF, CubaLIF, CubaLI)");
        }
        return new Target(node, s, false);
    }

    /** Adds W (scaled into the target's units) from {@code source} through {@code weightNode} (null: a plain edge). */
    private void connect(String source, String weightNode, Target t, double[][] w, double[] bias) {
        Population src = pops.get(source);
        String via = weightNode == null ? t.population : weightNode;
        if (src == null) {
            throw new IllegalArgumentException("edge " + source + " -> " + via + ": "
                    + an(g.nodes().get(source).type()) + " cannot feed it here; hebb connects Input and neuron"
                    + " nodes through at most one Linear or Affine");
        }
        if (t.current && !src.model().equals("dc_generator") && !src.model().equals("step_current_generator")) {
            throw new IllegalArgumentException("edge " + source + " -> " + via + ": spikes of " + src.model() + " '"
                    + source + "' into LIF '" + t.population + "' past its alpha kernel are not supported; connect"
                    + " them to the kernel '" + kernelFor(t.population) + "'");
        }
        Population tgt = pops.get(t.population);
        String key = source + "\u0000" + t.population;
        Projection p = projections.get(key);
        double[][] delays = delays(weightNode, w.length, w[0].length);
        if (p == null) {
            p = new Projection(source, t.population, new double[w.length][w[0].length], delays, "static_synapse");
            projections.put(key, p);
        }
        for (int i = 0; i < w.length; i++) {
            double scale = t.scale[i];
            for (int j = 0; j < w[i].length; j++) {
                p.weight()[i][j] += w[i][j] * scale;
                p.delay()[i][j] = p.weight()[i][j] == 0 ? 0 : delays[i][j];
            }
        }
        if (bias != null && biased.add(weightNode + "\u0000" + t.population)) { // once, however many inputs it sums
            Neurons.addBias(tgt, bias, t.scale, weightNode, notes);
        }
    }

    private double[][] delays(String weightNode, int rows, int cols) {
        NirNode n = g.nodes().get(weightNode);
        if (n != null && n.metadata().get("hebb_delay_ms") instanceof double[][] d && d.length == rows
                && d.length > 0 && d[0].length == cols) {
            double[][] out = new double[rows][];
            for (int i = 0; i < rows; i++) {
                out[i] = d[i].clone();
                for (int j = 0; j < cols; j++) {
                    out[i][j] = out[i][j] == 0 ? h : out[i][j];
                }
            }
            return out;
        }
        double[][] out = new double[rows][cols];
        for (double[] row : out) {
            java.util.Arrays.fill(row, h);
        }
        return out;
    }

    /** @return the type with its article: "an Input", "a Linear" */
    private static String an(String type) {
        return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static double[][] weights(NirNode n) {
        return n instanceof NirNode.Linear l ? l.weight() : ((NirNode.Affine) n).weight();
    }

    private static double[] bias(NirNode n) {
        return n instanceof NirNode.Affine a ? a.bias() : null;
    }

    private static double[][] identity(int n) {
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            w[i][i] = 1.0;
        }
        return w;
    }

    private static double[] ratio(double[] a, double[] b) {
        double[] s = new double[a.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = a[i] / b[i];
        }
        return s;
    }

    private static double[] ones(int n) {
        double[] s = new double[n];
        java.util.Arrays.fill(s, 1.0);
        return s;
    }
}
