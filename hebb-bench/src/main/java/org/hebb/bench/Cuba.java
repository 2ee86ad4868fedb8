package org.hebb.bench;

import java.util.Map;
import java.util.SplittableRandom;

import org.hebb.sim.ConnSpec;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;

/**
 * Workload f: the CUBA network, benchmark 2 of Brette et al. 2007 (J Comput Neurosci 23:349, after Vogels &amp;
 * Abbott 2005), built from NEST's {@code iaf_psc_exp}. The benchmark writes its equations in voltage units,
 * {@code dv/dt = (ge + gi - (v - E_L))/tau_m}, {@code dge/dt = -ge/tau_e}, {@code dgi/dt = -gi/tau_i}, a spike adding
 * w_e = 1.62 mV to ge or w_i = -9 mV to gi. iaf_psc_exp integrates exactly the same linear system,
 * {@code dV/dt = -(V - E_L)/tau_m + (I_ex + I_in)/C_m} with currents that jump by the weight and decay with
 * tau_syn_ex/in, once ge = I_ex tau_m / C_m: a weight of w_e C_m / tau_m pA (20.25 pA for C_m 250 pF) and
 * w_i C_m / tau_m (-112.5 pA). C_m itself cancels out of the voltage trajectory. docs/benchmarks.md gives the mapping.
 */
public final class Cuba {

    /** Excitatory and inhibitory neurons, connection probability of every ordered pair. */
    public static final int NE = 3200, NI = 800;
    public static final double P = 0.02;
    /** The benchmark's constants: ms and mV. */
    public static final double TAU_M = 20.0, TAU_E = 5.0, TAU_I = 10.0, V_T = -50.0, V_R = -60.0, E_L = -49.0,
            T_REF = 5.0, W_E_MV = 60 * 0.27 / 10, W_I_MV = -20 * 4.5 / 10;
    /** Membrane capacitance (pF) chosen for the mapping (NEST's default); any value gives the same V_m. */
    public static final double C_M = 250.0;
    /** Synaptic delay (ms): one step, NEST's minimum (the benchmark has none; see brian2_cuba.py). */
    public static final double DELAY = 0.1;

    private Cuba() {
    }

    /** @param mv a jump of ge or gi in mV @return the iaf_psc_exp weight in pA giving the same jump of dV/dt */
    static double weightPa(double mv) {
        return mv * C_M / TAU_M;
    }

    /**
     * The network: 4,000 iaf_psc_exp with the benchmark's constants, V_m uniform in [V_r, V_t), pairwise_bernoulli
     * p = 0.02 from the excitatory and from the inhibitory population to all (NEST's defaults: autapses allowed),
     * delays 0.1 ms, h = 0.1 ms, every spike recorded. Wired (one {@code simulate(0)}), not yet simulated.
     *
     * @param seed the network's seed (connections) and the initial V_m's
     * @return the built network
     */
    public static Workloads.Built build(long seed) {
        Network net = new Network(0.1, seed);
        Map<String, Object> neuron = Map.ofEntries(Map.entry("C_m", C_M), Map.entry("tau_m", TAU_M),
                Map.entry("E_L", E_L), Map.entry("V_th", V_T), Map.entry("V_reset", V_R), Map.entry("t_ref", T_REF),
                Map.entry("tau_syn_ex", TAU_E), Map.entry("tau_syn_in", TAU_I), Map.entry("I_e", 0.0));
        NodeCollection exc = net.create("iaf_psc_exp", NE, neuron);
        NodeCollection inh = net.create("iaf_psc_exp", NI, neuron);
        NodeCollection all = NodeCollection.range(exc.id(0), NE + NI);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < NE + NI; i++) {
            net.set(all.get(i), "V_m", V_R + (V_T - V_R) * rng.nextDouble());
        }
        NodeCollection sr = net.create("spike_recorder");
        net.connect(exc, all, ConnSpec.pairwiseBernoulli(P), SynSpec.staticSynapse().withWeight(weightPa(W_E_MV)).withDelay(DELAY));
        net.connect(inh, all, ConnSpec.pairwiseBernoulli(P), SynSpec.staticSynapse().withWeight(weightPa(W_I_MV)).withDelay(DELAY));
        net.connect(all, sr);
        net.simulate(0.0);
        return new Workloads.Built(net, sr, NE + NI);
    }
}
