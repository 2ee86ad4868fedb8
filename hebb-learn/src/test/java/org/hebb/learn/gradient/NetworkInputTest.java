package org.hebb.learn.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11's bad input, each refused with one line naming the field, the value and what is allowed. */
class NetworkInputTest {

    @Test
    void stepsBelowOneAreRefused() {
        assertThatThrownBy(() -> Network.builder(4).steps(0).lif(3, LifParameters.defaults()).build(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("steps (T): 0 is not allowed; must be >= 1");
    }

    @Test
    void layersThatDoNotChainAreRefused() {
        List<Layer> layers = List.of(new LifLayer(4, 8, false, LifParameters.defaults()),
                new LeakyReadout(6, 2, 0, 0.9));
        assertThatThrownBy(() -> Network.of(5, layers, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("layer 1 (readout 2) input size: 6 is not allowed; must equal layer 0's output size 8");
    }

    @Test
    void nonPositiveLearningRateIsRefused() {
        assertThatThrownBy(() -> new Adam(10, 0.0, 1.0))
                .hasMessage("learning rate: 0.0 is not allowed; must be finite and > 0");
        assertThatThrownBy(() -> new Adam(10, -1e-3, 1.0))
                .hasMessage("learning rate: -0.001 is not allowed; must be finite and > 0");
    }

    @Test
    void decayOutsideTheUnitIntervalIsRefused() {
        assertThatThrownBy(() -> LifParameters.defaults().withDecay(0.5, 1.2))
                .hasMessage("beta: 1.2 is not allowed; must be in [0, 1]");
    }

    @Test
    void nanGradientStopsNamingLayerAndStep() {
        Network net = Network.builder(2).steps(8).lif(8, LifParameters.defaults()).readout(2, 0.0, 0.9).build(3);
        int readoutWeight = 8 * 2 + 8; // first parameter after the LIF layer's W and b
        net.parameters()[readoutWeight] = Double.NaN;
        net.forward(new double[] {0.5, -0.5}, 1);
        assertThatThrownBy(() -> net.backward(new double[] {1.0, 0.0}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("gradient: NaN in layer 0 (lif 8) at time step 7; training stopped (lower the learning rate"
                        + " or clip gradients)");
    }

    @Test
    void stateRoundTripsAndCopiesAreIndependent() throws IOException {
        Network a = Network.builder(3).steps(4).recurrentLif(5, LifParameters.defaults()).readout(2, 0, 0.9).build(7);
        Network b = Network.builder(3).steps(4).recurrentLif(5, LifParameters.defaults()).readout(2, 0, 0.9).build(8);
        assertThat(b.parameters()).isNotEqualTo(a.parameters());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        a.writeState(new DataOutputStream(bytes));
        b.readState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(b.parameters()).isEqualTo(a.parameters());
        double[] x = {0.3, -1.2, 0.8};
        assertThat(b.forward(x, 1)).isEqualTo(a.forward(x, 1));
        Network c = a.copy();
        c.parameters()[0] += 1.0;
        assertThat(c.parameters()[0]).isNotEqualTo(a.parameters()[0]);
    }

    @Test
    void clippingScalesToTheMaximumNorm() {
        double[] g = {3.0, 4.0};
        assertThat(Adam.clipNorm(g, 1.0)).isEqualTo(5.0);
        assertThat(g[0]).isCloseTo(0.6, within(1e-15));
        assertThat(g[1]).isCloseTo(0.8, within(1e-15));
        double[] small = {0.3, 0.4};
        Adam.clipNorm(small, 1.0);
        assertThat(small).containsExactly(0.3, 0.4);
    }
}
