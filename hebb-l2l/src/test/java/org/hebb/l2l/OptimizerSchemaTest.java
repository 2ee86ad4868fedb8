package org.hebb.l2l;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.hebb.l2l.ga.GeneticAlgorithmParameters;
import org.hebb.l2l.search.ParameterField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each optimizer's parameters are declared once; the doc's tables, names, defaults and the GA alias follow from it. */
class OptimizerSchemaTest {
    private static final FunctionOptimizee SPHERE = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 4);

    static List<String> names() {
        return Optimizers.names();
    }

    /** docs/optimizers.md shows, under each optimizer's heading, exactly the table its schema gives. */
    @ParameterizedTest
    @MethodSource("names")
    void theDocsTableIsTheSchemas(String name) throws IOException {
        String doc = Files.readString(Path.of("../docs/optimizers.md"));
        int heading = doc.indexOf("— `" + name + "` (");
        assertThat(heading).as("a heading '… — `%s` (…)' in docs/optimizers.md", name).isPositive();
        int start = doc.indexOf("| parameter |", heading);
        int end = doc.indexOf("\n\n", start);
        assertThat(doc.substring(start, end + 1)).as("the table of %s; regenerate it from %s's schema", name, name)
                .isEqualTo(Optimizers.schema(name).markdownTable());
        assertThat(doc.indexOf("\n## ", heading + 1)).as("the table belongs to %s's section", name)
                .isGreaterThan(start);
    }

    /** The names the registry takes and the defaults it reports are the schema's fields, seed aside. */
    @ParameterizedTest
    @MethodSource("names")
    void namesAndDefaultsComeFromTheSchema(String name) {
        List<String> fields = Optimizers.schema(name).fields().stream().map(ParameterField::name).toList();
        assertThat(fields.getFirst()).isEqualTo("seed");
        assertThat(Optimizers.parameterNames(name)).containsExactlyInAnyOrderElementsOf(fields.subList(1,
                fields.size()));
        List<String> optional = Optimizers.schema(name).fields().stream()
                .filter(f -> f.kind() == ParameterField.Kind.REALS).map(ParameterField::name).toList();
        assertThat(Optimizers.defaults(name).keySet()).containsExactlyElementsOf(fields.subList(1, fields.size())
                .stream().filter(f -> !optional.contains(f)).toList());
        Optimizers.defaults(name).forEach((k, v) -> assertThat(v).as("%s.%s", name, k)
                .isInstanceOfAny(Number.class, Boolean.class, String.class, Map.class));
    }

    @Test
    void gaIsAnotherNameForTheGeneticAlgorithm() {
        assertThat(Optimizers.canonicalName("ga")).isEqualTo("genetic_algorithm");
        assertThat(Optimizers.accepts("ga")).isTrue();
        assertThat(Optimizers.names()).doesNotContain("ga");
        assertThat(Optimizers.parameterNames("ga")).isEqualTo(Optimizers.parameterNames("genetic_algorithm"));
        Map<String, Object> p = Map.of("pop_size", 10, "tourn_size", 3, "elitism", 1);
        Optimizer a = Optimizers.create("ga", p, SPHERE, 4);
        Optimizer b = Optimizers.create("genetic_algorithm", p, SPHERE, 4);
        assertThat(a.parameters()).isEqualTo(b.parameters());
        for (int g = 0; g < 3; g++) {
            Population pa = Drive.step(a, SPHERE);
            Population pb = Drive.step(b, SPHERE);
            for (int i = 0; i < pa.size(); i++) {
                assertThat(pa.genome(i)).containsExactly(pb.genome(i));
            }
        }
        assertThatThrownBy(() -> Optimizers.create("ga", Map.of("pop_size", 1), SPHERE, 4))
                .hasMessage("genetic_algorithm.pop_size: 1 is not allowed; must be >= 2");
    }

    /** The builder names every value; toMap gives them back under the same names, and reading that map is lossless. */
    @Test
    void theBuilderAndToMapRoundTrip() {
        GeneticAlgorithmParameters p = GeneticAlgorithmParameters.builder().seed(9).set("pop_size", 12)
                .set("tourn_size", 4).set("elitism", 2).set("reevaluate_all", true).build();
        assertThat(p.toMap()).containsExactly(Map.entry("seed", 9L), Map.entry("pop_size", 12),
                Map.entry("cx_prob", 0.5), Map.entry("mut_prob", 0.3), Map.entry("n_iteration", 100),
                Map.entry("ind_prob", 0.02), Map.entry("tourn_size", 4), Map.entry("mate_par", 0.5),
                Map.entry("mut_par", 1.0), Map.entry("elitism", 2), Map.entry("reevaluate_all", true));
        assertThat(GeneticAlgorithmParameters.of(p.toMap())).isEqualTo(p);
        assertThatThrownBy(() -> GeneticAlgorithmParameters.builder().set("pop_sise", 3).build())
                .hasMessageStartingWith("genetic_algorithm parameter: 'pop_sise' is not allowed; must be one of [");
    }
}
