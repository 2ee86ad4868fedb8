package org.hebb.sim;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * Samples taken by a {@code multimeter}: one event per sample time and target, ordered by time, then
 * by target in connection order; one value array per recorded variable.
 *
 * @param senders node id sampled
 * @param times sample time {@code m * interval}, ms (the state at the end of the step ending then)
 * @param recordFrom the recorded variables, in {@code record_from} order
 * @param values variable name to one value per event
 */
public record MultimeterEvents(int[] senders, double[] times, List<String> recordFrom, Map<String, double[]> values) {

    /**
     * @param variable a name from {@code record_from}
     * @return its value in every event
     */
    public double[] values(String variable) {
        double[] v = values.get(variable);
        if (v == null) {
            throw ParameterCheck.unknown("multimeter.record_from", variable, recordFrom);
        }
        return v;
    }

    /**
     * @param variable a name from {@code record_from}
     * @param sender a sampled node id
     * @return the time course of that variable of that node
     */
    public double[] trace(String variable, int sender) {
        double[] v = values(variable);
        return IntStream.range(0, senders.length).filter(i -> senders[i] == sender).mapToDouble(i -> v[i]).toArray();
    }

    /**
     * @param sender a sampled node id
     * @return the sample times of that node
     */
    public double[] timesOf(int sender) {
        return IntStream.range(0, senders.length).filter(i -> senders[i] == sender).mapToDouble(i -> times[i]).toArray();
    }
}
