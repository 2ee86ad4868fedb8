package org.hebb.sim.neuron;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;

/**
 * NEST's {@code iaf_psc_exp}: leaky integrate-and-fire neuron with exponentially decaying postsynaptic
 * currents, integrated exactly; the update order follows models/iaf_psc_exp.cpp. A spike of weight
 * {@code w} pA makes the synaptic current jump by {@code w}. No lower bound on V_m (NEST has none here).
 */
public final class IafPscExp extends IafGroup {

    public static final ModelInfo INFO = new ModelInfo("iaf_psc_exp", ModelInfo.Kind.NEURON, Map.ofEntries(
            Map.entry("C_m", 250.0), Map.entry("E_L", -70.0), Map.entry("I_e", 0.0),
            Map.entry("V_m", -70.0), Map.entry("V_reset", -70.0),
            Map.entry("V_th", -55.0), Map.entry("t_ref", 2.0), Map.entry("tau_m", 10.0),
            Map.entry("tau_minus", 20.0), Map.entry("tau_syn_ex", 2.0), Map.entry("tau_syn_in", 2.0)),
            List.of("V_m", "I_syn_ex", "I_syn_in"));

    /** Names of the entries of {@link #propagators}, as in the golden propagators.csv. */
    static final List<String> PROPAGATOR_NAMES = List.of("P11ex", "P11in", "P20", "P21ex", "P21in", "P22");

    final double[] iEx = new double[size];
    final double[] iIn = new double[size];
    private double[] p11Ex, p11In, p20, p21Ex, p21In, p22, theta, vResetRel;
    /** Charge bound factors of lazy decay: tau_syn / C_m per synapse type (mV per pA). */
    private double[] qEx, qIn;
    private int[] refractoryCounts;

    public IafPscExp(int firstId, int size) {
        super(firstId, size);
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    /** iaf_psc_exp::pre_run_hook, in the order and association NEST evaluates it. */
    static double[] propagators(double tauM, double cM, double tauSynEx, double tauSynIn, double h) {
        double p22 = Math.exp(-h / tauM);
        return new double[] {Math.exp(-h / tauSynEx), Math.exp(-h / tauSynIn), tauM / cM * (1.0 - p22),
            Propagators.p32(tauSynEx, tauM, cM, h), Propagators.p32(tauSynIn, tauM, cM, h), p22};
    }

    @Override
    public void prepare(Kernel kernel) {
        if (!dirty && p22 != null) {
            return;
        }
        wakeAll(); // a parameter or V_m changed: every neuron runs until it is proven idle again
        double h = kernel.resolution();
        mask = propagatorMask();
        int len = mask == 0 ? 1 : size;
        p11Ex = new double[len]; p11In = new double[len]; p20 = new double[len];
        p21Ex = new double[len]; p21In = new double[len]; p22 = new double[len];
        theta = new double[len]; vResetRel = new double[len]; refractoryCounts = new int[len];
        qEx = new double[len]; qIn = new double[len]; zeroIsFixed = new boolean[len];
        double[] tauM = column("tau_m"), cM = column("C_m"), tauEx = column("tau_syn_ex"), tauIn = column("tau_syn_in");
        double[] el = column("E_L"), vTh = column("V_th"), vReset = column("V_reset"), tRef = column("t_ref");
        double[] p = null;
        for (int i = 0; i < len; i++) {
            if (p == null || tauM[i] != tauM[i - 1] || cM[i] != cM[i - 1] || tauEx[i] != tauEx[i - 1] || tauIn[i] != tauIn[i - 1]) {
                p = propagators(tauM[i], cM[i], tauEx[i], tauIn[i], h);
            }
            p11Ex[i] = p[0]; p11In[i] = p[1]; p20[i] = p[2]; p21Ex[i] = p[3]; p21In[i] = p[4]; p22[i] = p[5];
            theta[i] = vTh[i] - el[i];
            vResetRel[i] = vReset[i] - el[i];
            refractoryCounts[i] = refractorySteps(tRef[i], h);
            qEx[i] = tauEx[i] / cM[i];
            qIn[i] = tauIn[i] / cM[i];
            zeroIsFixed[i] = Double.isFinite(p[0] + p[1] + p[2] + p[3] + p[4] + p[5]) && theta[i] > 0.0;
        }
        dirty = false;
    }

    @Override
    public void receiveSpike(int local, int receptor, long arrivalStep, double weight, int multiplicity) {
        quiet.wake(local, arrivalStep);
        double w = weight * multiplicity;
        if (weight >= 0.0) { // iaf_psc_exp::handle: weight >= 0 excitatory
            exc.add(arrivalStep, local, w);
        } else {
            inh.add(arrivalStep, local, w);
        }
    }

    /** iaf_psc_exp.cpp update(), in NEST's order and association. */
    @Override
    boolean advance(int i, double wEx, double wIn, double current) {
        final int p = i & mask;
        if (r[i] == 0) { // V = V*P22 + i_ex*P21ex + i_in*P21in + (I_e + i_0)*P20
            y3[i] = y3[i] * p22[p] + iEx[i] * p21Ex[p] + iIn[i] * p21In[p] + (iE[i] + y0[i]) * p20[p];
        } else {
            r[i]--;
        }
        iEx[i] = flush(iEx[i] * p11Ex[p]);
        iIn[i] = flush(iIn[i] * p11In[p]);
        iEx[i] += wEx; // spikes of this step enter after the membrane update
        iIn[i] += wIn;
        return fire(i, theta[p], refractoryCounts[p], vResetRel[p], current);
    }

    @Override
    boolean atZero(int i) {
        return (Double.doubleToRawLongBits(y3[i]) | Double.doubleToRawLongBits(y0[i])
                | Double.doubleToRawLongBits(iEx[i]) | Double.doubleToRawLongBits(iIn[i])) == 0L;
    }

    /** Without input the membrane stays below {@code max(y3, 0) + P20 y0+ + (the charge left, I+ tau_syn) / C_m}. */
    @Override
    double peak(int i) {
        final int p = i & mask;
        return Math.max(y3[i], 0.0) + p20[p] * Math.max(y0[i], 0.0) + qEx[p] * Math.max(iEx[i], 0.0) + qIn[p] * Math.max(iIn[i], 0.0);
    }

    @Override
    double theta(int i) {
        return theta[i & mask];
    }

    @Override
    double value(int variable, int local) {
        return switch (variable) {
            case 0 -> y3[local] + eL[local];
            case 1 -> iEx[local];
            default -> iIn[local];
        };
    }
}
