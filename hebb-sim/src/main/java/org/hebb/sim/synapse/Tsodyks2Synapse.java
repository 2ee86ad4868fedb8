package org.hebb.sim.synapse;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;

/**
 * NEST's {@code tsodyks2_synapse} (models/tsodyks2_synapse.h; Tsodyks &amp; Markram 1997, Fuhrmann et al. 2002):
 * at each presynaptic spike, {@code h} ms after the previous one (nothing is updated at the first spike),
 * <pre>
 * x = 1 + (x - x u - 1) exp(-h / tau_rec)                       (Eq. 5 of Fuhrmann et al.)
 * u = U + u (1 - U) exp(-h / tau_fac)   (0 instead of the exp when tau_fac = 0)   (Eq. 4)
 * </pre>
 * and the weight transmitted is {@code x u weight}. NEST's checks: U and u in [0, 1], tau_rec &gt; 0, tau_fac &gt;= 0.
 */
public final class Tsodyks2Synapse extends ShortTermPlasticity {

    public static final ModelInfo INFO = new ModelInfo("tsodyks2_synapse", ModelInfo.Kind.SYNAPSE,
            Map.of("weight", 1.0, "delay", 1.0, "receptor_type", 0, "U", 0.5, "u", 0.5, "x", 1.0, "tau_rec", 800.0,
                    "tau_fac", 0.0, "weight_recorder", 0.0),
            List.of());

    private static final int U = 0, TAU_REC = 1, TAU_FAC = 2;
    private static final int X = 0, U_DYN = 1;

    public Tsodyks2Synapse() {
        super(INFO, List.of("U", "tau_rec", "tau_fac", "x", "u", "weight_recorder"), List.of("x", "u"));
    }

    @Override
    void validate(double[] p) { // tsodyks2_synapse::set_status, in its order
        unitInterval(p, "U");
        unitInterval(p, "u");
        aboveZero(p, "tau_rec");
        atLeastZero(p, "tau_fac");
    }

    @Override
    void init(int k, double[] p) {
        super.init(k, p);
        tLast[k] = -1.0; // t_lastspike_ = -1: the first spike passes with the initial x and u
    }

    @Override
    double transmit(int k, double t) {
        double[] p = sets.get(set[k]);
        double[] xs = state[X], us = state[U_DYN];
        double x = xs[k], u = us[k];
        if (tLast[k] >= 0.0) {
            double h = t - tLast[k];
            double xDecay = Math.exp(-h / p[TAU_REC]);
            double uDecay = p[TAU_FAC] == 0 ? 0.0 : Math.exp(-h / p[TAU_FAC]);
            x = 1. + (x - x * u - 1.) * xDecay;
            u = p[U] + u * (1. - p[U]) * uDecay;
            xs[k] = x;
            us[k] = u;
        }
        tLast[k] = t;
        return x * u * weight[k];
    }
}
