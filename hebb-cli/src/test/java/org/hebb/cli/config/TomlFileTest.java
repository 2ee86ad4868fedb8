package org.hebb.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hebb.cli.UserError;
import org.junit.jupiter.api.Test;

class TomlFileTest {

    @Test
    void syntaxErrorNamesTheLine() {
        String text = "resolution = 0.1\nseed = 1\n[[nodes]\nmodel = \"iaf_psc_alpha\"\n";
        assertThatThrownBy(() -> TomlFile.parse(text, "net.toml"))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("net.toml:3: TOML syntax error")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void duplicateKeyNamesItsLine() {
        assertThatThrownBy(() -> TomlFile.parse("x = 1\n\nx = 2\n", "a.toml")).hasMessageStartingWith("a.toml:3: TOML syntax error");
        assertThatThrownBy(() -> TomlFile.parse("x = 1\ny = = 2\n", "a.toml")).hasMessageStartingWith("a.toml:2: TOML syntax error");
    }

    @Test
    void unknownKeySuggestsTheClosestKnownOne() {
        ConfigTable t = TomlFile.parse("resolutoin = 0.1\n", "x");
        t.getDouble("resolution", 0.1);
        t.getLong("seed", 1);
        assertThatThrownBy(t::rejectUnknownKeys)
                .hasMessage("resolutoin: unknown key (did you mean 'resolution'?); allowed: resolution, seed");
    }

    @Test
    void nestedFieldsCarryTheirPath() {
        ConfigTable t = TomlFile.parse("[[nodes]]\nn = \"two\"\n[[nodes]]\nn = 1.5\n", "x");
        var nodes = t.getTables("nodes");
        assertThatThrownBy(() -> nodes.get(0).getLong("n")).hasMessage("nodes[0].n: \"two\" is not allowed; must be an integer");
        assertThatThrownBy(() -> nodes.get(1).getLong("n")).hasMessage("nodes[1].n: 1.5 is not allowed; must be an integer");
        assertThatThrownBy(() -> nodes.get(1).getString("model")).hasMessage("nodes[1].model: missing required key");
    }

    @Test
    void nonFiniteNumbersAreRejected() {
        ConfigTable t = TomlFile.parse("a = nan\nb = inf\nc = 2\n", "x");
        assertThatThrownBy(() -> t.getDouble("a")).hasMessage("a: NaN is not allowed; must be a finite number");
        assertThatThrownBy(() -> t.getDouble("b")).hasMessage("b: Infinity is not allowed; must be a finite number");
        assertThat(t.getDouble("c")).isEqualTo(2.0);
    }

    @Test
    void suggestionsNeedAReasonableMatch() {
        assertThat(Suggestions.didYouMean("tau_mm", java.util.List.of("tau_m", "C_m"))).isEqualTo(" (did you mean 'tau_m'?)");
        assertThat(Suggestions.didYouMean("xyzzy", java.util.List.of("tau_m", "C_m"))).isEmpty();
    }
}
