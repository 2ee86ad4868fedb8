package org.hebb.sim;

import java.util.List;
import java.util.Map;

/**
 * What a spec reader needs to know about one model: its NEST name, what kind of element it is,
 * its parameters with NEST's defaults (units as in NEST: mV, ms, pF, pA, Hz) and the state
 * variables a multimeter can record.
 *
 * @param name NEST model name, e.g. {@code iaf_psc_alpha}
 * @param kind neuron, stimulator, recorder or synapse
 * @param defaults parameter name to default value (Double, Boolean, double[] or List of String), sorted by name
 * @param recordables state variables accepted in a multimeter's {@code record_from}
 */
public record ModelInfo(String name, Kind kind, Map<String, Object> defaults, List<String> recordables) {

    /** The element type, as NEST's {@code element_type}. */
    public enum Kind {
        /** a neuron model */
        NEURON,
        /** a device that sends spikes or currents */
        STIMULATOR,
        /** a device that records */
        RECORDER,
        /** a synapse model, used in {@link SynSpec} */
        SYNAPSE
    }

    /** Canonical constructor: freezes the maps. */
    public ModelInfo {
        defaults = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(defaults));
        recordables = List.copyOf(recordables);
    }

    /** @return the parameter names, sorted */
    public List<String> parameterNames() {
        return List.copyOf(defaults.keySet());
    }
}
