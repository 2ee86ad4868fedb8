package org.hebb.sim.neuron;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;

/**
 * NEST's {@code izhikevich} (Izhikevich 2003, models/izhikevich.cpp): {@code dv/dt = 0.04 v² + 5 v + 140 - u + I},
 * {@code du/dt = a (b v - u)}, reset {@code v = c, u += d} at {@code v >= V_th}, no refractory period. Spike weights
 * are jumps of V_m (mV); currents act from the step after they arrive.
 *
 * <p>{@code consistent_integration = true} (NEST's default) is forward Euler on the state at the start of the step,
 * with the spike input added outside the bracket; {@code false} is the scheme of the 2003 paper: two half steps of
 * {@code v}, the spike input inside the bracket, then {@code u} from the new {@code v}. With {@code false} at a
 * resolution other than 1 ms NEST only logs a hint, and so does hebb (checks: none, as in NEST).
 */
public final class Izhikevich extends ColumnNeuronGroup {

    public static final ModelInfo INFO = new ModelInfo("izhikevich", ModelInfo.Kind.NEURON, Map.ofEntries(
            Map.entry("I_e", 0.0), Map.entry("U_m", -13.0), Map.entry("V_m", -65.0),
            Map.entry("V_min", -Double.MAX_VALUE), Map.entry("V_th", 30.0), Map.entry("a", 0.02), Map.entry("b", 0.2),
            Map.entry("c", -65.0), Map.entry("d", 8.0), Map.entry("consistent_integration", true),
            Map.entry("tau_minus", 20.0)),
            List.of("V_m", "U_m"));

    private static final System.Logger LOG = System.getLogger(Izhikevich.class.getName());

    private final double h;
    private final double[] v = column("V_m"), u = column("U_m"), iE = column("I_e"), vMin = column("V_min"), vTh = column("V_th");
    private final double[] a = column("a"), b = column("b"), c = column("c"), d = column("d");
    private final double[] consistent = column("consistent_integration");
    /** The current that arrived in the previous step (NEST's S_.I_), pA. */
    private final double[] current = new double[size];

    public Izhikevich(int firstId, int size, double h) {
        super(firstId, size);
        this.h = h;
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    protected boolean mayBeInfinite(String name) {
        return name.equals("V_min");
    }

    @Override
    protected void validate(int local) {
        if (value(local, "consistent_integration") == 0.0 && h != 1.0) { // izhikevich.cpp Parameters_::set: a hint only
            LOG.log(System.Logger.Level.INFO, "izhikevich: consistent_integration = false; use 1.0 ms as resolution for consistency.");
        }
    }

    @Override
    public void receiveSpike(int local, int receptor, long arrivalStep, double weight, int multiplicity) {
        exc.add(arrivalStep, local, weight * multiplicity); // one buffer, summed in arrival order, as NEST's B_.spikes_
    }

    @Override
    public void update(long step, Kernel kernel) {
        final int off = exc.offset(step), n = size, id0 = firstId;
        final double[] spikes = exc.data, cIn = cur.data;
        final double[] v = this.v, u = this.u, iE = this.iE, vMin = this.vMin, vTh = this.vTh, current = this.current;
        final double[] a = this.a, b = this.b, c = this.c, d = this.d, consistent = this.consistent;
        final double h = this.h;
        for (int i = 0; i < n; i++) {
            final double j = spikes[off + i];
            spikes[off + i] = 0.0;
            double vi = v[i], ui = u[i];
            if (consistent[i] != 0.0) { // izhikevich.cpp update(): Euler on (v_old, u_old), spikes outside the bracket
                final double vOld = vi, uOld = ui;
                vi += h * (0.04 * vOld * vOld + 5.0 * vOld + 140.0 - uOld + current[i] + iE[i]) + j;
                ui += h * a[i] * (b[i] * vOld - uOld);
            } else { // Izhikevich (2003): two half steps of v with the spikes inside, then u from the new v
                vi += h * 0.5 * (0.04 * vi * vi + 5.0 * vi + 140.0 - ui + current[i] + iE[i] + j);
                vi += h * 0.5 * (0.04 * vi * vi + 5.0 * vi + 140.0 - ui + current[i] + iE[i] + j);
                ui += h * a[i] * (b[i] * vi - ui);
            }
            vi = vi < vMin[i] ? vMin[i] : vi; // lower bound of the membrane potential
            if (vi >= vTh[i]) {
                vi = c[i];
                ui = ui + d[i];
                kernel.emitSpike(id0 + i, step, 1, 1.0);
            }
            v[i] = vi;
            u[i] = ui;
            current[i] = cIn[off + i]; // the current of this step acts from the next step on
            cIn[off + i] = 0.0;
        }
    }

    @Override
    public double read(int variable, int local) {
        return variable == 0 ? v[local] : u[local];
    }
}
