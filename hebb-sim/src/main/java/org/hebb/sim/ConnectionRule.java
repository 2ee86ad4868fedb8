package org.hebb.sim;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Expands a {@link ConnSpec} into (source, target) pairs, in NEST's iteration order: per target for
 * all_to_all, fixed_indegree and pairwise_bernoulli, per source for fixed_outdegree.
 */
final class ConnectionRule {

    /** Growing pair list: {@code src[k] -> tgt[k]}. */
    int count;
    int[] src = new int[16];
    int[] tgt = new int[16];

    private ConnectionRule() {
    }

    private void add(int s, int t) {
        if (count == src.length) {
            src = Arrays.copyOf(src, count * 2);
            tgt = Arrays.copyOf(tgt, count * 2);
        }
        src[count] = s;
        tgt[count] = t;
        count++;
    }

    static ConnectionRule expand(ConnSpec spec, int[] pre, int[] post, RandomGenerator rng) {
        ConnectionRule out = new ConnectionRule();
        boolean aut = spec.allowAutapses();
        switch (spec.rule()) {
            case "all_to_all" -> {
                for (int t : post) {
                    for (int s : pre) {
                        if (aut || s != t) {
                            out.add(s, t);
                        }
                    }
                }
            }
            case "one_to_one" -> {
                if (pre.length != post.length) {
                    throw ParameterCheck.invalid("one_to_one.targets", post.length + " targets", "as many as the " + pre.length + " sources");
                }
                for (int i = 0; i < pre.length; i++) {
                    if (aut || pre[i] != post[i]) {
                        out.add(pre[i], post[i]);
                    }
                }
            }
            case "fixed_indegree" -> {
                for (int t : post) {
                    for (int s : draw(pre, t, spec.degree(), aut, spec.allowMultapses(), rng, "fixed_indegree.indegree", "source")) {
                        out.add(s, t);
                    }
                }
            }
            case "fixed_outdegree" -> {
                for (int s : pre) {
                    for (int t : draw(post, s, spec.degree(), aut, spec.allowMultapses(), rng, "fixed_outdegree.outdegree", "target")) {
                        out.add(s, t);
                    }
                }
            }
            default -> { // pairwise_bernoulli: each pair independently with probability p, at most once
                for (int t : post) {
                    for (int s : pre) {
                        if ((aut || s != t) && rng.nextDouble() < spec.p()) {
                            out.add(s, t);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Draws {@code k} partners of {@code self} from {@code pool}, uniformly, honouring the flags. */
    private static int[] draw(int[] pool, int self, int k, boolean autapses, boolean multapses, RandomGenerator rng,
            String field, String role) {
        int[] candidates = pool;
        if (!autapses) {
            candidates = Arrays.stream(pool).filter(x -> x != self).toArray();
        }
        if (k > 0 && candidates.length == 0) {
            throw ParameterCheck.invalid(field, k, "0 (no eligible " + role + ")");
        }
        int[] out = new int[k];
        if (multapses) {
            for (int j = 0; j < k; j++) {
                out[j] = candidates[rng.nextInt(candidates.length)];
            }
            return out;
        }
        if (k > candidates.length) {
            throw ParameterCheck.invalid(field, k, "<= " + candidates.length + " (eligible " + role
                    + "s) when allow_multapses is false");
        }
        int[] c = candidates == pool ? pool.clone() : candidates;
        for (int j = 0; j < k; j++) { // partial Fisher-Yates: k distinct partners
            int r = j + rng.nextInt(c.length - j);
            int tmp = c[j];
            c[j] = c[r];
            c[r] = tmp;
            out[j] = c[j];
        }
        return out;
    }
}
