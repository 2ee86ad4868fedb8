package org.hebb.learn.agent;

/**
 * How an actor's group spike counts of one env step become a discrete action, and which feedback each group's
 * synapses get for the choice (the "feedback modulation" without which Chung &amp; Kozma's actor does not learn).
 */
public enum Decoder {
    /** The group with the most spikes (ties: the lowest index); feedback +1 for the chosen group, −1/k for others. */
    MAX("max"),
    /** Samples a ∝ exp(count_a / T) with a decaying temperature T; feedback 1[a] − π_b (the softmax score function). */
    SOFTMAX("softmax"),
    /**
     * Two groups per action, "go" and "no-go": the score is count_go − count_nogo, sampled as {@link #SOFTMAX}; the
     * no-go group gets the negated feedback.
     */
    ANTAGONISTIC("antagonistic");

    private final String configName;

    Decoder(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** @return groups per action */
    public int groupsPerAction() {
        return this == ANTAGONISTIC ? 2 : 1;
    }

    /** @return the decoder named {@code name}, or a one-line error listing them */
    public static Decoder of(String name) {
        for (Decoder d : values()) {
            if (d.configName.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("decoder: \"" + name + "\" is not allowed; must be max, softmax or antagonistic");
    }
}
