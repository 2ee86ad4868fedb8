package org.hebb.sim.connect;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * Expands a {@link ConnSpec} into (source, target) pairs, in NEST's iteration order: per target for
 * all_to_all, fixed_indegree and pairwise_bernoulli, per source for fixed_outdegree.
 */
public final class ConnectionRule {

    /** Growing pair list: {@code src[k] -> tgt[k]}. */
    public int count;
    public int[] src = new int[16];
    public int[] tgt = new int[16];

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

    public static ConnectionRule expand(ConnSpec spec, int[] pre, int[] post, RandomGenerator rng) {
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
                Pool pool = new Pool(pre);
                for (int t : post) {
                    for (int s : pool.draw(t, spec.degree(), aut, spec.allowMultapses(), rng, "fixed_indegree.indegree", "source")) {
                        out.add(s, t);
                    }
                }
            }
            case "fixed_outdegree" -> {
                Pool pool = new Pool(post);
                for (int s : pre) {
                    for (int t : pool.draw(s, spec.degree(), aut, spec.allowMultapses(), rng, "fixed_outdegree.outdegree", "target")) {
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

    /**
     * The ids partners are drawn from, with what makes each draw cost O(k) instead of O(pool):
     * a sorted copy to find {@code self} by binary search and a reusable mark per position.
     */
    private static final class Pool {
        private final int[] ids;
        private final int[] sorted;
        private final boolean[] taken;
        private final int[] takenAt;

        Pool(int[] ids) {
            this.ids = ids;
            this.sorted = ids.clone();
            Arrays.sort(sorted);
            this.taken = new boolean[ids.length];
            this.takenAt = new int[ids.length];
        }

        /** Draws {@code k} partners of {@code self} uniformly, honouring the autapse and multapse flags. */
        int[] draw(int self, int k, boolean autapses, boolean multapses, RandomGenerator rng, String field, String role) {
            int selfCount = 0;
            if (!autapses) {
                int at = Arrays.binarySearch(sorted, self);
                if (at >= 0) {
                    int lo = at, hi = at;
                    while (lo > 0 && sorted[lo - 1] == self) {
                        lo--;
                    }
                    while (hi < sorted.length - 1 && sorted[hi + 1] == self) {
                        hi++;
                    }
                    selfCount = hi - lo + 1;
                }
            }
            int eligible = ids.length - selfCount;
            if (k > 0 && eligible == 0) {
                throw ParameterCheck.invalid(field, k, "0 (no eligible " + role + ")");
            }
            if (!multapses && k > eligible) {
                throw ParameterCheck.invalid(field, k, "<= " + eligible + " (eligible " + role + "s) when allow_multapses is false");
            }
            int[] out = new int[k];
            int n = 0;
            while (n < k) { // rejection: each accepted draw is uniform over the eligible positions not yet taken
                int pos = rng.nextInt(ids.length);
                if ((!autapses && ids[pos] == self) || (!multapses && taken[pos])) {
                    continue;
                }
                if (!multapses) {
                    taken[pos] = true;
                    takenAt[n] = pos;
                }
                out[n++] = ids[pos];
            }
            if (!multapses) {
                for (int j = 0; j < k; j++) {
                    taken[takenAt[j]] = false;
                }
            }
            return out;
        }
    }
}
