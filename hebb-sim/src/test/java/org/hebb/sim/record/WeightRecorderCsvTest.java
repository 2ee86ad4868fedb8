package org.hebb.sim.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;
import org.hebb.sim.WeightEvents;
import org.junit.jupiter.api.Test;

/** weight_recorder output as CSV for each plastic model: one row per transmitted pre spike. */
class WeightRecorderCsvTest {

    @Test
    void everyPlasticModelReportsSenderTargetTimeWeight() throws Exception {
        for (String model : List.of("stdp_synapse", "stdp_trace_synapse", "mstdp_synapse", "three_factor_stdp_synapse", "stdp_dopamine_synapse")) {
            Network net = new Network(0.1, 1);
            NodeCollection sg = net.create("spike_generator", 1, Map.of("spike_times", List.of(5.0, 12.5, 30.0)));
            NodeCollection pre = net.create("parrot_neuron");
            NodeCollection post = net.create("parrot_neuron");
            NodeCollection wr = net.create("weight_recorder");
            net.connect(sg, pre);
            Map<String, Object> syn = new java.util.HashMap<>(Map.of("synapse_model", model, "weight", 2.0, "receptor_type", 1, "weight_recorder", wr));
            if (model.equals("stdp_dopamine_synapse")) {
                syn.put("volume_transmitter", net.create("volume_transmitter"));
            }
            net.connect(pre, post, ConnSpec.allToAll(), SynSpec.of(syn));
            net.simulate(50.0);
            WeightEvents ev = net.weightEvents(wr);
            StringBuilder sb = new StringBuilder();
            WeightRecorderCsv.write(ev, sb);
            String[] lines = sb.toString().split("\n");
            assertThat(lines[0]).isEqualTo("sender,target,time_ms,weight");
            assertThat(lines).as(model).hasSize(4);
            double[] stamps = {6.0, 13.5, 31.0}; // generator time + 1 ms delay to the parrot
            for (int i = 0; i < 3; i++) {
                String[] f = lines[i + 1].split(",");
                assertThat(Integer.parseInt(f[0])).isEqualTo(pre.id(0));
                assertThat(Integer.parseInt(f[1])).isEqualTo(post.id(0));
                assertThat(Math.round(Double.parseDouble(f[2]) / 0.1)).isEqualTo(Math.round(stamps[i] / 0.1));
                assertThat(Double.parseDouble(f[3])).isEqualTo(ev.weights()[i]);
            }
        }
    }
}
