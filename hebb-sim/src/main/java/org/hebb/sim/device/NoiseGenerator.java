package org.hebb.sim.device;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.ParameterCheck;
import org.hebb.sim.kernel.Recordable;

/**
 * NEST's {@code noise_generator} (models/noise_generator.cpp): every target draws its own Gaussian current
 * {@code mean + sqrt(std² + sin(ωt + φ) std_mod²) ξ} ({@code ξ} standard normal; the sine from an {@link Oscillator},
 * advanced only in active steps when std_mod ≠ 0), held for {@code dt} ms (default 10 h) and redrawn at the first
 * active step after that. The recordable {@code I} is the mean over the targets (0 while inactive). Each generator
 * draws from its own stream, seeded from the network seed and its node id; a change in the number of targets
 * redraws at once. NEST's checks: std ≥ 0, std_mod ≥ 0, std_mod ≤ std, dt a multiple of the resolution.
 */
public final class NoiseGenerator extends StimulatorGroup implements Recordable {

    public static final ModelInfo INFO = new ModelInfo("noise_generator", ModelInfo.Kind.STIMULATOR,
            Map.of("mean", 0.0, "std", 0.0, "std_mod", 0.0, "frequency", 0.0, "phase", 0.0, "dt", 1.0, "start", 0.0,
                    "stop", Double.MAX_VALUE),
            List.of("I"));

    private final double[] mean = new double[size], std = new double[size], stdMod = new double[size];
    private final double[] frequency = new double[size], phase = new double[size], dt = new double[size];
    private final long[] dtSteps = new long[size], nextStep = new long[size];
    private final double[] average = new double[size];
    private final double[][] amps = new double[size][0];
    private final RandomGenerator[] rng = new RandomGenerator[size];
    private final Oscillator osc = new Oscillator(size);

    public NoiseGenerator(int firstId, int size, double h, long seed) {
        super(firstId, size, h);
        for (int i = 0; i < size; i++) {
            rng[i] = new SplittableRandom(PoissonGenerator.streamSeed(seed, firstId + i));
            dt[i] = 10 * h; // noise_generator::Parameters_::get_default_dt
            dtSteps[i] = 10;
        }
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
    void checkOwn(int local, Map<String, Object> params) { // noise_generator::Parameters_::set, in its order
        Map<String, Double> v = new HashMap<>(Map.of("std", std[local], "std_mod", stdMod[local], "dt", dt[local]));
        for (Map.Entry<String, Object> e : params.entrySet()) {
            if (!e.getKey().equals("start") && !e.getKey().equals("stop")) {
                v.put(e.getKey(), ParameterCheck.toDouble(model() + "." + e.getKey(), e.getValue(), false));
            }
        }
        if (!(v.get("std") >= 0)) {
            throw ParameterCheck.invalid(model() + ".std", v.get("std"), ">= 0 (a standard deviation)");
        }
        if (!(v.get("std_mod") >= 0)) {
            throw ParameterCheck.invalid(model() + ".std_mod", v.get("std_mod"), ">= 0 (a standard deviation)");
        }
        if (v.get("std_mod") > v.get("std")) {
            throw ParameterCheck.invalid(model() + ".std_mod", v.get("std_mod"), "<= std = " + v.get("std"));
        }
        ParameterCheck.toSteps(model() + ".dt", v.get("dt"), h); // StepMultipleRequired
    }

    @Override
    boolean setOwn(int local, String name, Object value) {
        double v = ((Number) value).doubleValue(); // checked in checkOwn
        switch (name) {
            case "mean" -> mean[local] = v;
            case "std" -> std[local] = v;
            case "std_mod" -> stdMod[local] = v;
            case "frequency" -> frequency[local] = v;
            case "phase" -> phase[local] = v;
            default -> {
                dt[local] = v;
                dtSteps[local] = ParameterCheck.toSteps(model() + ".dt", v, h);
            }
        }
        return true;
    }

    @Override
    Object getOwn(int local, String name) {
        return switch (name) {
            case "mean" -> mean[local];
            case "std" -> std[local];
            case "std_mod" -> stdMod[local];
            case "frequency" -> frequency[local];
            case "phase" -> phase[local];
            case "I" -> average[local]; // the recordable, also in getStatus
            case "dt" -> dt[local];
            default -> null;
        };
    }

    @Override
    public void prepare(Kernel kernel) {
        for (int i = 0; i < size; i++) {
            int targets = kernel.staticTargets(firstId + i);
            if (targets != amps[i].length) { // pre_run_hook: "The number of targets has changed, drawing new amplitudes."
                amps[i] = new double[targets];
                nextStep[i] = 0;
            }
        }
        osc.restart = true;
    }

    @Override
    public void update(long step, Kernel kernel) {
        osc.startAllIfRestarting(step, h, null, frequency, phase);
        for (int i = 0; i < size; i++) {
            average[i] = 0.0;
            if (!active(i, step + 2)) {
                continue;
            }
            if (stdMod[i] != 0.0) {
                osc.advance(i);
            }
            double[] a = amps[i];
            if (step >= nextStep[i]) { // >= in case the device woke from inactivity
                double sd = Math.sqrt(std[i] * std[i] + osc.y1[i] * stdMod[i] * stdMod[i]);
                for (int j = 0; j < a.length; j++) {
                    a[j] = mean[i] + sd * rng[i].nextGaussian();
                }
                nextStep[i] = step + dtSteps[i];
            }
            double sum = 0.0;
            for (double x : a) {
                sum += x;
            }
            average[i] = sum / Math.max(1, a.length);
            kernel.sendCurrents(firstId + i, step, a);
        }
    }

    @Override
    public double read(int variable, int local) {
        return average[local];
    }
}
