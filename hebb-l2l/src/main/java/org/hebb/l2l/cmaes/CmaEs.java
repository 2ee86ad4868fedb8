package org.hebb.l2l.cmaes;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.search.Ranking;
import org.hebb.l2l.search.SearchOptimizer;
import org.hebb.l2l.search.StateCodec;
import org.hebb.l2l.search.SymmetricEigen;

/**
 * CMA-ES with rank-μ and rank-one update and cumulative step-size adaptation, after Hansen's tutorial
 * (arXiv:1604.00772; equation numbers below refer to it), with optional IPOP restarts (Auger &amp; Hansen 2005,
 * CEC): on a stop condition (TolFun, TolX, condition number of C above 1e14, or no effect of a coordinate step)
 * the search restarts from a new individual of the optimizee with λ doubled. Samples are clipped by the optimizee's
 * bounding function for evaluation; the update uses the unclipped samples. Maximises the weighted fitness.
 */
public final class CmaEs extends SearchOptimizer {
    private final CmaEsParameters p;
    private final int n;
    // strategy constants for the current λ (eqs. 49-58), recomputed on restart
    private int lambda, mu;
    private double[] w;
    private double muEff, cSigma, dSigma, cc, c1, cMu, chiN;
    // state
    private double[] mean, pSigma, pc;
    private double sigma;
    private double[][] c;
    private SymmetricEigen eig;
    private double[][] samples; // unclipped x of the current population
    private int restartsDone, generationInRun;
    private double[] bestHistory; // best score of each generation of this run, newest last

    public CmaEs(CmaEsParameters parameters, Optimizee optimizee) {
        super("CMA-ES", optimizee, parameters.seed(), parameters.nIteration(), parameters.stopCriterion());
        this.p = parameters;
        this.n = dimensions;
        int lambda0 = p.popSize() == 0 ? 4 + (int) Math.floor(3 * Math.log(n)) : p.popSize();
        begin(lambda0, newIndividual());
        start(sample());
    }

    public CmaEsParameters cmaParameters() {
        return p;
    }

    @Override
    public Map<String, Object> parameters() {
        return p.toMap();
    }

    /** The current mean m. */
    public double[] mean() {
        return mean.clone();
    }

    /** The current step size σ. */
    public double sigma() {
        return sigma;
    }

    /** The current λ (doubled by each restart). */
    public int lambda() {
        return lambda;
    }

