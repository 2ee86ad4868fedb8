package org.hebb.sim.device;

import java.util.Arrays;
import java.util.Map;
import org.hebb.sim.kernel.NodeGroup;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * Common part of the stimulating devices: {@code start} and {@code stop} (ms, relative to origin 0),
 * tested like NEST's StimulationDevice::is_active: {@code start/h < t <= stop/h} for a step count
 * {@code t} that depends on the device (the spike time stamp for spike_generator, the step {@code k}
 * for poisson_generator, {@code k + 2} for current generators).
 */
public abstract class StimulatorGroup extends NodeGroup {

    final double h;
    final double[] start;
    final double[] stop;
    final long[] startStep;
    final long[] stopStep;

    protected StimulatorGroup(int firstId, int size, double h) {
        super(firstId, size);
        this.h = h;
        start = new double[size];
        stop = new double[size];
        startStep = new long[size];
        stopStep = new long[size];
        Arrays.fill(stop, Double.MAX_VALUE);
        Arrays.fill(stopStep, Long.MAX_VALUE);
    }

    /** @return whether device {@code local} is active at step count {@code t}: {@code start < t h <= stop} */
    final boolean active(int local, long t) {
        return startStep[local] < t && t <= stopStep[local];
    }

    /** Sets one device-specific parameter; returns false if the name is not the device's. */
    abstract boolean setOwn(int local, String name, Object value);

    /** @return a device-specific parameter, or null if the name is not the device's */
    abstract Object getOwn(int local, String name);

    @Override
    public final Object get(int local, String name) {
        return switch (name) {
            case "start" -> start[local];
            case "stop" -> stop[local];
            default -> {
                Object v = getOwn(local, name);
                if (v == null) {
                    throw unknownParameter(name);
                }
                yield v;
            }
        };
    }

    @Override
    public final void set(int local, Map<String, Object> params) {
        for (String k : params.keySet()) { // check names first so an unknown name changes nothing
            if (!info().defaults().containsKey(k)) {
                throw unknownParameter(k);
            }
        }
        double s0 = start[local], s1 = stop[local];
        for (Map.Entry<String, Object> e : params.entrySet()) {
            String field = model() + "." + e.getKey();
            switch (e.getKey()) {
                case "start" -> start[local] = ParameterCheck.nonNegative(field, e.getValue());
                case "stop" -> {
                    double v = ParameterCheck.toDouble(field, e.getValue(), true);
                    if (Double.isNaN(v) || v < 0) {
                        throw ParameterCheck.invalid(field, v, ">= 0");
                    }
                    stop[local] = v;
                }
                default -> setOwn(local, e.getKey(), e.getValue());
            }
        }
        if (!(stop[local] >= start[local])) {
            double bad = stop[local];
            start[local] = s0;
            stop[local] = s1;
            throw ParameterCheck.invalid(model() + ".stop", bad, ">= start");
        }
        startStep[local] = ParameterCheck.toSteps(model() + ".start", start[local], h);
        stopStep[local] = stop[local] >= Double.MAX_VALUE / 2 || Double.isInfinite(stop[local]) ? Long.MAX_VALUE
                : ParameterCheck.toSteps(model() + ".stop", stop[local], h);
    }
}
