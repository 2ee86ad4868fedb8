package org.hebb.cli.nir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hebb.nir.HebbNet;
import org.hebb.nir.HebbNet.Population;
import org.hebb.nir.HebbNet.Projection;
import org.hebb.nir.NirImport;
import org.hebb.sim.Network;

/**
 * A {@link HebbNet} as a network spec (docs/network-spec.md) that {@code hebb simulate} builds into the same network:
 * every parameter written with Java's {@code Double.toString} (which parses back to the identical double), a
 * population whose neurons differ split into runs of equal parameters ({@code label@first}), a dense projection
 * between two unsplit populations as one all_to_all table (weights target-major, as NEST creates them), any other
 * one table per target neuron with node ids. Every NIR Output gets a recorder named after it.
 */
final class SpecToml {

    private SpecToml() {
    }

    /** One [[nodes]] table: a run of neurons of a population with equal parameters. */
    private record Run(String label, Population pop, int from, int to, int firstId) {
    }

    static String write(NirImport.Imported im, double simtime, String comment) {
        HebbNet net = im.net();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(comment).append('\n');
        sb.append("# docs/nir.md: Input -> parrot_neuron (connect a spike_generator to it), CubaLIF -> iaf_psc_exp,\n");
        sb.append("# LIF -> iaf_psc_delta, CubaLI -> iaf_psc_exp that never fires (V_th = largest double); delays = h\n");
        sb.append("resolution = ").append(num(net.resolutionMs())).append('\n');
        sb.append("seed = ").append(Network.DEFAULT_SEED).append('\n');
        sb.append("simtime = ").append(num(simtime)).append("\n");
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        int id = 1;
        for (Population p : net.populations()) {
            List<Run> rs = new ArrayList<>();
            int from = 0;
            for (int i = 1; i <= p.size(); i++) {
                if (i == p.size() || !HebbNet.uniform(p, i).equals(HebbNet.uniform(p, from))) {
                    rs.add(new Run(null, p, from, i, id));
                    id += i - from;
                    from = i;
                }
            }
            List<Run> named = new ArrayList<>();
            for (Run r : rs) {
                named.add(new Run(rs.size() == 1 ? p.label() : p.label() + "@" + r.from, p, r.from, r.to, r.firstId));
            }
            runs.put(p.label(), named);
            for (Run r : named) {
                sb.append("\n[[nodes]]\nlabel = ").append(str(r.label)).append("\nmodel = ").append(str(p.model()));
                sb.append("\nn = ").append(r.to - r.from).append('\n');
                Map<String, Object> params = p.neuron().isEmpty() ? p.device() : HebbNet.uniform(p, r.from);
                if (!params.isEmpty()) {
                    sb.append("params = ").append(table(params)).append('\n');
                }
            }
        }
        for (Projection pr : net.projections()) {
            connections(sb, pr, runs.get(pr.source()), runs.get(pr.target()));
        }
        im.outputs().forEach((output, label) -> {
            Population p = net.population(label);
            boolean readout = p.neuron().containsKey("V_th") && p.neuron().get("V_th")[0] == Double.MAX_VALUE;
            sb.append("\n[[nodes]]\nlabel = ").append(str(output));
            if (readout) {
                sb.append("\nmodel = \"multimeter\"\nparams = { interval = ").append(num(net.resolutionMs()))
                        .append(", record_from = [\"V_m\"] }\n");
            } else {
                sb.append("\nmodel = \"spike_recorder\"\n");
            }
        });
        im.outputs().forEach((output, label) -> {
            boolean readout = net.population(label).neuron().containsKey("V_th")
                    && net.population(label).neuron().get("V_th")[0] == Double.MAX_VALUE;
            for (Run r : runs.get(label)) {
                sb.append("\n[[connections]]\nsource = ").append(str(readout ? output : r.label))
                        .append("\ntarget = ").append(str(readout ? r.label : output)).append('\n');
            }
        });
        return sb.toString();
    }

    private static void connections(StringBuilder sb, Projection pr, List<Run> src, List<Run> tgt) {
        boolean dense = src.size() == 1 && tgt.size() == 1;
        for (double[] row : pr.weight()) {
            for (double w : row) {
                dense &= w != 0;
            }
        }
        if (dense) {
            List<Double> w = new ArrayList<>(), d = new ArrayList<>();
            for (int i = 0; i < pr.weight().length; i++) {
                for (int j = 0; j < pr.weight()[i].length; j++) {
                    w.add(pr.weight()[i][j]);
                    d.add(pr.delay()[i][j]);
                }
            }
            sb.append("\n[[connections]]\nsource = ").append(str(src.get(0).label)).append("\ntarget = ")
                    .append(str(tgt.get(0).label)).append("\nsyn = { weight = ").append(list(w)).append(", delay = ")
                    .append(uniformOrList(d)).append(" }\n");
            return;
        }
        for (int i = 0; i < pr.weight().length; i++) {
            List<String> ids = new ArrayList<>();
            List<Double> w = new ArrayList<>(), d = new ArrayList<>();
            for (int j = 0; j < pr.weight()[i].length; j++) {
                if (pr.weight()[i][j] != 0) {
                    ids.add(Integer.toString(id(src, j)));
                    w.add(pr.weight()[i][j]);
                    d.add(pr.delay()[i][j]);
                }
            }
            if (!ids.isEmpty()) {
                sb.append("\n[[connections]]\nsource = [").append(String.join(", ", ids)).append("]\ntarget = ")
                        .append(id(tgt, i)).append("\nsyn = { weight = ").append(list(w)).append(", delay = ")
                        .append(uniformOrList(d)).append(" }\n");
            }
        }
    }

    private static int id(List<Run> runs, int index) {
        for (Run r : runs) {
            if (index >= r.from && index < r.to) {
                return r.firstId + index - r.from;
            }
        }
        throw new IllegalStateException("index " + index);
    }

    private static String uniformOrList(List<Double> d) {
        for (double x : d) {
            if (x != d.get(0)) {
                return list(d);
            }
        }
        return num(d.get(0));
    }

    private static String table(Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(params).forEach((k, v) -> parts.add(k + " = " + value(v)));
        return "{ " + String.join(", ", parts) + " }";
    }

    private static String value(Object v) {
        if (v instanceof Double d) {
            return num(d);
        }
        if (v instanceof Number n) {
            return num(n.doubleValue());
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof double[] a) {
            List<Double> l = new ArrayList<>();
            for (double x : a) {
                l.add(x);
            }
            return list(l);
        }
        if (v instanceof List<?> l) {
            List<String> s = new ArrayList<>();
            for (Object x : l) {
                s.add(value(x));
            }
            return "[" + String.join(", ", s) + "]";
        }
        return str(String.valueOf(v));
    }

    private static String list(List<Double> l) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < l.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(num(l.get(i)));
        }
        return sb.append(']').toString();
    }

    /** A TOML float that parses back to the same double: Java's shortest repr, inf and nan spelled as TOML does. */
    static String num(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return Double.toString(d);
    }

    private static String str(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
