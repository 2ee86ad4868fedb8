package org.hebb.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hebb.learn.mountaincar.EpisodeSeeding;
import org.hebb.learn.mountaincar.MountainCarConfig;
import org.junit.jupiter.api.Test;

class OptimizeeSettingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode config(String user) throws Exception {
        return JSON.readTree("{\"optimizee\":{\"class\":\"" + OptimizeeSettings.MOUNTAIN_CAR_CLASS + "\"},\"user\":"
                + user + "}");
    }

    @Test
    void readsTheRecordedOptimizeeTableWithDefaultsForMissingKeys() throws Exception {
        JsonNode c = config("{\"optimizee\":{\"hidden_neurons\":4,\"steps\":50,\"resolution\":0.1,"
                + "\"seeding\":\"mean\",\"episodes\":3,\"seed\":9}}");
        OptimizeeSettings s = OptimizeeSettings.of(c, 63 * 4);
        assertThat(OptimizeeSettings.isMountainCar(c)).isTrue();
        assertThat(s.recorded()).isTrue();
        assertThat(s.config()).isEqualTo(new MountainCarConfig(4, 0.1, 50, 20.0, 40000.0, 100.0,
                new EpisodeSeeding.Mean(3, 9)));
        assertThat(s.asTable()).containsEntry("seeding", "mean").containsEntry("episodes", 3).containsEntry("seed", 9L)
                .containsEntry("steps", 50);
    }

    @Test
    void readsTheTableAsHebbRunRecordsIt() throws Exception {
        JsonNode c = config("{\"run\":{\"h5_every\":1},\"optimizer\":{\"name\":\"ga\",\"pop_size\":32},"
                + "\"optimizee\":{\"name\":\"mountain-car\",\"hidden_neurons\":5,\"resolution\":0.2,\"steps\":110,"
                + "\"step_ms\":20.0,\"input_current\":40000.0,\"weight_scale\":100.0,\"seeding\":\"fixed\",\"seed\":3}}");
        OptimizeeSettings s = OptimizeeSettings.of(c, 315);
        assertThat(s.recorded()).isTrue();
        assertThat(s.config()).isEqualTo(MountainCarConfig.DEFAULT.withSeeding(new EpisodeSeeding.Fixed(3)));
        assertThatThrownBy(() -> OptimizeeSettings.of(config("{\"optimizee\":{\"name\":\"cart-pole\"}}"), 315))
                .hasMessage("run.json config.user.optimizee.name: \"cart-pole\" is not allowed; must be \"mountain-car\"");
    }

    @Test
    void withoutARecordedTableAssumesL2LsDefaultsForTheGenomeLength() throws Exception {
        OptimizeeSettings s = OptimizeeSettings.of(config("{}"), 63 * 7);
        assertThat(s.recorded()).isFalse();
        assertThat(s.config()).isEqualTo(MountainCarConfig.DEFAULT.withHiddenNeurons(7));
        assertThat(OptimizeeSettings.isMountainCar(JSON.readTree("{\"optimizee\":{\"class\":\"x.Sphere\"}}"))).isFalse();
    }

    @Test
    void refusesUnknownKeysBadValuesAndAGenomeOfAnotherSize() throws Exception {
        assertThatThrownBy(() -> OptimizeeSettings.of(config("{\"optimizee\":{\"stepz\":5}}"), 315))
                .hasMessageStartingWith("run.json config.user.optimizee.stepz: unknown key is not allowed");
        assertThatThrownBy(() -> OptimizeeSettings.of(config("{\"optimizee\":{\"steps\":0}}"), 315))
                .hasMessageStartingWith("run.json config.user.optimizee.steps: 0 is not allowed");
        assertThatThrownBy(() -> OptimizeeSettings.of(config("{\"optimizee\":{\"steps\":\"many\"}}"), 315))
                .hasMessageContaining("must be a whole number");
        assertThatThrownBy(() -> OptimizeeSettings.of(config("{\"optimizee\":{\"hidden_neurons\":4}}"), 315))
                .hasMessageContaining("the run's genomes have 315 genes, which needs 5");
        assertThatThrownBy(() -> OptimizeeSettings.of(config("{}"), 100))
                .hasMessageContaining("genome length: 100 is not allowed");
    }
}
