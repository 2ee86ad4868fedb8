package org.hebb.sim.synapse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;

/**
 * Reward-modulated STDP in a network, time-driven (every connection advances at the end of every step,
 * with the spikes of the step at their stamps), with the arithmetic of {@link EligibilityTrace},
 * {@link FlorianStdp} and {@link ThreeFactorStdp}:
 * <ul>
 * <li>{@code mstdp_synapse}: Florian's MSTDP, or MSTDPET with {@code eligibility_trace = true}; the reward
 * is a level per target neuron set by {@link org.hebb.sim.Network#deliverReward} that holds until the next call;</li>
 * <li>{@code three_factor_stdp_synapse}: eq. 3 of the report; STDP terms accumulate, and each
 * {@link org.hebb.sim.Network#deliverReward} ends the window of the synapses onto the rewarded neurons:
 * {@code dw = eta r STDP g} with {@code g = 1} or the soft bound ({@code soft_bound = true}).</li>
 * </ul>
 * A pre spike transmits the weight after the update of its step.
 */
public final class RewardStdpSynapse extends PlasticSynapseTable implements RewardModulated {

    public static final ModelInfo MSTDP = new ModelInfo("mstdp_synapse", ModelInfo.Kind.SYNAPSE,
            Map.ofEntries(Map.entry("weight", 1.0), Map.entry("delay", 1.0), Map.entry("receptor_type", 0),
                    Map.entry("gamma", 0.01), Map.entry("A_plus", 1.0), Map.entry("A_minus", 1.0), Map.entry("tau_plus", 20.0),
                    Map.entry("tau_minus", 20.0), Map.entry("tau_z", 25.0), Map.entry("eligibility_trace", false),
                    Map.entry("Wmin", 0.0), Map.entry("Wmax", 100.0), Map.entry("weight_recorder", 0.0)),
            List.of());
    public static final ModelInfo THREE_FACTOR = new ModelInfo("three_factor_stdp_synapse", ModelInfo.Kind.SYNAPSE,
            Map.ofEntries(Map.entry("weight", 1.0), Map.entry("delay", 1.0), Map.entry("receptor_type", 0),
                    Map.entry("eta", 0.01), Map.entry("A_plus", 1.0), Map.entry("A_minus", 1.0), Map.entry("tau_plus", 20.0),
                    Map.entry("tau_minus", 20.0), Map.entry("soft_bound", false),
                    Map.entry("Wmin", 0.0), Map.entry("Wmax", 100.0), Map.entry("weight_recorder", 0.0)),
            List.of());

    /** Parameter columns common to both (indices into a set); RATE is gamma or eta, OPT is eligibility_trace or soft_bound. */
    private static final int RATE = 0, A_PLUS = 1, A_MINUS = 2, TAU_PLUS = 3, TAU_MINUS = 4, WMIN = 5, WMAX = 6, OPT = 7, TAU_Z = 8;

    private final boolean florian;
    /** The three-factor parameters per set (for the gate g). */
    private final List<ThreeFactorStdp.Params> threeFactor = new java.util.ArrayList<>();
    double[] pPlus = new double[16];
    double[] pMinus = new double[16];
    /** MSTDPET eligibility z, or the three-factor window sum of zeta. */
    double[] elig = new double[16];
    private double[] rewardOf = new double[0];
    private int[] spikes = new int[0];
    private double[] factor = new double[0];
    private int[] spiking = new int[0];
    private int nSpiking;
    private double[] dPlus = new double[0];
    private double[] dMinus = new double[0];
    private double[] dZ = new double[0];

    public RewardStdpSynapse(boolean florian) {
        super(florian ? MSTDP : THREE_FACTOR, florian
                ? List.of("gamma", "A_plus", "A_minus", "tau_plus", "tau_minus", "Wmin", "Wmax", "eligibility_trace", "tau_z", "weight_recorder")
                : List.of("eta", "A_plus", "A_minus", "tau_plus", "tau_minus", "Wmin", "Wmax", "soft_bound", "weight_recorder"));
        this.florian = florian;
    }

