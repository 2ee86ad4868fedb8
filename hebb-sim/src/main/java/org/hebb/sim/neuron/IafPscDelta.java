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
        wakeAll(); // a parameter or V_m changed: every neuron runs until it is proven idle again
        h = kernel.resolution();
        mask = propagatorMask();
        int len = mask == 0 ? 1 : size;
        p30 = new double[len]; p33 = new double[len]; theta = new double[len]; vResetRel = new double[len];
        vMinRel = new double[len]; tauMembrane = new double[len]; withRefractoryInput = new boolean[len];
        refractoryCounts = new int[len];
        zeroIsFixed = new boolean[len];
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
            zeroIsFixed[i] = Double.isFinite(p30[i] + p33[i]) && vMinRel[i] <= 0.0 && theta[i] > 0.0;
        }
        dirty = false;
    }

    @Override
    public void receiveSpike(int local, int receptor, long arrivalStep, double weight, int multiplicity) {
        quiet.wake(local, arrivalStep);
        exc.add(arrivalStep, local, weight * multiplicity); // both signs in one buffer (mV)
    }

    /** iaf_psc_delta.cpp update(), in NEST's order and association; {@code wEx} holds spikes of both signs (mV). */
    @Override
    boolean advance(int i, double wEx, double wIn, double current) {
        final int p = i & mask;
        if (r[i] == 0) { // y3 = P30 (y0 + I_e) + P33 y3 + spikes
            double v = p30[p] * (y0[i] + iE[i]) + p33[p] * y3[i] + wEx;
            if (withRefractoryInput[p]) {
                v += refractoryInput[i];
                refractoryInput[i] = 0.0;
            }
            y3[i] = v < vMinRel[p] ? vMinRel[p] : v;
        } else {
            if (withRefractoryInput[p]) { // attenuated by the decay over the remaining refractory time
                refractoryInput[i] += wEx * Math.exp(-r[i] * h / tauMembrane[p]);
            }
            r[i]--;
        }
        return fire(i, theta[p], refractoryCounts[p], vResetRel[p], current);
    }

    /** Nothing may be held back from refractoriness either. */
    @Override
    boolean mayRest(int i) {
        return super.mayRest(i) && refractoryInput[i] == 0.0;
    }

    @Override
    boolean atZero(int i) {
        return (Double.doubleToRawLongBits(y3[i]) | Double.doubleToRawLongBits(y0[i])) == 0L;
    }

    /** Without input the membrane stays below {@code max(y3, 0, V_min) + P30 y0+}. */
    @Override
    double peak(int i) {
        final int p = i & mask;
        return Math.max(Math.max(y3[i], 0.0), vMinRel[p]) + p30[p] * Math.max(y0[i], 0.0);
    }

    @Override
    double theta(int i) {
        return theta[i & mask];
    }

    @Override
    double value(int variable, int local) {
        return y3[local] + eL[local];
    }
}
