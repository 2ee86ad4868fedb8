package org.hebb.sim.device;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * NEST's {@code dc_generator}: a constant current {@code amplitude} (pA) sent in every step {@code k}
 * with {@code start < (k+2) h <= stop}. The event sent in step {@code k} with delay {@code d} is stored
 * by the target in step {@code k + d/h}; iaf_psc_* use it from the next step on, so the current acts on
 * the membrane during {@code (start + d, stop + d]} (first change of V_m at 1.2 ms for start 0, h = 0.1, d = 1).
 */
public final class DcGenerator extends StimulatorGroup {

    public static final ModelInfo INFO = new ModelInfo("dc_generator", ModelInfo.Kind.STIMULATOR,
            Map.of("amplitude", 0.0, "start", 0.0, "stop", Double.MAX_VALUE), List.of());

    private final double[] amplitude = new double[size];
    /** Local indices of the generators with a non-zero amplitude, ascending; valid unless {@link #stale}. */
    private final int[] sending = new int[size];
    private int nSending;
    private boolean stale = true;

    public DcGenerator(int firstId, int size, double h) {
        super(firstId, size, h);
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    boolean setOwn(int local, String name, Object value) {
        setAmplitude(local, ParameterCheck.toDouble("dc_generator.amplitude", value, false));
        return true;
    }

    /**
     * Sets the amplitude of generator {@code local} without a map or a boxed value (the per-step path of
     * {@link org.hebb.sim.DcAmplitude}); the change acts from the next step on, like {@code set}.
     *
     * @param pA the amplitude, finite
     */
    public void setAmplitude(int local, double pA) {
        if (!Double.isFinite(pA)) {
            throw ParameterCheck.invalid("dc_generator.amplitude", pA, "a finite number");
        }
        amplitude[local] = pA;
        stale = true;
    }

    /** @return the amplitude of generator {@code local}, pA */
    public double amplitude(int local) {
        return amplitude[local];
    }

    @Override
    Object getOwn(int local, String name) {
        return name.equals("amplitude") ? amplitude[local] : null;
    }

    @Override
    public void update(long step, Kernel kernel) {
        if (!kernel.zeroCurrentsAreSilent()) {
            for (int i = 0; i < size; i++) {
                if (active(i, step + 2)) { // StimulationDevice::is_active: current generators test step + 2
                    kernel.sendCurrent(firstId + i, step, amplitude[i]);
                }
            }
            return;
        }
        if (stale) {
            nSending = 0;
            for (int i = 0; i < size; i++) {
                if (amplitude[i] != 0.0) {
                    sending[nSending++] = i;
                }
            }
            stale = false;
        }
        for (int j = 0; j < nSending; j++) { // a 0 pA event would add +-0 to input slots, which changes no bit
            int i = sending[j];
            if (active(i, step + 2)) {
                kernel.sendCurrent(firstId + i, step, amplitude[i]);
            }
        }
    }
}
