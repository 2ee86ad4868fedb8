package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java example of docs/nest-models.md runs as written, and its per-connection state is meaningful. */
class NestModelsExampleTest {

    @Test
    void docsExampleRuns() {
        Network net = new Network(0.1, 42);
        NodeCollection adex = net.create("aeif_cond_alpha", 100, Map.of("a", 2.0, "b", 60.0));
        NodeCollection izh = net.create("izhikevich", 100, Map.of("c", -50.0, "d", 2.0));
        NodeCollection noise = net.create("noise_generator", 1, Map.of("mean", 700.0, "std", 100.0));
        net.connect(noise, adex);
        net.connect(adex, izh, ConnSpec.fixedIndegree(10),
                SynSpec.of(Map.of("synapse_model", "tsodyks2_synapse", "weight", 5.0, "U", 0.2, "tau_fac", 100.0)));
        net.simulate(1000.0);
        double[] x = net.getConnectionState("tsodyks2_synapse", "x"); // per connection, in getConnections order
        double[] u = net.getConnectionState("tsodyks2_synapse", "u");
        assertThat(x).hasSize(1000);
        assertThat(java.util.Arrays.stream(x).min().orElseThrow()).isGreaterThan(0.0).isLessThan(1.0); // resources were used
        assertThat(java.util.Arrays.stream(x).max().orElseThrow()).isLessThanOrEqualTo(1.0);
        assertThat(java.util.Arrays.stream(u).min().orElseThrow()).isGreaterThanOrEqualTo(0.2);
        assertThat(java.util.Arrays.stream(u).max().orElseThrow()).isLessThanOrEqualTo(1.0);
        assertThat(net.getConnections("tsodyks2_synapse").size()).isEqualTo(1000);
    }
}
