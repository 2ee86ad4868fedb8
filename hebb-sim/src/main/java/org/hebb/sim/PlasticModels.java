package org.hebb.sim;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** Registers the plastic synapse models and the volume transmitter in the model catalogue. */
final class PlasticModels {

    private PlasticModels() {
    }

    static void register(BiConsumer<ModelInfo, Function<ModelInfo, SynapseTable>> synapse, BiConsumer<ModelInfo, Models.Factory> node) {
        synapse.accept(StdpSynapse.INFO, i -> new StdpSynapse());
        synapse.accept(StdpTraceSynapse.INFO, i -> new StdpTraceSynapse());
        synapse.accept(StdpDopamineSynapse.INFO, i -> new StdpDopamineSynapse());
        synapse.accept(RewardStdpSynapse.MSTDP, i -> new RewardStdpSynapse(true));
        synapse.accept(RewardStdpSynapse.THREE_FACTOR, i -> new RewardStdpSynapse(false));
        node.accept(VolumeTransmitter.INFO, (f, n, h, s) -> new VolumeTransmitter(f, n, h));
    }
}
