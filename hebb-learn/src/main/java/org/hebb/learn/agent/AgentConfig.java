package org.hebb.learn.agent;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.hebb.gym.Discrete;
import org.hebb.gym.Registry;
import org.hebb.learn.task.Task;

/**
 * Everything that defines a learning agent: the task (a Gymnasium env id with discrete actions), the observation
 * encoding, the rule, the decoder and the numeric {@link AgentParam}s. Checked when built; a bad value gives one line
 * naming the field, the value and what is allowed.
 *
 * {@snippet :
 * AgentConfig c = AgentConfig.builder("CartPole-v1").rule(Rule.TD_LTP).set(AgentParam.LR_ACTOR, 0.02).build();
 * }
 *
 * @param envId       the task
 * @param rule        the plasticity rule
 * @param decoder     how group counts become an action
 * @param encoding    "fourier" (± pairs of a Fourier basis), "gaussian" or "bins" (the task layer's encoders)
 * @param perDimension neurons per observation dimension for gaussian and bins
 * @param fieldWidth  Gaussian σ in centre spacings
 * @param low         lower end of each observation dimension's range
 * @param high        upper end
 * @param values      one value per {@link AgentParam}, in declaration order
 */
public record AgentConfig(String envId, Rule rule, Decoder decoder, String encoding, int perDimension, double fieldWidth,
        double[] low, double[] high, double[] values) implements Serializable {

    public AgentConfig {
        Registry.spec(envId);
        if (!(Registry.make(envId).actionSpace() instanceof Discrete)) {
            throw new IllegalArgumentException("env: " + envId + " is not allowed; agents need discrete actions"
                    + " (CartPole-v1, Acrobot-v1, MountainCar-v0)");
        }
        int dims = Registry.make(envId).observationSpace().size();
        if (low.length != dims || high.length != dims) {
            throw new IllegalArgumentException("ranges: " + low.length + " ranges is not allowed; the encoder must cover"
                    + " all " + dims + " observation dimensions of " + envId);
        }
        if (!encoding.equals("fourier") && !encoding.equals("gaussian") && !encoding.equals("bins")) {
            throw new IllegalArgumentException("encoding: \"" + encoding + "\" is not allowed; must be fourier, gaussian"
                    + " or bins");
        }
        if (values.length != AgentParam.values().length) {
            throw new IllegalArgumentException("values: " + values.length + " is not allowed; must be "
                    + AgentParam.values().length);
        }
        for (AgentParam p : AgentParam.values()) {
            p.check(values[p.ordinal()]);
        }
        low = low.clone();
        high = high.clone();
        values = values.clone();
        // checks ranges, neurons per dimension and width (fields are not assigned yet in a compact constructor)
        new FeatureEncoder(encoding, (int) values[AgentParam.FOURIER_ORDER.ordinal()], perDimension, fieldWidth, low, high);
    }

    /** @return a builder with every default for {@code envId} (ranges: {@link Task#defaultRanges}) */
    public static Builder builder(String envId) {
        return new Builder(envId);
    }

    /** @return the value of {@code p} */
    public double get(AgentParam p) {
        return values[p.ordinal()];
    }

    /** @return the value of {@code p} as a whole number */
    public int getInt(AgentParam p) {
        return (int) values[p.ordinal()];
    }

    /** @return the encoder these settings describe */
    public FeatureEncoder encoder() {
        return new FeatureEncoder(encoding, getInt(AgentParam.FOURIER_ORDER), perDimension, fieldWidth, low, high);
    }

    /** @return the number of discrete actions */
    public int actions() {
        return ((Discrete) Registry.make(envId).actionSpace()).n();
    }

    /** @return a builder holding these values */
    public Builder toBuilder() {
        Builder b = new Builder(envId);
        b.rule = rule;
        b.decoder = decoder;
        b.encoding = encoding;
        b.perDimension = perDimension;
        b.fieldWidth = fieldWidth;
        b.low = low.clone();
        b.high = high.clone();
        for (AgentParam p : AgentParam.values()) {
            b.values.put(p, values[p.ordinal()]);
        }
        return b;
    }

    /** @return every setting as config keys (the agent table of run.json) */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("env", envId);
        m.put("rule", rule.configName());
        m.put("decoder", decoder.configName());
        m.put("encoding", encoding);
        m.put("neurons_per_dimension", perDimension);
        m.put("field_width", fieldWidth);
        double[][] r = new double[low.length][];
        for (int d = 0; d < low.length; d++) {
            r[d] = new double[] {low[d], high[d]};
        }
        m.put("ranges", r);
        for (AgentParam p : AgentParam.values()) {
            double v = values[p.ordinal()];
            m.put(p.key(), p.integral() ? (Object) (long) v : (Object) v);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgentConfig c && toString().equals(c.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AgentConfig[%s, %s, %s, %s %d w%s, %s %s, %s]", envId, rule.configName(),
                decoder.configName(), encoding, perDimension, fieldWidth, Arrays.toString(low), Arrays.toString(high),
                Arrays.toString(values));
    }

    /** Named setters; {@link #build()} checks the whole. */
    public static final class Builder {
        private final String envId;
        private Rule rule = Rule.TD_LTP;
        private Decoder decoder = Decoder.SOFTMAX;
        private String encoding = "fourier";
        private int perDimension = 10;
        private double fieldWidth = 1.0;
        private double[] low;
        private double[] high;
        private final EnumMap<AgentParam, Double> values = new EnumMap<>(AgentParam.class);

        private Builder(String envId) {
            this.envId = envId;
            double[][] r = Task.defaultRanges(envId);
            low = r[0];
            high = r[1];
        }

        /** The rule; its A+ and A− replace the defaults unless {@link #set} gave them. */
        public Builder rule(Rule r) {
            rule = r;
            return this;
        }

        public Builder decoder(Decoder d) {
            decoder = d;
            return this;
        }

        public Builder encoding(String e) {
            encoding = e;
            return this;
        }

        public Builder perDimension(int n) {
            perDimension = n;
            return this;
        }

        public Builder fieldWidth(double w) {
            fieldWidth = w;
            return this;
        }

        public Builder ranges(double[] lo, double[] hi) {
            low = lo.clone();
            high = hi.clone();
            return this;
        }

        /** Sets one numeric parameter (checked against its range at once). */
        public Builder set(AgentParam p, double v) {
            values.put(p, p.check(v));
            return this;
        }

        /** @return the config, checked */
        public AgentConfig build() {
            double[] v = new double[AgentParam.values().length];
            for (AgentParam p : AgentParam.values()) {
                v[p.ordinal()] = values.getOrDefault(p, p.defaultValue());
            }
            if (!Double.isNaN(rule.aPlus())) {
                if (!values.containsKey(AgentParam.A_PLUS)) {
                    v[AgentParam.A_PLUS.ordinal()] = rule.aPlus();
                }
                if (!values.containsKey(AgentParam.A_MINUS)) {
                    v[AgentParam.A_MINUS.ordinal()] = rule.aMinus();
                }
            }
            return new AgentConfig(envId, rule, decoder, encoding, perDimension, fieldWidth, low, high, v);
        }
    }
}
