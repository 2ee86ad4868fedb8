package org.hebb.l2l.search;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The eigendecomposition {@code C = B diag(λ) Bᵀ} of a symmetric matrix (EJML), eigenvalues clamped at 0, so that
 * {@code m + B diag(√λ) z} with {@code z ~ N(0, I)} samples {@code N(m, C)} even when {@code C} is singular.
 *
 * @param vectors {@code B}, columns are eigenvectors: {@code vectors[i][k]} is component i of eigenvector k
 * @param values  {@code λ}, in EJML's order, each {@code >= 0}
 */
public record SymmetricEigen(double[][] vectors, double[] values) {

    /** Decomposes {@code c} (symmetrised first, to remove rounding asymmetry). */
    public static SymmetricEigen of(double[][] c) {
        int n = c.length;
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.set(i, j, 0.5 * (c[i][j] + c[j][i]));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(m)) {
            throw new IllegalStateException("covariance: eigendecomposition failed; the matrix has non-finite entries");
        }
        double[][] b = new double[n][n];
        double[] l = new double[n];
        for (int k = 0; k < n; k++) {
            l[k] = Math.max(0, eig.getEigenvalue(k).real);
            DMatrixRMaj v = eig.getEigenVector(k);
            for (int i = 0; i < n; i++) {
                b[i][k] = v.get(i);
            }
        }
        return new SymmetricEigen(b, l);
    }

    /** {@code B diag(√λ) z}: a draw of {@code N(0, C)} from a standard normal {@code z}. */
    public double[] transform(double[] z) {
        int n = values.length;
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            double s = Math.sqrt(values[k]) * z[k];
            for (int i = 0; i < n; i++) {
                y[i] += vectors[i][k] * s;
            }
        }
        return y;
    }

    /** {@code B diag(1/√λ) Bᵀ y} = {@code C^(−1/2) y} (eigenvalues below {@code floor} are raised to it). */
    public double[] inverseSqrt(double[] y, double floor) {
        int n = values.length;
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            double dot = 0;
            for (int i = 0; i < n; i++) {
                dot += vectors[i][k] * y[i];
            }
            dot /= Math.sqrt(Math.max(values[k], floor));
            for (int i = 0; i < n; i++) {
                out[i] += vectors[i][k] * dot;
            }
        }
        return out;
    }

    /** The largest over the smallest eigenvalue ({@code +∞} if the smallest is 0). */
    public double condition() {
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi / lo;
    }
}