    @Override
    void validate(double[] p) {
        try {
            if (florian) {
                new FlorianStdp.Params(p[RATE], p[A_PLUS], p[A_MINUS], p[TAU_PLUS], p[TAU_MINUS], p[TAU_Z], p[WMIN], p[WMAX]);
            } else {
                threeFactor.add(new ThreeFactorStdp.Params(p[RATE], p[A_PLUS], p[A_MINUS], p[TAU_PLUS], p[TAU_MINUS], p[WMIN], p[WMAX]));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(info.name() + "." + e.getMessage());
        }
    }

    @Override
    void checkWeight(int paramSet, double w) {
        double[] p = sets.get(paramSet);
        checkBounds(w, p[WMIN], p[WMAX]);
    }

    @Override
    void grow(int n) {
        super.grow(n);
        pPlus = Arrays.copyOf(pPlus, n);
        pMinus = Arrays.copyOf(pMinus, n);
        elig = Arrays.copyOf(elig, n);
    }

    @Override
    void permute(int[] perm) {
        super.permute(perm);
        pPlus = reorder(pPlus, perm);
        pMinus = reorder(pMinus, perm);
        elig = reorder(elig, perm);
    }

    @Override
    public void finish(Kernel kernel, int nodes) {
        super.finish(kernel, nodes);
        if (spikes.length < nodes + 1) {
            spikes = Arrays.copyOf(spikes, nodes + 1);
            factor = Arrays.copyOf(factor, nodes + 1);
            spiking = Arrays.copyOf(spiking, nodes + 1);
            rewardOf = Arrays.copyOf(rewardOf, nodes + 1);
        }
        dPlus = new double[sets.size()];
        dMinus = new double[sets.size()];
        dZ = new double[sets.size()];
        for (int i = 0; i < sets.size(); i++) {
            double[] p = sets.get(i);
            dPlus[i] = Math.exp(-h / p[TAU_PLUS]);
            dMinus[i] = Math.exp(-h / p[TAU_MINUS]);
            dZ[i] = florian ? Math.exp(-h / p[TAU_Z]) : 0.0;
        }
    }

    @Override
    public void deliverSpike(int src, long step, int multiplicity, double weightFactor) {
        if (count > 0 && src < spikes.length) {
            if (spikes[src] == 0) {
                spiking[nSpiking++] = src;
            }
            spikes[src] += multiplicity;
            factor[src] = weightFactor;
        }
    }

    @Override
    public void endStep(long step) {
        if (count == 0) {
            return;
        }
        for (int k = 0; k < count; k++) {
            int ps = set[k];
            double[] p = sets.get(ps);
            int pre = spikes[source[k]];
            int post = spikes[target[k]];
            pPlus[k] = Check.flush(pPlus[k] * dPlus[ps]) + p[A_PLUS] * pre; // EligibilityTrace.step, per connection
            pMinus[k] = Check.flush(pMinus[k] * dMinus[ps]) + p[A_MINUS] * post;
            double zeta = pPlus[k] * post - pMinus[k] * pre;
            if (florian) {
                double r = rewardOf[target[k]];
                double dw;
                if (p[OPT] == 0.0) {
                    dw = p[RATE] * r * zeta; // MSTDP
                } else {
                    elig[k] = Check.flush(elig[k] * dZ[ps]) + zeta / p[TAU_Z]; // MSTDPET eligibility
                    dw = p[RATE] * h * r * elig[k];
                }
                weight[k] = Math.min(p[WMAX], Math.max(p[WMIN], weight[k] + dw));
            } else {
                elig[k] += zeta; // STDP_ij summed over the window
            }
            if (pre > 0) {
                record(k, step + 1, weight[k]);
                targetGroup[k].receiveSpike(targetLocal[k], receptor[k], step + delaySteps[k], weight[k] * factor[source[k]], pre);
            }
        }
        for (int i = 0; i < nSpiking; i++) {
            spikes[spiking[i]] = 0;
        }
        nSpiking = 0;
    }

    @Override
    public void reward(int[] targets, double amount, long step) {
        if (florian) {
            if (targets == null) {
                Arrays.fill(rewardOf, amount);
            } else {
                for (int id : targets) {
                    rewardOf[id] = amount;
                }
            }
            return;
        }
        boolean[] hit = new boolean[rewardOf.length];
        for (int id : targets == null ? target : targets) {
            hit[id] = true;
        }
        for (int k = 0; k < count; k++) {
            if (hit[target[k]]) {
                double[] p = sets.get(set[k]);
                double dw = p[RATE] * amount * elig[k]; // eq. 3
                if (p[OPT] != 0.0) {
                    dw *= ThreeFactorStdp.SOFT_BOUND.g(weight[k], Math.signum(dw), threeFactor.get(set[k])); // g_ij
                }
                weight[k] = Math.min(p[WMAX], Math.max(p[WMIN], weight[k] + dw));
                elig[k] = 0.0; // a new window
            }
        }
    }

    @Override
    public double[] state(String name) {
        return switch (name) {
            case "eligibility", "stdp_window" -> Arrays.copyOf(elig, count);
            case "P_plus" -> Arrays.copyOf(pPlus, count);
            case "P_minus" -> Arrays.copyOf(pMinus, count);
            default -> super.state(name);
        };
    }
}
