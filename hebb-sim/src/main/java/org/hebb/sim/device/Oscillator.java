package org.hebb.sim.device;

/**
 * The sine oscillator of NEST's ac_generator and noise_generator (models/ac_generator.cpp, noise_generator.cpp):
 * at the start of each simulate call, with t the kernel time (ms), {@code ω = 2π f / 1000} and
 * {@code φ = phase 2π / 360}, the state is {@code y0 = A cos(ωt + φ), y1 = A sin(ωt + φ)}; every step then rotates it
 * by {@code ωh} with the exact rotation matrix {@code [[cos ωh, -sin ωh], [sin ωh, cos ωh]]}. The rotation, not a
 * sine of the step's time, is what NEST computes, so it is what gives NEST's bits.
 */
final class Oscillator {

    final double[] y0, y1;
    private final double[] a00, a01, a10, a11;

    Oscillator(int size) {
        y0 = new double[size];
        y1 = new double[size];
        a00 = new double[size];
        a01 = new double[size];
        a10 = new double[size];
        a11 = new double[size];
    }

    /** The pre_run_hook of oscillator {@code i}: amplitude A, frequency (Hz), phase (degrees), time t and step h (ms). */
    void start(int i, double amplitude, double frequency, double phaseDeg, double t, double h) {
        double omega = 2.0 * Math.PI * frequency / 1000.0;
        double phi = phaseDeg * 2.0 * Math.PI / 360.0;
        y0[i] = amplitude * Math.cos(omega * t + phi);
        y1[i] = amplitude * Math.sin(omega * t + phi);
        a00[i] = Math.cos(omega * h);
        a01[i] = -Math.sin(omega * h);
        a10[i] = Math.sin(omega * h);
        a11[i] = Math.cos(omega * h);
    }

    /** Set at each simulate call's prepare: the next step restarts every oscillator at the kernel time. */
    boolean restart = true;

    /**
     * The pre_run_hook of every oscillator, once after each {@code restart}: at the time of step {@code step}, with
     * amplitudes {@code amplitude} (null: 1), frequencies (Hz) and phases (degrees).
     */
    void startAllIfRestarting(long step, double h, double[] amplitude, double[] frequency, double[] phase) {
        if (restart) {
            double t = ms(step, h);
            for (int i = 0; i < y0.length; i++) {
                start(i, amplitude == null ? 1.0 : amplitude[i], frequency[i], phase[i], t, h);
            }
            restart = false;
        }
    }

    /** One step of oscillator {@code i}; returns the new {@code y1}. */
    double advance(int i) {
        double old = y0[i];
        y0[i] = a00[i] * old + a01[i] * y1[i];
        return y1[i] = a10[i] * old + a11[i] * y1[i];
    }

    /** NEST's time of step {@code step}, ms: {@code tics * MS_PER_TIC} with 1000 tics per ms. */
    static double ms(long step, double h) {
        return (1 / 1000.0) * (Math.round(h * 1000.0) * step);
    }
}
