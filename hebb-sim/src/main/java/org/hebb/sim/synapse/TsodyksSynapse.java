package org.hebb.sim.synapse;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * NEST's {@code tsodyks_synapse} (models/tsodyks_synapse.h; Tsodyks, Uziel &amp; Markram 2000): resources in three
 * states, recovered {@code x}, active {@code y} (decaying with tau_psc) and inactive {@code z = 1 - x - y}
 * (recovering with tau_rec), and the utilisation {@code u} (facilitating with tau_fac). At each presynaptic
 * spike, {@code h} ms after the previous one ({@code t_lastspike} starts at 0), the exact propagators
 * <pre>
 * Puu = exp(-h/tau_fac) (0 when tau_fac = 0),  Pyy = exp(-h/tau_psc),  Pzz = expm1(-h/tau_rec),
 * Pxy = (Pzz tau_rec - (Pyy - 1) tau_psc) / (tau_psc - tau_rec)
 * </pre>
 * advance {@code u *= Puu; x += Pxy y - Pzz z; y *= Pyy}; then {@code u += U (1 - u)}, {@code Δ = u x},
 * {@code x -= Δ, y += Δ}, and the weight transmitted is {@code Δ weight}. NEST's checks: x + y &lt;= 1, U and u in
 * [0, 1], tau_psc &gt; 0, tau_rec &gt; 0, tau_fac &gt;= 0.
 */
public final class TsodyksSynapse extends ShortTermPlasticity {

    public static final ModelInfo INFO = new ModelInfo("tsodyks_synapse", ModelInfo.Kind.SYNAPSE,
            Map.ofEntries(Map.entry("weight", 1.0), Map.entry("delay", 1.0), Map.entry("receptor_type", 0),
                    Map.entry("U", 0.5), Map.entry("u", 0.0), Map.entry("x", 1.0), Map.entry("y", 0.0),
                    Map.entry("tau_psc", 3.0), Map.entry("tau_rec", 800.0), Map.entry("tau_fac", 0.0),
                    Map.entry("weight_recorder", 0.0)),
            List.of());

    private static final int U = 0, TAU_PSC = 1, TAU_REC = 2, TAU_FAC = 3;
    private static final int X = 0, Y = 1, U_DYN = 2;

    public TsodyksSynapse() {
        super(INFO, List.of("U", "tau_psc", "tau_rec", "tau_fac", "x", "y", "u", "weight_recorder"), List.of("x", "y", "u"));
    }

    @Override
    void validate(double[] p) { // tsodyks_synapse::set_status, in its order
        double x = p[index("x")], y = p[index("y")];
        if (x + y > 1.0) {
            throw ParameterCheck.invalid(info.name() + ".y", y, "<= 1 - x = " + (1.0 - x) + " (x + y must be <= 1)");
        }
        unitInterval(p, "U");
        aboveZero(p, "tau_psc");
        aboveZero(p, "tau_rec");
        atLeastZero(p, "tau_fac");
        unitInterval(p, "u");
    }

    @Override
    double transmit(int k, double t) {
        double[] p = sets.get(set[k]);
        double h = t - tLast[k];
        double tauPsc = p[TAU_PSC], tauRec = p[TAU_REC];
        double puu = p[TAU_FAC] == 0.0 ? 0.0 : Math.exp(-h / p[TAU_FAC]);
        double pyy = Math.exp(-h / tauPsc);
        double pzz = Math.expm1(-h / tauRec);
        double pxy = (pzz * tauRec - (pyy - 1.0) * tauPsc) / (tauPsc - tauRec);
        double x = state[X][k], y = state[Y][k], u = state[U_DYN][k];
        double z = 1.0 - x - y;
        u *= puu; // the order of NEST's send: u, x (with the old y), y
        x += pxy * y - pzz * z;
        y *= pyy;
        u += p[U] * (1.0 - u);
        double delta = u * x;
        x -= delta;
        y += delta;
        state[X][k] = x;
        state[Y][k] = y;
        state[U_DYN][k] = u;
        tLast[k] = t;
        return delta * weight[k];
    }
}
