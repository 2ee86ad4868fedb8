package org.hebb.l2l.enkf;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.Ranking;
import org.hebb.l2l.search.SearchOptimizer;
import org.hebb.l2l.search.StateCodec;

/**
 * The ensemble Kalman filter for inverse problems (Iglesias, Law &amp; Stuart 2013, eqs. 2.6-2.8 with the 1/J
 * covariances L2L uses, and no perturbation of the observations). The ensemble {u_j} is asked as the population;
 * from the observations G(u_j) each member moves by
 * {@code u_j ← u_j + C_up (C_pp + γI)⁻¹ (y − G(u_j))}.
 * <ul>
 *   <li>{@code observation = outputs} (supervised, as L2L): G(u_j) are fitness elements 1..k, y the targets (from a
 *       {@link SupervisedOptimizee} or the {@code targets} parameter); members are ranked by weighted element 0.</li>
 *   <li>{@code observation = fitness} (reinforcement, new): G(u_j) is the weighted fitness tuple (wᵢfᵢ; one value or a
 *       vector of per-episode returns), y its component-wise best over the ensemble plus {@code target_increment},
 *       so the whole ensemble is pushed above the current best.</li>
 * </ul>
 * L2L's extras: {@code scale_weights} and replacing the worst members ({@code sample}) after the update. Members
 * whose observation is not finite (a failed evaluation) are left out of the update and restart next to a random
 * updated member, with N(loc, scale) noise.
 */
public final class EnsembleKalmanFilter extends SearchOptimizer {
    private final EnsembleKalmanFilterParameters p;
    private final boolean supervised;
    private final double[] targets;
    private double[][] ensemble;

    public EnsembleKalmanFilter(EnsembleKalmanFilterParameters parameters, Optimizee optimizee) {
        super("EnsembleKalmanFilter", optimizee, parameters.seed(), parameters.nIteration(),
                parameters.stopCriterion());
        this.p = parameters;
        this.supervised = p.observation().equals("outputs");
        double[] t = p.targets() != null ? p.targets()
                : optimizee instanceof SupervisedOptimizee s ? s.targets() : null;
        if (supervised) {
            int k = weights.size() - 1;
            if (k < 1) {
                throw Check.bad("enkf.observation", "outputs", "the optimizee's fitness has no model outputs (1 "
                        + "element); use observation = fitness, or an optimizee returning [fitness, outputs...]");
            }
            if (t == null || t.length != k) {
                throw Check.bad("enkf.targets", t == null ? null : Arrays.toString(t), "must have " + k
                        + " values, one per model output (fitness elements 1.." + k + "), from the parameter or a "
                        + "SupervisedOptimizee");
            }
        }
        this.targets = t;
        ensemble = new double[p.popSize()][];
        for (int j = 0; j < ensemble.length; j++) {
            ensemble[j] = newIndividual();
        }
        start(ensemble);
    }

    @Override
    public Map<String, Object> parameters() {
        return p.toMap();
    }

    /** The ensemble mean ū. */
    public double[] ensembleMean() {
        double[] m = new double[dimensions];
        for (double[] u : ensemble) {
            for (int i = 0; i < dimensions; i++) {
                m[i] += u[i] / ensemble.length;
            }
        }
        return m;
    }

    @Override
    protected double score(double[] fitness) {
        if (!supervised) {
            return super.score(fitness);
        }
        double s = weights.weight(0) * fitness[0];
        return Double.isNaN(s) ? Double.NEGATIVE_INFINITY : s;
    }

    @Override
    protected double[][] next(double[][] asked, double[][] fitness, double[] scores) {
        int k = supervised ? targets.length : weights.size();
        int[] valid = new int[ensemble.length]; // members with finite observations (a failed evaluation has none)
        int jN = 0;
        double[][] g = new double[ensemble.length][k];
        for (int j = 0; j < ensemble.length; j++) {
            boolean finite = true;
            for (int i = 0; i < k; i++) {
                g[j][i] = supervised ? fitness[j][i + 1] : weights.weight(i) * fitness[j][i];
                finite &= Double.isFinite(g[j][i]);
            }
            if (finite) {
                valid[jN++] = j;
            }
        }
        if (jN < 2) {
            throw new IllegalArgumentException("enkf observations: " + jN + " of " + ensemble.length
                    + " members with finite observations is not allowed; the update needs at least 2");
        }
        double[] y = supervised ? targets.clone() : new double[k];
        if (!supervised) {
            Arrays.fill(y, Double.NEGATIVE_INFINITY);
            for (int v = 0; v < jN; v++) {
                for (int i = 0; i < k; i++) {
                    y[i] = Math.max(y[i], g[valid[v]][i]);
                }
            }
            for (int i = 0; i < k; i++) {
                y[i] += p.targetIncrement(); // the target sits above the current best
            }
        }
        double scale = 1;
        if (p.scaleWeights()) { // L2L: divide by max|w| before the update, multiply back after
            double max = 0;
            for (double[] u : ensemble) {
                for (double v : u) {
                    max = Math.max(max, Math.abs(v));
                }
            }
            scale = max > 0 ? max : 1;
        }
        double[][] u = new double[jN][dimensions];
        double[][] gv = new double[jN][];
        for (int v = 0; v < jN; v++) {
            for (int i = 0; i < dimensions; i++) {
                u[v][i] = ensemble[valid[v]][i] / scale;
            }
            gv[v] = g[valid[v]];
        }
        double[][] moved = update(u, gv, y, p.gamma());
        double[][] updated = new double[ensemble.length][];
        for (int v = 0; v < jN; v++) {
            for (int i = 0; i < dimensions; i++) {
                moved[v][i] *= scale;
            }
            optimizee.bound(moved[v]);
            updated[valid[v]] = moved[v];
        }
        for (int j = 0; j < updated.length; j++) {
            if (updated[j] == null) { // a failed member restarts next to a random updated one
                double[] donor = moved[rng.nextInt(jN)];
                updated[j] = new double[dimensions];
                for (int i = 0; i < dimensions; i++) {
                    updated[j][i] = donor[i] + rng.nextGaussian(p.loc(), p.scale());
                }
                optimizee.bound(updated[j]);
            }
        }
        if (p.sample()) {
            replaceWorst(updated, scores);
        }
        ensemble = updated;
        return StateCodec.copy(ensemble);
    }