    private void begin(int lam, double[] m0) {
        lambda = lam;
        mu = lambda / 2;
        w = new double[mu];
        double sw = 0;
        for (int i = 0; i < mu; i++) {
            w[i] = Math.log((lambda + 1) / 2.0) - Math.log(i + 1); // eq. 49, positive part
            sw += w[i];
        }
        double sw2 = 0;
        for (int i = 0; i < mu; i++) {
            w[i] /= sw; // eq. 53: positive weights sum to 1
            sw2 += w[i] * w[i];
        }
        muEff = 1 / sw2; // μ_eff = (Σw)²/Σw²
        cSigma = (muEff + 2) / (n + muEff + 5); // eq. 55
        dSigma = 1 + 2 * Math.max(0, Math.sqrt((muEff - 1) / (n + 1)) - 1) + cSigma; // eq. 55
        cc = (4 + muEff / n) / (n + 4 + 2 * muEff / n); // eq. 56
        c1 = 2 / ((n + 1.3) * (n + 1.3) + muEff); // eq. 57
        cMu = Math.min(1 - c1, 2 * (muEff - 2 + 1 / muEff) / ((n + 2) * (n + 2) + muEff)); // eq. 58, α_μ = 2
        chiN = Math.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n)); // E‖N(0, I)‖
        mean = m0.clone();
        sigma = p.sigma();
        pSigma = new double[n];
        pc = new double[n];
        c = new double[n][n];
        for (int i = 0; i < n; i++) {
            c[i][i] = 1;
        }
        eig = SymmetricEigen.of(c);
        generationInRun = 0;
        bestHistory = new double[0];
    }

    /** λ samples x = m + σ B D z (eqs. 38-40); returns them clipped for evaluation. */
    private double[][] sample() {
        samples = new double[lambda][];
        double[][] out = new double[lambda][];
        for (int k = 0; k < lambda; k++) {
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                z[i] = rng.nextGaussian();
            }
            double[] y = eig.transform(z);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = mean[i] + sigma * y[i];
            }
            samples[k] = x;
            out[k] = bounded(x);
        }
        return out;
    }

    @Override
    protected double[][] next(double[][] asked, double[][] fitness, double[] scores) {
        int[] order = Ranking.descending(scores);
        double[] old = mean;
        double[] yw = new double[n];
        double[][] ys = new double[mu][n];
        for (int k = 0; k < mu; k++) {
            double[] x = samples[order[k]];
            for (int i = 0; i < n; i++) {
                ys[k][i] = (x[i] - old[i]) / sigma; // eq. 41: y_{i:λ} = (x_{i:λ} − m)/σ
                yw[i] += w[k] * ys[k][i]; // eq. 41: ⟨y⟩_w
            }
        }
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = old[i] + sigma * yw[i]; // eq. 42 with c_m = 1
        }
        double[] cInvSqrtY = eig.inverseSqrt(yw, 0);
        double a = Math.sqrt(cSigma * (2 - cSigma) * muEff);
        for (int i = 0; i < n; i++) {
            pSigma[i] = (1 - cSigma) * pSigma[i] + a * cInvSqrtY[i]; // eq. 43
        }
        double psNorm = norm(pSigma);
        generationInRun++;
        boolean hSigma = psNorm / Math.sqrt(1 - Math.pow(1 - cSigma, 2.0 * generationInRun))
                < (1.4 + 2.0 / (n + 1)) * chiN; // Heaviside h_σ after eq. 45
        double b = hSigma ? Math.sqrt(cc * (2 - cc) * muEff) : 0;
        for (int i = 0; i < n; i++) {
            pc[i] = (1 - cc) * pc[i] + b * yw[i]; // eq. 45
        }
        double delta = hSigma ? 0 : cc * (2 - cc); // δ(h_σ), eq. 47 footnote
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double rankMu = 0;
                for (int k = 0; k < mu; k++) {
                    rankMu += w[k] * ys[k][i] * ys[k][j];
                }
                double v = (1 + c1 * delta - c1 - cMu) * c[i][j] + c1 * pc[i] * pc[j] + cMu * rankMu; // eq. 47
                c[i][j] = v;
                c[j][i] = v;
            }
        }
        sigma *= Math.exp(cSigma / dSigma * (psNorm / chiN - 1)); // eq. 44
        mean = m;
        eig = SymmetricEigen.of(c);
        double[] h = Arrays.copyOf(bestHistory, bestHistory.length + 1);
        h[bestHistory.length] = scores[order[0]];
        int keep = 10 + (int) Math.ceil(30.0 * n / lambda);
        bestHistory = h.length > keep ? Arrays.copyOfRange(h, h.length - keep, h.length) : h;
        if (shouldStop(scores, old)) {
            if (restartsDone >= p.restarts()) {
                return null;
            }
            restartsDone++;
            begin(2 * lambda, newIndividual()); // IPOP: double λ, restart from a fresh individual
        }
        return sample();
    }

    /** Auger &amp; Hansen 2005 restart conditions (TolFun, TolX, ConditionCov, NoEffectCoord), and non-finite σ. */
    private boolean shouldStop(double[] scores, double[] oldMean) {
        if (!Double.isFinite(sigma) || sigma <= 0) {
            return true;
        }
        int keep = 10 + (int) Math.ceil(30.0 * n / lambda);
        if (bestHistory.length >= keep) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (double v : bestHistory) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            for (double v : scores) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            if (hi - lo < p.tolFun()) {
                return true;
            }
        }
        boolean tolX = true;
        boolean noEffect = false;
        for (int i = 0; i < n; i++) {
            double sd = sigma * Math.max(Math.sqrt(c[i][i]), Math.abs(pc[i]));
            tolX &= sd < p.tolX() * p.sigma();
            noEffect |= mean[i] == mean[i] + 0.2 * sigma * Math.sqrt(c[i][i]);
        }
        return tolX || noEffect || eig.condition() > 1e14;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    @Override
    protected void writeBody(DataOutput out) throws IOException {
        out.writeInt(lambda);
        out.writeInt(restartsDone);
        out.writeInt(generationInRun);
        out.writeDouble(sigma);
        StateCodec.writeVector(out, mean);
        StateCodec.writeVector(out, pSigma);
        StateCodec.writeVector(out, pc);
        StateCodec.writeMatrix(out, c);
        StateCodec.writeMatrix(out, samples);
        StateCodec.writeVector(out, bestHistory);
    }

    @Override
    protected void readBody(DataInput in) throws IOException {
        int lam = in.readInt();
        int rs = in.readInt();
        int gr = in.readInt();
        double s = in.readDouble();
        double[] m = StateCodec.readVector(in);
        StateCodec.expect("mean length", m.length, n);
        double[] ps = StateCodec.readVector(in);
        double[] pcv = StateCodec.readVector(in);
        double[][] cov = StateCodec.readMatrix(in);
        double[][] xs = StateCodec.readMatrix(in);
        double[] hist = StateCodec.readVector(in);
        begin(lam, m); // constants for λ; then the saved state on top
        restartsDone = rs;
        generationInRun = gr;
        sigma = s;
        pSigma = ps;
        pc = pcv;
        c = cov;
        eig = SymmetricEigen.of(c); // deterministic function of C, as after the update
        samples = xs;
        bestHistory = hist;
    }
}
