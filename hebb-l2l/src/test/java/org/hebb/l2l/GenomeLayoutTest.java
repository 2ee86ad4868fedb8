package org.hebb.l2l;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GenomeLayoutTest {

    @Test
    void blocksAreOrderedByNameAsL2lDictToList() {
        GenomeLayout l = GenomeLayout.of(new ParameterBlock("weights", 3), new ParameterBlock("bias", 2),
                new ParameterBlock("tau", 1));
        assertThat(l.blocks()).extracting(ParameterBlock::name).containsExactly("bias", "tau", "weights");
        assertThat(l.size()).isEqualTo(6);
        assertThat(l.offset("bias")).isZero();
        assertThat(l.offset("tau")).isEqualTo(2);
        assertThat(l.offset("weights")).isEqualTo(3);
    }

    @Test
    void blocksRoundTrip() {
        GenomeLayout l = GenomeLayout.of(new ParameterBlock("w", 3), new ParameterBlock("b", 2));
        double[] g = {1, 2, 3, 4, 5};
        Map<String, double[]> m = l.toBlocks(g);
        assertThat(m.get("b")).containsExactly(1, 2);
        assertThat(m.get("w")).containsExactly(3, 4, 5);
        assertThat(l.toGenome(m)).containsExactly(g);
    }

    @Test
    void badInputIsRejectedInOneLine() {
        assertThatThrownBy(() -> new ParameterBlock("w", 0))
                .hasMessage("parameter block w length: 0 is not allowed; must be >= 1");
        assertThatThrownBy(() -> GenomeLayout.of(new ParameterBlock("w", 1), new ParameterBlock("w", 2)))
                .hasMessage("parameter block name: 'w' is not allowed twice; names must be unique");
        GenomeLayout l = GenomeLayout.of(new ParameterBlock("w", 2));
        assertThatThrownBy(() -> l.block(new double[3], "w"))
                .hasMessage("genome length: 3 is not allowed; must be 2");
        assertThatThrownBy(() -> l.offset("x")).hasMessage("parameter block: 'x' is not allowed; must be one of [w]");
        assertThatThrownBy(() -> l.toGenome(Map.of("w", new double[1])))
                .hasMessage("parameter block w: 1 values is not allowed; must have 2 values");
    }

    @Test
    void fitnessWeightsCompareLexicographicallyOnWeightedValues() {
        FitnessWeights w = FitnessWeights.of(-1, 1);
        assertThat(w.compare(new double[] {1, 0}, new double[] {2, 0})).isPositive(); // smaller cost is better
        assertThat(w.compare(new double[] {1, 0}, new double[] {1, 5})).isNegative();
        assertThat(w.compare(new double[] {Double.NaN, 0}, new double[] {1e300, 0})).isNegative();
        assertThat(w.weightedSum(new double[] {2, 3})).isEqualTo(1.0);
        assertThat(w.worst()).containsExactly(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        assertThatThrownBy(() -> FitnessWeights.of(1, 0))
                .hasMessage("fitness_weights: [1.0, 0.0] is not allowed; every weight must be finite and non-zero");
    }
}