    /**
     * One Kalman step for every member (Iglesias et al. 2013, eq. 2.8 with Γ = γI):
     * {@code C_pp = (1/J) Σ (G_j − Ḡ)(G_j − Ḡ)ᵀ}, {@code C_up = (1/J) Σ (u_j − ū)(G_j − Ḡ)ᵀ},
     * {@code u_j + C_up (C_pp + Γ)⁻¹ (y − G_j)}.
     */
    static double[][] update(double[][] u, double[][] g, double[] y, double gamma) {
        int jN = u.length, n = u[0].length, k = g[0].length;
        double[] uBar = new double[n], gBar = new double[k];
        for (int j = 0; j < jN; j++) {
            for (int i = 0; i < n; i++) {
                uBar[i] += u[j][i] / jN;
            }
            for (int i = 0; i < k; i++) {
                gBar[i] += g[j][i] / jN;
            }
        }
        DMatrixRMaj du = new DMatrixRMaj(n, jN), dg = new DMatrixRMaj(k, jN), r = new DMatrixRMaj(k, jN);
        for (int j = 0; j < jN; j++) {
            for (int i = 0; i < n; i++) {
                du.set(i, j, u[j][i] - uBar[i]);
            }
            for (int i = 0; i < k; i++) {
                dg.set(i, j, g[j][i] - gBar[i]);
                r.set(i, j, y[i] - g[j][i]);
            }
        }
        DMatrixRMaj cpp = new DMatrixRMaj(k, k), cup = new DMatrixRMaj(n, k);
        CommonOps_DDRM.multTransB(1.0 / jN, dg, dg, cpp); // C_pp
        CommonOps_DDRM.multTransB(1.0 / jN, du, dg, cup); // C_up
        for (int i = 0; i < k; i++) {
            cpp.add(i, i, gamma); // + Γ
        }
        DMatrixRMaj x = new DMatrixRMaj(k, jN);
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.symmPosDef(k);
        if (chol.setA(cpp)) {
            chol.solve(r, x); // (C_pp + Γ)⁻¹ (y − G_j) for every j at once
        } else {
            DMatrixRMaj inv = new DMatrixRMaj(k, k);
            CommonOps_DDRM.pinv(cpp, inv);
            CommonOps_DDRM.mult(inv, r, x);
        }
        DMatrixRMaj delta = new DMatrixRMaj(n, jN);
        CommonOps_DDRM.mult(cup, x, delta);
        double[][] out = new double[jN][n];
        for (int j = 0; j < jN; j++) {
            for (int i = 0; i < n; i++) {
                out[j][i] = u[j][i] + delta.get(i, j);
            }
        }
        return out;
    }

    /** L2L's {@code sample}: the worst ⌊worst_n·J⌋ (by the told scores) become perturbed copies of the best. */
    private void replaceWorst(double[][] members, double[] scores) {
        int[] order = Ranking.descending(scores);
        int nBest = p.bestCount(), nWorst = p.worstCount();
        double[] mean = new double[dimensions], sd = new double[dimensions];
        for (int b = 0; b < nBest; b++) {
            for (int i = 0; i < dimensions; i++) {
                mean[i] += members[order[b]][i] / nBest;
            }
        }
        for (int b = 0; b < nBest; b++) {
            for (int i = 0; i < dimensions; i++) {
                double d = members[order[b]][i] - mean[i];
                sd[i] += d * d / nBest;
            }
        }
        for (int w = 0; w < nWorst; w++) {
            int target = order[order.length - 1 - w];
            double[] x = new double[dimensions];
            if (p.pickMethod().equals("random")) {
                double[] donor = members[order[rng.nextInt(nBest)]];
                for (int i = 0; i < dimensions; i++) {
                    x[i] = donor[i] + rng.nextGaussian(p.loc(), p.scale());
                }
            } else {
                for (int i = 0; i < dimensions; i++) {
                    x[i] = rng.nextGaussian(mean[i], Math.sqrt(sd[i]));
                }
            }
            optimizee.bound(x);
            members[target] = x;
        }
    }

    @Override
    protected void writeBody(DataOutput out) throws IOException {
        StateCodec.writeMatrix(out, ensemble);
    }

    @Override
    protected void readBody(DataInput in) throws IOException {
        double[][] e = StateCodec.readMatrix(in);
        StateCodec.expect("ensemble size", e.length, p.popSize());
        ensemble = e;
    }
}
