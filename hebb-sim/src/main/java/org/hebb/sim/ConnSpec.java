package org.hebb.sim;

import java.util.List;
import java.util.Map;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * A connection rule with NEST's names: {@code all_to_all}, {@code one_to_one}, {@code fixed_indegree}
 * ({@code indegree}), {@code fixed_outdegree} ({@code outdegree}), {@code pairwise_bernoulli} ({@code p}),
 * and the flags {@code allow_autapses}, {@code allow_multapses} (both default true, as in NEST).
 *
 * @param rule the rule name
 * @param degree indegree or outdegree (fixed_* rules), else 0
 * @param p connection probability (pairwise_bernoulli), else 0
 * @param allowAutapses whether a node may connect to itself
 * @param allowMultapses whether a pair may be connected more than once (fixed_* rules)
 */
public record ConnSpec(String rule, int degree, double p, boolean allowAutapses, boolean allowMultapses) {

    /** The rule names accepted. */
    public static final List<String> RULES = List.of("all_to_all", "one_to_one", "fixed_indegree", "fixed_outdegree", "pairwise_bernoulli");

    /** Validates rule, degree and probability. */
    public ConnSpec {
        if (!RULES.contains(rule)) {
            throw ParameterCheck.unknown("conn_spec.rule", rule, RULES);
        }
        if (degree < 0) {
            throw ParameterCheck.invalid(rule + (rule.equals("fixed_outdegree") ? ".outdegree" : ".indegree"), degree, ">= 0");
        }
        if (!(p >= 0.0 && p <= 1.0)) {
            throw ParameterCheck.invalid("pairwise_bernoulli.p", p, "in [0, 1]");
        }
    }

    /** @return every source to every target (NEST's default rule) */
    public static ConnSpec allToAll() {
        return new ConnSpec("all_to_all", 0, 0.0, true, true);
    }

    /** @return the i-th source to the i-th target */
    public static ConnSpec oneToOne() {
        return new ConnSpec("one_to_one", 0, 0.0, true, true);
    }

    /** @param indegree sources drawn per target @return the rule */
    public static ConnSpec fixedIndegree(int indegree) {
        return new ConnSpec("fixed_indegree", indegree, 0.0, true, true);
    }

    /** @param outdegree targets drawn per source @return the rule */
    public static ConnSpec fixedOutdegree(int outdegree) {
        return new ConnSpec("fixed_outdegree", outdegree, 0.0, true, true);
    }

    /** @param p probability of each pair @return the rule */
    public static ConnSpec pairwiseBernoulli(double p) {
        return new ConnSpec("pairwise_bernoulli", 0, p, true, true);
    }

    /** @param allow whether autapses are allowed @return a copy with the flag */
    public ConnSpec withAutapses(boolean allow) {
        return new ConnSpec(rule, degree, p, allow, allowMultapses);
    }

    /** @param allow whether multapses are allowed @return a copy with the flag */
    public ConnSpec withMultapses(boolean allow) {
        return new ConnSpec(rule, degree, p, allowAutapses, allow);
    }

    /**
     * From a NEST-style dictionary, e.g. {@code {rule = "fixed_indegree", indegree = 10, allow_autapses = false}}.
     *
     * @param spec the dictionary
     * @return the rule
     */
    public static ConnSpec of(Map<String, Object> spec) {
        Object rule = spec.getOrDefault("rule", "all_to_all");
        if (!(rule instanceof String r) || !RULES.contains(r)) {
            throw ParameterCheck.unknown("conn_spec.rule", rule, RULES);
        }
        List<String> keys = switch (r) {
            case "fixed_indegree" -> List.of("rule", "indegree", "allow_autapses", "allow_multapses");
            case "fixed_outdegree" -> List.of("rule", "outdegree", "allow_autapses", "allow_multapses");
            case "pairwise_bernoulli" -> List.of("rule", "p", "allow_autapses", "allow_multapses");
            default -> List.of("rule", "allow_autapses", "allow_multapses");
        };
        for (String k : spec.keySet()) {
            if (!keys.contains(k)) {
                throw ParameterCheck.unknown(r + ".parameter", k, keys);
            }
        }
        int degree = 0;
        if (r.startsWith("fixed_")) {
            String key = r.equals("fixed_indegree") ? "indegree" : "outdegree";
            double d = ParameterCheck.toDouble(r + "." + key, spec.get(key), false);
            if (d != Math.rint(d) || d < 0) {
                throw ParameterCheck.invalid(r + "." + key, d, "a non-negative integer");
            }
            degree = (int) d;
        }
        double p = r.equals("pairwise_bernoulli") ? ParameterCheck.toDouble("pairwise_bernoulli.p", spec.get("p"), false) : 0.0;
        boolean aut = ParameterCheck.toBoolean(r + ".allow_autapses", spec.getOrDefault("allow_autapses", true));
        boolean mul = ParameterCheck.toBoolean(r + ".allow_multapses", spec.getOrDefault("allow_multapses", true));
        return new ConnSpec(r, degree, p, aut, mul);
    }
}
