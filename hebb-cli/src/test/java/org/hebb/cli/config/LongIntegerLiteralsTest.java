package org.hebb.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** 19-digit integers read exactly despite the TOML reader's bug (jackson-dataformats-text#663). */
class LongIntegerLiteralsTest {

    @Test
    void nineteenDigitIntegersReadExactly() {
        for (String v : new String[] {"1000000000000000000", "9223372036854775807", "1234567890123456789",
                "+1234567890123456789"}) {
            ConfigTable t = TomlFile.parse("x = " + v + "\ny = [1, " + v + "] # " + v + "\n", "t");
            BigInteger want = new BigInteger(v);
            assertThat(t.raw("x").bigIntegerValue()).isEqualTo(want);
            assertThat(t.raw("y").get(1).bigIntegerValue()).isEqualTo(want);
        }
        assertThat(TomlFile.parse("x = 1_000_000_000_000_000_000", "t").raw("x").bigIntegerValue())
                .isEqualTo(BigInteger.TEN.pow(18));
    }

    @Test
    void stringsCommentsFloatsAndOtherSizesAreUntouched() {
        String text = "a = \"1000000000000000000\"\nb = 1000000000000000000.5\nc = 18446744073709551615\n"
                + "d = 123 # 1000000000000000000\ne = '''\n1000000000000000000\n'''\n";
        assertThat(LongIntegerLiterals.rewrite(text, "t")).isSameAs(text);
        ConfigTable t = TomlFile.parse(text, "t");
        assertThat(t.raw("a").textValue()).isEqualTo("1000000000000000000");
        assertThat(t.raw("c").bigIntegerValue()).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(t.raw("e").textValue()).isEqualTo("1000000000000000000\n");
    }

    @Test
    void aNegativeNineteenDigitIntegerIsRefusedWithItsLine() {
        assertThatThrownBy(() -> TomlFile.parse("a = 1\nx = -1000000000000000000\n", "c.toml"))
                .hasMessage("c.toml:2: -1000000000000000000 is not allowed; the TOML reader cannot read a negative "
                        + "integer of 19 digits exactly (no value hebb takes is one)");
    }
}
