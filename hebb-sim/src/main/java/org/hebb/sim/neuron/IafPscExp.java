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
    private int[] refractoryCounts;
    /** 0 for a uniform population (propagator arrays of length 1), -1 otherwise; see propagatorMask(). */
    private int mask;

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
        double h = kernel.resolution();
        mask = propagatorMask();
        int len = mask == 0 ? 1 : size;
        p11Ex = new double[len]; p11In = new double[len]; p20 = new double[len];
        p21Ex = new double[len]; p21In = new double[len]; p22 = new double[len];
        theta = new double[len]; vResetRel = new double[len]; refractoryCounts = new int[len];
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
        }
        dirty = false;
    }

    @Override
    public void receiveSpike(int local, int receptor, long arrivalStep, double weight, int multiplicity) {
        double w = weight * multiplicity;
        if (weight >= 0.0) { // iaf_psc_exp::handle: weight >= 0 excitatory
            exc.add(arrivalStep, local, w);
        } else {
            inh.add(arrivalStep, local, w);
        }
    }

    @Override
    public void update(long step, Kernel kernel) {
        final int off = exc.offset(step);
        final double[] wEx = exc.data, wIn = inh.data, cIn = cur.data;
        final int m = mask;
        for (int i = 0; i < size; i++) {
            if (r[i] == 0) { // iaf_psc_exp.cpp update(): V = V*P22 + i_ex*P21ex + i_in*P21in + (I_e + i_0)*P20
                y3[i] = y3[i] * p22[i & m] + iEx[i] * p21Ex[i & m] + iIn[i] * p21In[i & m] + (iE[i] + y0[i]) * p20[i & m];
            } else {
                r[i]--;
            }
            iEx[i] = flush(iEx[i] * p11Ex[i & m]);
            iIn[i] = flush(iIn[i] * p11In[i & m]);
            iEx[i] += wEx[off + i]; // spikes of this step enter after the membrane update
            iIn[i] += wIn[off + i];
            wEx[off + i] = 0.0;
            wIn[off + i] = 0.0;
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
        return switch (variable) {
            case 0 -> y3[local] + eL[local];
            case 1 -> iEx[local];
            default -> iIn[local];
        };
    }
}
