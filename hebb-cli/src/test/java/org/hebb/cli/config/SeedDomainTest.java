package org.hebb.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Path;
import org.hebb.cli.UserError;
import org.hebb.cli.run.RunConfig;
import org.hebb.cli.simulate.NetworkSpec;
import org.junit.jupiter.api.Test;

/**
 * The seed domains (docs/run.md, "Seeds"): every seed at each end of its domain is taken and recorded exactly, and
 * the first value beyond each end is refused with one line, never wrapped (2^70 used to run as seed 0; spec seeds
 * -1 and 2^64-1 used to give the same Poisson trains).
 */
class SeedDomainTest {
    static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    static final String SPEC = "simtime = 1.0\n[[nodes]]\nmodel = \"iaf_psc_alpha\"\n";

    private static String runToml(String seed) {
        return String.join("\n", "[optimizer]", "name = \"cmaes\"", "seed = " + seed, "sigma = 1.0", "n_iteration = 1",
                "[optimizee]", "name = \"control\"", "env = \"CartPole-v1\"", "");
    }

    @Test
    void runSeedsAreZeroTo2To64MinusOneAndRecordedAsGiven() {
        for (BigInteger s : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE.shiftLeft(63),
                TWO_64.subtract(BigInteger.ONE)}) {
            RunConfig c = RunConfig.read(TomlFile.parse(runToml(s.toString()), "t"));
            assertThat(Long.toUnsignedString(c.registered().seed())).isEqualTo(s.toString());
            ObjectNode user = new ObjectMapper().valueToTree(c.toUserConfig());
            assertThat(user.path("optimizer").path("seed").bigIntegerValue()).isEqualTo(s);
            RunConfig back = RunConfig.read(new ConfigTable(user.deepCopy(), "")); // resume reads run.json so
            assertThat(back.registered().seed()).isEqualTo(c.registered().seed());
        }
    }

    @Test
    void runSeedsBeyondTheEndsAreRefusedNotWrapped() {
        for (String s : new String[] {"-1", TWO_64.toString(), "1180591620717411303424"}) {
            assertThatThrownBy(() -> RunConfig.read(TomlFile.parse(runToml(s), "t"))).isInstanceOf(UserError.class)
                    .hasMessage("optimizer.seed: " + s + " is not allowed; must be an integer in [0, 2^64-1]");
        }
        assertThatThrownBy(() -> RunConfig.read(TomlFile.parse(runToml("1.5"), "t")))
                .hasMessage("optimizer.seed: 1.5 is not allowed; must be an integer in [0, 2^64-1]");
    }

    @Test
    void specSeedsAreNestsOneTo2To32MinusOne() {
        for (long ok : new long[] {1, 4294967295L}) {
            assertThat(NetworkSpec.read(TomlFile.parse("seed = " + ok + "\n" + SPEC, "s")).seed()).isEqualTo(ok);
        }
        for (String bad : new String[] {"0", "-1", "4294967296", "18446744073709551615"}) {
            assertThatThrownBy(() -> NetworkSpec.read(TomlFile.parse("seed = " + bad + "\n" + SPEC, "s")))
                    .isInstanceOf(UserError.class)
                    .hasMessage("seed: " + bad + " is not allowed; must be an integer in [1, 2^32-1] (NEST's rng_seed)");
        }
    }

    @Test
    void taskEnvSeedsAreTheTaskLayersLongs() {
        String base = "[optimizee]\nname = \"control\"\nenv = \"CartPole-v1\"\nseeding = \"fixed\"\nseed = ";
        assertThat(TaskTable.read(TomlFile.parse(base + Long.MAX_VALUE + "\n", "t").getTable("optimizee")).seeding()
                .seeds(0)).containsExactly(Long.MAX_VALUE);
        for (String bad : new String[] {"-1", "9223372036854775808"}) {
            assertThatThrownBy(() -> TaskTable.read(TomlFile.parse(base + bad + "\n", "t").getTable("optimizee")))
                    .hasMessage("optimizee.seed: " + bad + " is not allowed; must be an integer in [0, 2^63-1]");
        }
    }

    @Test
    void gymSeedsAreAnyIntegerAtLeastZero() {
        BigInteger huge = BigInteger.TEN.pow(100);
        assertThat(SeedDomain.GYM_ENV.parse("--seed", huge.toString())).isEqualTo(huge);
        assertThat(SeedDomain.GYM_ENV.parse("--seed", "0")).isZero();
        assertThatThrownBy(() -> SeedDomain.GYM_ENV.parse("--seed", "-1"))
                .hasMessage("--seed: -1 is not allowed; must be an integer >= 0");
        assertThatThrownBy(() -> SeedDomain.GYM_ENV.parse("--seed", "1e3"))
                .hasMessage("--seed: 1e3 is not allowed; must be an integer >= 0");
    }

    @Test
    void theExamplesSeedsAreInTheirDomains() {
        assertThat(NetworkSpec.read(TomlFile.read(Path.of("../examples/dc-pair.toml"))).seed()).isEqualTo(143202461L);
    }
}
