package org.hebb.learn.agent;

/**
 * The plasticity rules an agent's actor synapses can learn with: every one is a setting of the reward-modulated
 * Hebbian family {@link HebbianFamily} (docs/plasticity-agents.md gives the equations and references). A rule fixes
 * the third factor (the env's reward, or the critic's TD error) and the coefficients a config does not set.
 */
public enum Rule {
    /** Frémaux et al. 2013 TD-LTP, Chung &amp; Kozma 2020: pre-trace × post-spike, gated by the TD error. */
    TD_LTP("td-ltp", true, true, 1, 0),
    /** Frémaux et al. 2013 TD-STDP: the symmetric STDP window (A+ = 1, A− = −1), gated by the TD error. */
    TD_STDP("td-stdp", true, true, 1, -1),
    /** Florian 2007 MSTDP: the STDP term gated by the reward directly, no eligibility trace. */
    MSTDP("mstdp", false, false, 1, -1),
    /** Florian 2007 MSTDPET (= Izhikevich 2007's dopamine synapse with d = reward): STDP into a trace tau_z. */
    MSTDPET("mstdpet", false, true, 1, -1),
    /** The whole family with the config's A+, A−, B, C, D, gated by the TD error (Najarro &amp; Risi 2020 "ABCD"). */
    ABCD("abcd", true, true, Double.NaN, Double.NaN);

    private final String configName;
    private final boolean tdModulated;
    private final boolean trace;
    private final double aPlus;
    private final double aMinus;

    Rule(String configName, boolean tdModulated, boolean trace, double aPlus, double aMinus) {
        this.configName = configName;
        this.tdModulated = tdModulated;
        this.trace = trace;
        this.aPlus = aPlus;
        this.aMinus = aMinus;
    }

    public String configName() {
        return configName;
    }

    /** @return whether the third factor is the critic's TD error (else the env's reward) */
    public boolean tdModulated() {
        return tdModulated;
    }

    /** @return whether the Hebbian term is low-pass filtered into an eligibility trace (tau_z) */
    public boolean trace() {
        return trace;
    }

    /** @return the rule's A+ (NaN: the config's) */
    public double aPlus() {
        return aPlus;
    }

    /** @return the rule's A− (NaN: the config's) */
    public double aMinus() {
        return aMinus;
    }

    /** @return the rule named {@code name}, or a one-line error listing the rules */
    public static Rule of(String name) {
        for (Rule r : values()) {
            if (r.configName.equals(name)) {
                return r;
            }
        }
        StringBuilder s = new StringBuilder();
        for (Rule r : values()) {
            s.append(s.isEmpty() ? "" : ", ").append(r.configName);
        }
        throw new IllegalArgumentException("rule: \"" + name + "\" is not allowed; must be one of " + s);
    }
}
