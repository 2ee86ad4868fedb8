package org.hebb.sim;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Registers the plastic synapse models and the volume transmitter in the model catalogue. */
final class PlasticModels {

    private PlasticModels() {
    }

    static void register(BiConsumer<ModelInfo, Supplier<SynapseTable>> synapse, BiConsumer<ModelInfo, Models.Factory> node) {
        synapse.accept(StdpSynapse.INFO, StdpSynapse::new);
        synapse.accept(StdpTraceSynapse.INFO, StdpTraceSynapse::new);
        synapse.accept(StdpDopamineSynapse.INFO, StdpDopamineSynapse::new);
        node.accept(VolumeTransmitter.INFO, (f, n, h, s) -> new VolumeTransmitter(f, n, h));
    }
}
