package org.hebb.sim.neuron;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;

/**
 * NEST's {@code iaf_psc_delta}: leaky integrate-and-fire neuron whose input spikes make the membrane
 * potential jump by the weight (mV); update order as in models/iaf_psc_delta.cpp, including
 * {@code refractory_input} (spikes during refractoriness, attenuated, added when it ends).
 */
public final class IafPscDelta extends IafGroup {

    public static final ModelInfo INFO = new ModelInfo("iaf_psc_delta", ModelInfo.Kind.NEURON, Map.ofEntries(
            Map.entry("C_m", 250.0), Map.entry("E_L", -70.0), Map.entry("I_e", 0.0),
            Map.entry("V_m", -70.0), Map.entry("V_min", -Double.MAX_VALUE), Map.entry("V_reset", -70.0),
            Map.entry("V_th", -55.0), Map.entry("refractory_input", false), Map.entry("t_ref", 2.0),
            Map.entry("tau_m", 10.0), Map.entry("tau_minus", 20.0)),
            List.of("V_m"));

    /** Names of the entries of {@link #propagators}, as in the golden propagators.csv. */
    static final List<String> PROPAGATOR_NAMES = List.of("P30", "P33");

    /** Input that arrived during refractoriness (mV), only with refractory_input. */
    final double[] refractoryInput = new double[size];
    private double[] p30, p33, theta, vResetRel, vMinRel, tauMembrane;
    private double h;
    private boolean[] withRefractoryInput;
    private int[] refractoryCounts;
    /** 0 for a uniform population (propagator arrays of length 1), -1 otherwise; see propagatorMask(). */
    private int mask;

    public IafPscDelta(int firstId, int size) {
        super(firstId, size);
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    /** iaf_psc_delta::pre_run_hook: P33 = exp(-h/tau_m), P30 = 1/C_m (1 - P33) tau_m. */
    static double[] propagators(double tauM, double cM, double h) {
        double p33 = Math.exp(-h / tauM);
        return new double[] {1.0 / cM * (1.0 - p33) * tauM, p33};
    }

    @Override
    public void prepare(Kernel kernel) {
        if (!dirty && p33 != null) {
            return;
        }
        h = kernel.resolution();
        mask = propagatorMask();
        int len = mask == 0 ? 1 : size;
        p30 = new double[len]; p33 = new double[len]; theta = new double[len]; vResetRel = new double[len];
        vMinRel = new double[len]; tauMembrane = new double[len]; withRefractoryInput = new boolean[len];
        refractoryCounts = new int[len];
        double[] tauM = column("tau_m"), cM = column("C_m"), el = column("E_L"), vTh = column("V_th");
        double[] vReset = column("V_reset"), vMin = column("V_min"), tRef = column("t_ref"), refrIn = column("refractory_input");
        for (int i = 0; i < len; i++) {
            double[] p = propagators(tauM[i], cM[i], h);
            p30[i] = p[0];
            p33[i] = p[1];
            theta[i] = vTh[i] - el[i];
            vResetRel[i] = vReset[i] - el[i];
            vMinRel[i] = vMin[i] - el[i];
            tauMembrane[i] = tauM[i];
            withRefractoryInput[i] = refrIn[i] != 0.0;
            refractoryCounts[i] = refractorySteps(tRef[i], h);
        }
        dirty = false;
    }

    @Override
    public void receiveSpike(int local, int receptor, long arrivalStep, double weight, int multiplicity) {
        exc.add(arrivalStep, local, weight * multiplicity); // both signs in one buffer (mV)
    }

    @Override
    public void update(long step, Kernel kernel) {
        final int off = exc.offset(step);
        final double[] w = exc.data, cIn = cur.data;
        final int m = mask;
        for (int i = 0; i < size; i++) {
            if (r[i] == 0) { // iaf_psc_delta.cpp update(): y3 = P30 (y0 + I_e) + P33 y3 + spikes
                double v = p30[i & m] * (y0[i] + iE[i]) + p33[i & m] * y3[i] + w[off + i];
                if (withRefractoryInput[i & m]) {
                    v += refractoryInput[i];
                    refractoryInput[i] = 0.0;
                }
                y3[i] = v < vMinRel[i & m] ? vMinRel[i & m] : v;
            } else {
                if (withRefractoryInput[i & m]) { // attenuated by the decay over the remaining refractory time
                    refractoryInput[i] += w[off + i] * Math.exp(-r[i] * h / tauMembrane[i & m]);
                }
                r[i]--;
            }
            w[off + i] = 0.0;
            if (y3[i] >= theta[i & m]) {
                r[i] = refractoryCounts[i & m];
                y3[i] = vResetRel[i & m];
                kernel.emitSpike(firstId + i, step, 1, 1.0);
            }
            y0[i] = cIn[off + i];
            cIn[off + i] = 0.0;
        }
    }

    @Override
    public double read(int variable, int local) {
        return y3[local] + eL[local];
    }
}
