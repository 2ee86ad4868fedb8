package org.hebb.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.StepResult;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;

/**
 * The networks of the benchmark workloads, built once here so the JMH benchmarks and the report's validation runs
 * simulate the same thing. The Brian2 scripts under {@code bench/peers/} build the same networks from the same
 * numbers (see docs/benchmarks.md); anything random (initial V_m, connectivity, Poisson drive) is drawn
 * independently in each simulator from the same distributions.
 */
public final class Workloads {

    private Workloads() {
    }

    /** A built network and the spike recorder observing its neurons. */
    public record Built(Network net, NodeCollection recorder, int neurons) {

        /** @return spikes recorded so far */
        public int spikes() {
            return net.spikeEvents(recorder).size();
        }
    }

    // ---- a. DC pair (report section 3.1) ----

    /**
     * dc_generator 500 pA -> iaf_psc_alpha -> iaf_psc_alpha (weight 1000 pA), delays 1 ms, h = 0.1 ms, V_m of both
     * recorded at every step, spikes of both recorded. Not yet simulated.
     */
    public static Built dcPair() {
        Network net = new Network(0.1, 1);
        NodeCollection dc = net.create("dc_generator", 1, Map.of("amplitude", 500.0));
        NodeCollection n = net.create("iaf_psc_alpha", 2);
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", 0.1, "record_from", List.of("V_m")));
        NodeCollection sr = net.create("spike_recorder");
        net.connect(dc, n.get(0), ConnSpec.allToAll(), SynSpec.staticSynapse().withDelay(1.0));
        net.connect(n.get(0), n.get(1), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(1000.0).withDelay(1.0));
        net.connect(mm, n);
        net.connect(n, sr);
        return new Built(net, sr, 2);
    }

    // ---- b. population update ----

    /** I_e of the population workload, pA: above the rheobase of 375 pA, so every neuron fires at about 34 Hz. */
    public static final double POPULATION_I_E = 400.0;

