package org.hebb.nir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hebb.learn.task.SpikingController;
import org.hebb.learn.task.Task;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;

/**
 * A hebb network as NIR sees it: labelled populations of one model each (neurons with their parameters, one value
 * per neuron; input devices with theirs) and, per pair of populations, a weight matrix {@code [target][source]}
 * (0 = no connection) with its delays. It is read from a built {@link Network} through the public API only
 * ({@code getStatus}, {@code getConnections}) and builds one again, so a spec file, a task's controller and an
 * imported NIR graph meet here.
 *
 * @param resolutionMs the simulation step h, ms
 * @param populations in creation order
 * @param projections in creation order
 */
public record HebbNet(double resolutionMs, List<Population> populations, List<Projection> projections) {

    /** The neuron models NIR can hold, and their parameters (NEST's names). */
    public static final Map<String, List<String>> NEURONS = Map.of(
            "iaf_psc_exp", List.of("C_m", "E_L", "I_e", "V_m", "V_reset", "V_th", "t_ref", "tau_m", "tau_syn_ex", "tau_syn_in"),
            "iaf_psc_alpha", List.of("C_m", "E_L", "I_e", "V_m", "V_reset", "V_th", "t_ref", "tau_m", "tau_syn_ex", "tau_syn_in"),
            "iaf_psc_delta", List.of("C_m", "E_L", "I_e", "V_m", "V_reset", "V_th", "t_ref", "tau_m"));

    /** Models that feed a network from outside: NIR {@code Input} nodes. */
    public static final List<String> INPUTS = List.of("parrot_neuron", "spike_generator", "poisson_generator",
            "dc_generator", "step_current_generator");

    /** Models that only observe: not part of the graph. */
    static final List<String> RECORDERS = List.of("spike_recorder", "multimeter", "weight_recorder", "volume_transmitter");

    /** Synapse models read besides {@code static_synapse}; their plasticity does not survive the trip to NIR. */
    static final List<String> PLASTIC = List.of("stdp_synapse", "stdp_dopamine_synapse", "stdp_trace_synapse",
            "mstdp_synapse", "three_factor_stdp_synapse");

    /**
     * @param label unique name
     * @param model a NEST model name
     * @param size neurons or devices
     * @param neuron a neuron's parameters, one value per neuron (empty for a device)
     * @param device a device's parameters as {@code getStatus} gives them (empty for a neuron)
     */
    public record Population(String label, String model, int size, Map<String, double[]> neuron, Map<String, Object> device) {
        /** @return parameter {@code name} of neuron {@code i} */
        public double get(String name, int i) {
            return neuron.get(name)[i];
        }
    }

    /**
     * @param source source population label
     * @param target target population label
     * @param weight {@code [target][source]}, pA (mV for iaf_psc_delta), 0 where there is no connection
     * @param delay {@code [target][source]}, ms, 0 where there is no connection
     * @param synapseModel the synapse model of the connections
     */
    public record Projection(String source, String target, double[][] weight, double[][] delay, String synapseModel) {
    }

