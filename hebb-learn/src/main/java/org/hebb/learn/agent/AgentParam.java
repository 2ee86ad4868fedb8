package org.hebb.learn.agent;

import java.util.Locale;

/**
 * The numeric hyper-parameters of a learning agent, declared once: config key, default, allowed range and one line of
 * documentation. Validation, the config reader, docs/plasticity-agents.md's table and the meta-learning genome
 * (which names a subset of these) all read this list.
 */
public enum AgentParam {
    FOURIER_ORDER("fourier_order", 2, 0, 6, "Fourier basis order n: (n+1)^d cosine features (Konidaris et al. 2011)"),
    INPUT_RATE_HZ("input_rate_hz", 100, 1, 1000, "rate of an input neuron whose feature is 1 (Hz)"),
    STEP_MS("step_ms", 20, 1, 1000, "simulated time per env step (ms, 1 ms resolution)"),
    NEURONS_PER_ACTION("neurons_per_action", 20, 1, 1000, "actor neurons per action group"),
    TAU_M("tau_m", 20, 1, 1000, "actor membrane time constant (ms)"),
    TAU_PLUS("tau_plus", 20, 0.1, 1000, "presynaptic trace time constant tau+ (ms)"),
    TAU_MINUS("tau_minus", 20, 0.1, 1000, "postsynaptic trace time constant tau- (ms)"),
    TAU_Z("tau_z", 20, 0.1, 10000, "eligibility trace time constant tau_z (ms)"),
    A_PLUS("a_plus", 1, -10, 10, "A+: pre-trace x post-spike coefficient"),
    A_MINUS("a_minus", 0, -10, 10, "A-: post-trace x pre-spike coefficient (negative = depression)"),
    B("b", 0, -10, 10, "B: presynaptic-spike coefficient"),
    C("c", 0, -10, 10, "C: postsynaptic-spike coefficient"),
    D("d", 0, -10, 10, "D: constant drift per ms"),
    LR_ACTOR("lr_actor", 0.01, 0, 10, "actor learning rate eta"),
    LR_CRITIC("lr_critic", 0.005, 0, 10, "critic learning rate (divided by |c| per Fourier feature)"),
    GAMMA("gamma", 0.99, 0, 1, "discount per env step"),
    LAMBDA("lambda", 0.8, 0, 1, "critic TD(lambda) trace decay per env step"),
    W_INIT("w_init", 0.05, 0, 10, "initial actor weights drawn uniform in [0, w_init] from the seed"),
    W_MAX("w_max", 1, 0.001, 100, "actor weights are clipped to [-w_max, w_max]"),
    TEMPERATURE("temperature", 10, 0, 1000, "softmax temperature over group spike counts at episode 1 (0 = greedy)"),
    TEMPERATURE_DECAY("temperature_decay", 0.98, 0, 1, "temperature factor per episode (exploration decays)"),
    TEMPERATURE_MIN("temperature_min", 0.1, 0, 1000, "lowest temperature"),
    CHOICE_FEEDBACK("choice_feedback", 0, 0, 1,
            "1: a group's feedback is 1[chosen] - 1/k (never vanishes); 0: the softmax score 1[chosen] - pi"),
    MAX_EPISODES("max_episodes", 500, 1, 1_000_000, "training episodes at most"),
    RESET_BETWEEN_EPISODES("reset_between_episodes", 0, 0, 1, "1: membrane potentials reset to 0 at each episode");

    private final String key;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final String doc;

    AgentParam(String key, double defaultValue, double min, double max, String doc) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.doc = doc;
    }

    public String key() {
        return key;
    }

    public double defaultValue() {
        return defaultValue;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public String doc() {
        return doc;
    }

    /** Whether the value must be a whole number. */
    public boolean integral() {
        return this == FOURIER_ORDER || this == STEP_MS || this == NEURONS_PER_ACTION || this == MAX_EPISODES
                || this == RESET_BETWEEN_EPISODES || this == CHOICE_FEEDBACK;
    }

    /** Refuses a value outside [min, max] (or fractional where a whole number is needed) with one line. */
    public double check(double v) {
        if (!(v >= min && v <= max) || (integral() && v != Math.rint(v))) {
            throw new IllegalArgumentException(key + ": " + v + " is not allowed; must be "
                    + (integral() ? "a whole number " : "") + "in [" + fmt(min) + ", " + fmt(max) + "] (" + doc + ")");
        }
        return v;
    }

    /** @return the parameter with config key {@code key}, or a one-line error listing the keys */
    public static AgentParam of(String key) {
        for (AgentParam p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        StringBuilder keys = new StringBuilder();
        for (AgentParam p : values()) {
            keys.append(keys.isEmpty() ? "" : ", ").append(p.key);
        }
        throw new IllegalArgumentException("agent." + key + ": unknown key; must be one of " + keys);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