    /**
     * {@code n} unconnected iaf_psc_alpha with NEST's defaults and I_e = 400 pA, V_m uniform in [-70, -55) mV,
     * spikes recorded; h = 0.1 ms. Wired (one {@code simulate(0)}), not yet simulated.
     */
    public static Built population(int n) {
        Network net = new Network(0.1, 1);
        NodeCollection pop = net.create("iaf_psc_alpha", n, Map.of("I_e", POPULATION_I_E));
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            net.set(pop.get(i), "V_m", -70.0 + 15.0 * rng.nextDouble());
        }
        NodeCollection sr = net.create("spike_recorder");
        net.connect(pop, sr);
        net.simulate(0.0);
        return new Built(net, sr, n);
    }

    // ---- c. Brunel balanced network (Brunel 2000, model A with alpha currents) ----

    /** Parameters of NEST's brunel_alpha example: tau_m 20 ms, C_m 250 pF, theta 20 mV, V_reset = E_L = 0, t_ref 2 ms, tau_syn 0.5 ms. */
    public static final double BRUNEL_TAU_M = 20.0, BRUNEL_C_M = 250.0, BRUNEL_THETA = 20.0, BRUNEL_TAU_SYN = 0.5;
    /** PSP amplitude J (mV), relative inhibition g, external drive eta (in units of the threshold rate), delay (ms). */
    public static final double BRUNEL_J = 0.1, BRUNEL_G = 5.0, BRUNEL_ETA = 2.0, BRUNEL_DELAY = 1.5;

    /** @param ne excitatory neurons @return the total size N = 1.25 NE */
    public static int brunelSize(int ne) {
        return ne + ne / 4;
    }

    /**
     * The Brunel network with {@code ne} excitatory and {@code ne/4} inhibitory iaf_psc_alpha, fixed in-degrees
     * CE = 0.1 NE and CI = CE/4 (multapses and autapses allowed, as NEST's default), EPSC amplitude chosen so the
     * PSP peaks at J = 0.1 mV, IPSC -g times it, one poisson_generator of rate eta nu_th CE (17.8 kHz) to every neuron
     * (each neuron its own Poisson train), all delays 1.5 ms, h = 0.1 ms, spikes of all neurons recorded.
     * Wired (one {@code simulate(0)}), not yet simulated.
     */
    public static Built brunel(int ne, long seed) {
        int ni = ne / 4;
        int ce = ne / 10;
        int ci = ce / 4;
        double jEx = BRUNEL_J / pspPeakPerPa(BRUNEL_TAU_M, BRUNEL_C_M, BRUNEL_TAU_SYN);
        double jIn = -BRUNEL_G * jEx;
        // threshold rate: CE inputs at nu_th carry the mean current that holds V at theta (charge of one alpha
        // current: e tau_syn J_ex), per ms
        double nuTh = BRUNEL_THETA * BRUNEL_C_M / (jEx * ce * Math.E * BRUNEL_TAU_M * BRUNEL_TAU_SYN);
        double pRate = 1000.0 * BRUNEL_ETA * nuTh * ce;                // Hz, all CE external inputs in one train
        Network net = new Network(0.1, seed);
        Map<String, Object> neuron = Map.ofEntries(Map.entry("C_m", BRUNEL_C_M), Map.entry("tau_m", BRUNEL_TAU_M),
                Map.entry("t_ref", 2.0), Map.entry("E_L", 0.0), Map.entry("V_reset", 0.0), Map.entry("V_m", 0.0),
                Map.entry("V_th", BRUNEL_THETA), Map.entry("tau_syn_ex", BRUNEL_TAU_SYN), Map.entry("tau_syn_in", BRUNEL_TAU_SYN));
        NodeCollection exc = net.create("iaf_psc_alpha", ne, neuron);
        NodeCollection inh = net.create("iaf_psc_alpha", ni, neuron);
        NodeCollection noise = net.create("poisson_generator", 1, Map.of("rate", pRate));
        NodeCollection sr = net.create("spike_recorder");
        NodeCollection all = NodeCollection.range(exc.id(0), ne + ni);
        net.connect(noise, all, ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(jEx).withDelay(BRUNEL_DELAY));
        net.connect(exc, all, ConnSpec.fixedIndegree(ce), SynSpec.staticSynapse().withWeight(jEx).withDelay(BRUNEL_DELAY));
        net.connect(inh, all, ConnSpec.fixedIndegree(ci), SynSpec.staticSynapse().withWeight(jIn).withDelay(BRUNEL_DELAY));
        net.connect(all, sr);
        net.simulate(0.0);
        return new Built(net, sr, ne + ni);
    }

    /**
     * Peak membrane deflection (mV) of a leaky membrane (tau_m, C_m) at rest for one alpha current of amplitude
     * 1 pA, {@code I(t) = (t/tau_s) e^(1 - t/tau_s)}. Solving the membrane equation gives
     * {@code V(t) = e / (C tau_s a^2) (e^(-t/tau_m) - e^(-t/tau_s) (1 + a t))} with {@code a = 1/tau_s - 1/tau_m};
     * the peak is found by golden-section search on [0, 10 (tau_m + tau_s)].
     */
    static double pspPeakPerPa(double tauM, double cM, double tauS) {
        double a = 1.0 / tauS - 1.0 / tauM;
        java.util.function.DoubleUnaryOperator v = t ->
                Math.E / (cM * tauS * a * a) * (Math.exp(-t / tauM) - Math.exp(-t / tauS) * (1.0 + a * t));
        double lo = 0.0, hi = 10.0 * (tauM + tauS);
        double r = (Math.sqrt(5.0) - 1.0) / 2.0;
        for (int i = 0; i < 200; i++) {
            double x1 = hi - r * (hi - lo), x2 = lo + r * (hi - lo);
            if (v.applyAsDouble(x1) < v.applyAsDouble(x2)) {
                lo = x1;
            } else {
                hi = x2;
            }
        }
        return v.applyAsDouble(0.5 * (lo + hi));
    }

    // ---- d. MountainCar controller episode (L2L's network) ----

    /** Input bins per variable, hidden and output neurons, env steps, ms per step, resolution, input current, weight scale. */
    public static final int BINS = 30, HIDDEN = 5, OUTPUTS = 3, EPISODE_STEPS = 110;
    public static final double STEP_MS = 20.0, CONTROLLER_H = 0.2, INPUT_PA = 40000.0, WEIGHT_SCALE_PA = 100.0;

    /**
     * What drives one controller episode, identical in both simulators: the genome (weights before scaling, in
     * [-20, 20]: velocity->hidden [hidden][bin], position->hidden [hidden][bin], hidden->output [output][hidden]) and
     * the active velocity and position bin of each env step.
     */
    public record ControllerInputs(double[] vh, double[] ph, double[] ho, int[] velocityBin, int[] positionBin) {
    }

    /**
     * The genome is U(-20, 20) from seed 1; the bins are those of a MountainCar-v0 episode (reset seed 0) driven by
     * the push-with-the-velocity rule, encoded in 30 equal bins over [-1.2, 0.6] and [-0.07, 0.07] (as L2L's
     * encoder). The schedule is fixed in advance so both simulators see the same inputs: the controller's own
     * actions are computed and counted but do not steer the car.
     */
    public static ControllerInputs controllerInputs() {
        SplittableRandom rng = new SplittableRandom(1);
        double[] vh = new double[HIDDEN * BINS], ph = new double[HIDDEN * BINS], ho = new double[OUTPUTS * HIDDEN];
        for (double[] w : new double[][] {vh, ph, ho}) {
            for (int i = 0; i < w.length; i++) {
                w[i] = rng.nextDouble(-20.0, 20.0);
            }
        }
        int[] vb = new int[EPISODE_STEPS], pb = new int[EPISODE_STEPS];
        Env env = Registry.make("MountainCar-v0");
        float[] obs = env.reset(0).observation();
        for (int s = 0; s < EPISODE_STEPS; s++) {
            pb[s] = bin(obs[0], -1.2, 0.6);
            vb[s] = bin(obs[1], -0.07, 0.07);
            StepResult r = env.step(obs[1] >= 0 ? 2 : 0);
            obs = r.done() ? env.reset().observation() : r.observation();
        }
        return new ControllerInputs(vh, ph, ho, vb, pb);
    }

    private static int bin(double x, double lo, double hi) {
        int b = (int) Math.floor((x - lo) / (hi - lo) * BINS);
        return Math.max(0, Math.min(BINS - 1, b));
    }

    /**
     * One controller episode: builds the 68-neuron network (60 dc-driven inputs with t_ref 1 ms, 5 hidden, 3
     * outputs, all iaf_psc_alpha, all delays 1 ms, h = 0.2 ms), then 110 times sets the amplitudes of the two active
     * input generators (all others 0), simulates 20 ms and counts the output spikes of the window.
     *
     * @return total spikes of all 68 neurons and the sum of the decoded actions (0 left, 1 none, 2 right)
     */
    public static Episode controllerEpisode(ControllerInputs in) {
        Network net = new Network(CONTROLLER_H, 1);
        Map<String, Object> neuron = Map.of("t_ref", 1.0);
        NodeCollection vIn = net.create("iaf_psc_alpha", BINS, neuron);
        NodeCollection pIn = net.create("iaf_psc_alpha", BINS, neuron);
        NodeCollection hidden = net.create("iaf_psc_alpha", HIDDEN, neuron);
        NodeCollection out = net.create("iaf_psc_alpha", OUTPUTS, neuron);
        NodeCollection vDc = net.create("dc_generator", BINS, Map.of("amplitude", 0.0));
        NodeCollection pDc = net.create("dc_generator", BINS, Map.of("amplitude", 0.0));
        SynSpec unit = SynSpec.staticSynapse().withWeight(1.0).withDelay(1.0);
        net.connect(vDc, vIn, ConnSpec.oneToOne(), unit);
        net.connect(pDc, pIn, ConnSpec.oneToOne(), unit);
        net.connect(vIn, hidden, ConnSpec.allToAll(), scaled(in.vh()));   // all_to_all is target-major: w[target][source]
        net.connect(pIn, hidden, ConnSpec.allToAll(), scaled(in.ph()));
        net.connect(hidden, out, ConnSpec.allToAll(), scaled(in.ho()));
        int[] total = new int[1];
        int[] counts = new int[OUTPUTS];
        int firstOut = out.id(0);
        net.addSpikeListener((sender, stamp, multiplicity) -> {
            total[0] += multiplicity;
            int k = sender - firstOut;
            if (k >= 0 && k < OUTPUTS) {
                counts[k] += multiplicity;
            }
        });
        Map<String, Object> on = Map.of("amplitude", INPUT_PA), off = Map.of("amplitude", 0.0);
        int activeV = -1, activeP = -1;
        int actions = 0;
        for (int s = 0; s < EPISODE_STEPS; s++) {
            int v = in.velocityBin()[s], p = in.positionBin()[s];
            if (v != activeV) {
                if (activeV >= 0) {
                    net.set(vDc.get(activeV), off);
                }
                net.set(vDc.get(v), on);
                activeV = v;
            }
            if (p != activeP) {
                if (activeP >= 0) {
                    net.set(pDc.get(activeP), off);
                }
                net.set(pDc.get(p), on);
                activeP = p;
            }
            java.util.Arrays.fill(counts, 0);
            net.simulate(STEP_MS);
            actions += counts[2] > counts[0] && counts[2] > counts[1] ? 2 : counts[0] > counts[2] && counts[0] > counts[1] ? 0 : 1;
        }
        return new Episode(total[0], actions);
    }

    /** @param spikes spikes of all neurons in the episode @param actionSum sum of the 110 decoded actions */
    public record Episode(int spikes, int actionSum) {
    }

    private static SynSpec scaled(double[] genes) {
        double[] w = new double[genes.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = genes[k] * WEIGHT_SCALE_PA;
        }
        return SynSpec.staticSynapse().withWeight(w).withDelay(1.0);
    }
}