    /** @return the population labelled {@code label} */
    public Population population(String label) {
        for (Population p : populations) {
            if (p.label.equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("population '" + label + "': no such label");
    }

    /**
     * Reads a built network: every labelled collection becomes a population, unlabelled nodes are grouped into runs
     * of one model labelled {@code <model>-<first id>}; recorders are left out; connections of every synapse model
     * between two populations become one projection (multapses summed).
     *
     * @param notes receives one line for each thing a NIR file will not hold (plasticity, multapses)
     */
    public static HebbNet read(Network net, Map<String, NodeCollection> labels, Consumer<String> notes) {
        int n = net.size();
        String[] labelOf = new String[n + 1];
        int[] indexOf = new int[n + 1];
        Map<String, int[]> members = new LinkedHashMap<>();
        labels.forEach((label, c) -> {
            members.put(label, c.ids());
            for (int i = 0; i < c.size(); i++) {
                labelOf[c.id(i)] = label;
                indexOf[c.id(i)] = i;
            }
        });
        for (int id = 1; id <= n; id++) { // unlabelled runs
            if (labelOf[id] == null) {
                String model = net.model(id);
                int end = id;
                while (end + 1 <= n && labelOf[end + 1] == null && net.model(end + 1).equals(model)) {
                    end++;
                }
                String label = model + "-" + id;
                int[] ids = new int[end - id + 1];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = id + k;
                    labelOf[id + k] = label;
                    indexOf[id + k] = k;
                }
                members.put(label, ids);
                id = end;
            }
        }
        List<Population> pops = new ArrayList<>();
        members.entrySet().stream().sorted((a, b) -> Integer.compare(a.getValue()[0], b.getValue()[0])).forEach(e -> {
            String model = net.model(e.getValue()[0]);
            if (!RECORDERS.contains(model)) {
                pops.add(population(net, e.getKey(), model, e.getValue()));
            }
        });
        List<Projection> projections = new ArrayList<>();
        List<String> synapses = new ArrayList<>(List.of("static_synapse"));
        synapses.addAll(PLASTIC);
        for (String syn : synapses) {
            int[] src, tgt;
            double[] w, d;
            try { // only Network's API (the connection table's type stays the kernel's business)
                var c = syn.equals("static_synapse") ? net.getConnections() : net.getConnections(syn);
                src = c.sources();
                tgt = c.targets();
                w = c.weights();
                d = c.delays();
            } catch (IllegalArgumentException absent) {
                continue; // the network has no connection of this model
            }
            if (src.length > 0 && !syn.equals("static_synapse")) {
                notes.accept("synapse model " + syn + ": plasticity is dropped; its " + src.length
                        + " connections are exported with their current weights as static ones");
            }
            collect(syn, src, tgt, w, d, labelOf, indexOf, members, pops, projections, notes);
        }
        return new HebbNet(net.resolution(), pops, projections);
    }

    private static Population population(Network net, String label, String model, int[] ids) {
        Map<String, double[]> neuron = new LinkedHashMap<>();
        Map<String, Object> device = new LinkedHashMap<>();
        List<String> names = NEURONS.get(model);
        if (names != null) {
            for (String p : names) {
                double[] v = new double[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    v[i] = net.getDouble(ids[i], p);
                }
                neuron.put(p, v);
            }
        } else {
            Map<String, Object> status = net.getStatus(ids[0]);
            status.forEach((k, v) -> {
                if (!k.equals("model") && !k.equals("global_id")) {
                    device.put(k, v);
                }
            });
        }
        return new Population(label, model, ids.length, neuron, device);
    }

    private static void collect(String synapse, int[] sources, int[] targets, double[] weights, double[] delays,
            String[] labelOf, int[] indexOf, Map<String, int[]> members, List<Population> pops, List<Projection> out,
            Consumer<String> notes) {
        Map<String, Projection> byPair = new LinkedHashMap<>();
        int multapses = 0;
        for (int k = 0; k < sources.length; k++) {
            String s = labelOf[sources[k]], t = labelOf[targets[k]];
            if (!isPopulation(pops, s) || !isPopulation(pops, t)) {
                continue; // a recorder's connection
            }
            Projection p = byPair.computeIfAbsent(s + "\u0000" + t, key -> new Projection(s, t,
                    new double[members.get(t).length][members.get(s).length],
                    new double[members.get(t).length][members.get(s).length], synapse));
            int i = indexOf[targets[k]], j = indexOf[sources[k]];
            multapses += p.delay[i][j] != 0 ? 1 : 0;
            p.weight[i][j] += weights[k];
            p.delay[i][j] = delays[k];
        }
        if (multapses > 0) {
            notes.accept(synapse + ": " + multapses + " multapses summed into one weight each (NIR has one"
                    + " weight per pair)");
        }
        out.addAll(byPair.values());
    }

    private static boolean isPopulation(List<Population> pops, String label) {
        for (Population p : pops) {
            if (p.label.equals(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A task's controller for a genome, as {@link SpikingController} wires it: populations {@code input},
     * {@code hidden} (if any) and {@code output} of iaf_psc_alpha, and the dc_generators that carry the encoded
     * observation.
     */
    public static HebbNet ofController(Task task, double[] genome, Consumer<String> notes) {
        SpikingController c = new SpikingController(genome, task);
        Map<String, NodeCollection> labels = new LinkedHashMap<>();
        labels.put("input", c.inputs());
        if (c.hidden() != null) {
            labels.put("hidden", c.hidden());
        }
        labels.put("output", c.outputs());
        int last = c.outputs().id(c.outputs().size() - 1);
        labels.put("observation", NodeCollection.range(last + 1, task.inputs()));
        return read(c.network(), labels, notes);
    }

    /**
     * Builds this network into {@code net} (whose resolution should be {@link #resolutionMs}): populations in
     * order, then each projection's non-zero weights, one target at a time.
     *
     * @return label → node collection
     */
    public Map<String, NodeCollection> build(Network net) {
        Map<String, NodeCollection> out = new LinkedHashMap<>();
        for (Population p : populations) {
            NodeCollection c;
            if (p.neuron.isEmpty()) {
                c = net.create(p.model, p.size, p.device);
            } else {
                c = net.create(p.model, p.size, uniform(p, 0));
                for (int i = 1; i < p.size; i++) {
                    Map<String, Object> own = uniform(p, i);
                    if (!own.equals(uniform(p, 0))) {
                        net.set(c.get(i), own);
                    }
                }
            }
            out.put(p.label, c);
        }
        for (Projection pr : projections) {
            NodeCollection s = out.get(pr.source), t = out.get(pr.target);
            for (int i = 0; i < pr.weight.length; i++) {
                int m = 0;
                for (double w : pr.weight[i]) {
                    m += w != 0 ? 1 : 0;
                }
                if (m == 0) {
                    continue;
                }
                int[] ids = new int[m];
                double[] w = new double[m], d = new double[m];
                for (int j = 0, k = 0; j < pr.weight[i].length; j++) {
                    if (pr.weight[i][j] != 0) {
                        ids[k] = s.id(j);
                        w[k] = pr.weight[i][j];
                        d[k++] = pr.delay[i][j];
                    }
                }
                SynSpec syn = SynSpec.of(pr.synapseModel).withWeight(w).withDelay(d);
                net.connect(NodeCollection.of(ids), t.get(i), ConnSpec.allToAll(), syn);
            }
        }
        return out;
    }

    /** @return neuron {@code i}'s parameters as a NEST dictionary */
    public static Map<String, Object> uniform(Population p, int i) {
        Map<String, Object> m = new LinkedHashMap<>();
        p.neuron.forEach((k, v) -> m.put(k, v[i]));
        return m;
    }
}
