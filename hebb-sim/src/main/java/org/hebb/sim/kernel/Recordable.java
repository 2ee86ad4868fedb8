package org.hebb.sim.kernel;

import java.util.List;

/**
 * A node group whose state a {@code multimeter} can sample: neurons, and the current generators that record
 * the current they send ({@code ac_generator}, {@code noise_generator}: NEST's recordable {@code I}).
 */
public interface Recordable {

    /** @return the names a multimeter's {@code record_from} may list */
    List<String> recordables();

    /** @return the value of recordable {@code variable} (an index into {@link #recordables()}) of node {@code local} */
    double read(int variable, int local);

    /** @return the index of {@code name} in {@link #recordables()}, or a one-line error listing them */
    default int recordableIndex(String name) {
        int i = recordables().indexOf(name);
        if (i < 0) {
            throw ParameterCheck.unknown("multimeter.record_from", name, recordables());
        }
        return i;
    }
}
