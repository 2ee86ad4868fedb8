package org.hebb.cli.experiment.stdp;

import java.util.SplittableRandom;
import org.hebb.sim.synapse.TraceStdp;

/**
 * Experiment 3.2 of the report: one synapse under the trace rule (eq. 8-12), driven by independent
 * pre- and postsynaptic Poisson trains (Bernoulli per step with p = rate * dt), sampled every step.
 *
 * @param rule the rule's parameters
 * @param w0 initial weight
 * @param dtMs step, ms
 * @param durationMs simulated time, ms
 * @param preRateHz presynaptic rate, Hz
 * @param postRateHz postsynaptic rate, Hz
 * @param seed seed of both trains
 */
public record TraceStdpProtocol(TraceStdp.Params rule, double w0, double dtMs, double durationMs, double preRateHz,
        double postRateHz, long seed) {

    /** Checks rates and times (one-line errors). */
    public TraceStdpProtocol {
        if (!(dtMs > 0) || !(durationMs >= dtMs) || Double.isInfinite(durationMs)) {
            throw new IllegalArgumentException("duration: " + durationMs + " ms with dt " + dtMs + " ms is not allowed; must be >= dt > 0 and finite");
        }
        checkRate("pre_rate", preRateHz, dtMs);
        checkRate("post_rate", postRateHz, dtMs);
    }

    private static void checkRate(String name, double hz, double dtMs) {
        if (!(hz >= 0) || hz * dtMs / 1000.0 > 1.0) {
            throw new IllegalArgumentException(name + ": " + hz + " Hz is not allowed; must be in [0, 1000/dt] = [0, "
                    + 1000.0 / dtMs + "]");
        }
    }

    /** The sampled run: per step, time at the end of the step, traces and weight after the step's update. */
    public record Result(double[] timeMs, double[] preTrace, double[] postTrace, double[] weight, int[] preSpikes, int[] postSpikes) {
    }

    /** @return the trace of every step */
    public Result run() {
        int n = (int) Math.round(durationMs / dtMs);
        SplittableRandom rng = new SplittableRandom(seed);
        SplittableRandom preRng = rng.split();
        SplittableRandom postRng = rng.split();
        double pPre = preRateHz * dtMs / 1000.0;
        double pPost = postRateHz * dtMs / 1000.0;
        TraceStdp syn = new TraceStdp(rule, TraceStdp.Variant.TIME_DRIVEN, w0);
        Result r = new Result(new double[n], new double[n], new double[n], new double[n], new int[n], new int[n]);
        for (int k = 0; k < n; k++) {
            r.preSpikes[k] = preRng.nextDouble() < pPre ? 1 : 0;
            r.postSpikes[k] = postRng.nextDouble() < pPost ? 1 : 0;
            syn.step(dtMs, r.preSpikes[k], r.postSpikes[k]);
            r.timeMs[k] = (k + 1) * dtMs;
            r.preTrace[k] = syn.preTrace();
            r.postTrace[k] = syn.postTrace();
            r.weight[k] = syn.weight();
        }
        return r;
    }
}
