package org.hebb.sim.neuron;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * NEST's {@code parrot_neuron}: repeats every spike arriving on receptor 0 in the step it arrives
 * (with the same multiplicity, ignoring the weight). Spikes on receptor 1 are received but not
 * repeated, so a plastic synapse can target a parrot whose own spikes are imposed from elsewhere.
 */
public final class ParrotNeuron extends NeuronGroup {

    public static final ModelInfo INFO = new ModelInfo("parrot_neuron", ModelInfo.Kind.NEURON,
            Map.of("tau_minus", 20.0), List.of());

    final double[] tauMinus = new double[size];

    public ParrotNeuron(int firstId, int size) {
        super(firstId, size);
        java.util.Arrays.fill(tauMinus, 20.0);
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    public void receiveSpike(int local, int receptor, long arrivalStep, double weight, int multiplicity) {
        if (receptor == 0) { // parrot_neuron::handle: count spikes; receptor 1 does not repeat
            exc.add(arrivalStep, local, multiplicity);
        }
    }

    @Override
    public boolean acceptsReceptor(int receptor) {
        return receptor == 0 || receptor == 1;
    }

    @Override
    public String receptorTypes() {
        return "0 or 1";
    }

    @Override
    public void update(long step, Kernel kernel) {
        final int off = exc.offset(step);
        final double[] n = exc.data, c = cur.data;
        for (int i = 0; i < size; i++) {
            int count = (int) n[off + i];
            n[off + i] = 0.0;
            c[off + i] = 0.0; // parrots ignore currents
            if (count > 0) {
                kernel.emitSpike(firstId + i, step, count, 1.0);
            }
        }
    }

    @Override
    public double read(int variable, int local) {
        throw new IllegalStateException("parrot_neuron has no recordables");
    }

    @Override
    public Object get(int local, String name) {
        if (name.equals("tau_minus")) {
            return tauMinus[local];
        }
        throw unknownParameter(name);
    }

    @Override
    public void set(int local, Map<String, Object> params) {
        for (Map.Entry<String, Object> e : params.entrySet()) {
            if (!e.getKey().equals("tau_minus")) {
                throw unknownParameter(e.getKey());
            }
        }
        if (params.containsKey("tau_minus")) {
            tauMinus[local] = ParameterCheck.positive("parrot_neuron.tau_minus", params.get("tau_minus"));
        }
    }
}
