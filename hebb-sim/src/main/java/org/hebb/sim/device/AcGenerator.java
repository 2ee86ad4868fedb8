package org.hebb.sim.device;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.ParameterCheck;
import org.hebb.sim.kernel.Recordable;

/**
 * NEST's {@code ac_generator} (models/ac_generator.cpp): the current {@code offset + amplitude sin(ωt + φ)} pA, with
 * the sine advanced by an exact rotation every step ({@link Oscillator}), also while the device is inactive
 * (inactivity only windows the oscillator). Active steps are those of the current generators
 * ({@code start < (k+2) h <= stop}, as dc_generator); the recordable {@code I} is the current sent, 0 while inactive.
 * NEST checks nothing in its {@code set}.
 */
public final class AcGenerator extends StimulatorGroup implements Recordable {

    public static final ModelInfo INFO = new ModelInfo("ac_generator", ModelInfo.Kind.STIMULATOR,
            Map.of("amplitude", 0.0, "offset", 0.0, "frequency", 0.0, "phase", 0.0, "start", 0.0, "stop", Double.MAX_VALUE),
            List.of("I"));

    private final double[] amplitude = new double[size], offset = new double[size], frequency = new double[size], phase = new double[size];
    private final double[] current = new double[size];
    private final Oscillator osc = new Oscillator(size);

    public AcGenerator(int firstId, int size, double h) {
        super(firstId, size, h);
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    public List<String> recordables() {
        return INFO.recordables();
    }

    @Override
    boolean setOwn(int local, String name, Object value) {
        double v = ParameterCheck.toDouble(model() + "." + name, value, false);
        switch (name) {
            case "amplitude" -> amplitude[local] = v;
            case "offset" -> offset[local] = v;
            case "frequency" -> frequency[local] = v;
            default -> phase[local] = v;
        }
        return true;
    }

    @Override
    Object getOwn(int local, String name) {
        return switch (name) {
            case "amplitude" -> amplitude[local];
            case "offset" -> offset[local];
            case "frequency" -> frequency[local];
            case "phase" -> phase[local];
            case "I" -> current[local]; // the recordable, also in getStatus
            default -> null;
        };
    }

    @Override
    public void prepare(Kernel kernel) {
        osc.restart = true;
    }

    @Override
    public void update(long step, Kernel kernel) {
        osc.startAllIfRestarting(step, h, amplitude, frequency, phase);
        for (int i = 0; i < size; i++) {
            double y1 = osc.advance(i);
            current[i] = 0.0;
            if (active(i, step + 2)) {
                current[i] = y1 + offset[i];
                kernel.sendCurrent(firstId + i, step, current[i]);
            }
        }
    }

    @Override
    public double read(int variable, int local) {
        return current[local];
    }
}
