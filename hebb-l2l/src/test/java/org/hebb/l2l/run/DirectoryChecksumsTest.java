package org.hebb.l2l.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest for directories without a checkpoint: known SHA-256 values, and each kind of damage named. */
class DirectoryChecksumsTest {
    @TempDir
    Path dir;

    @Test
    void theManifestHoldsTheFilesSha256InSha256sumFormat() throws IOException {
        Files.writeString(dir.resolve("b.csv"), "abc");
        Files.writeString(dir.resolve("a.bin"), "");
        DirectoryChecksums.write(dir, List.of("b.csv", "a.bin"));
        // FIPS 180-2 / NIST test vectors: SHA-256("") and SHA-256("abc")
        assertThat(Files.readString(dir.resolve(DirectoryChecksums.FILE))).isEqualTo(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.bin\n"
                + "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  b.csv\n");
        assertThat(DirectoryChecksums.verify(dir)).isEmpty();
    }

    @Test
    void damageIsNamedOneLineEach() throws IOException {
        Files.writeString(dir.resolve("weights.h5"), "weights");
        Files.writeString(dir.resolve("learning.csv"), "episode,return\n");
        DirectoryChecksums.write(dir, List.of("weights.h5", "learning.csv"));
        Files.writeString(dir.resolve("weights.h5"), "weightz");
        Files.delete(dir.resolve("learning.csv"));
        assertThat(DirectoryChecksums.verify(dir)).containsExactly(
                dir.resolve("learning.csv") + ": missing is not allowed; checksums.sha256 names it",
                dir.resolve("weights.h5") + ": SHA-256 differs from checksums.sha256's is not allowed; the file (or"
                        + " the manifest) is damaged or another run's: restore it from a copy, or run again");
        Files.writeString(dir.resolve(DirectoryChecksums.FILE), "not a line\n");
        assertThat(DirectoryChecksums.verify(dir)).containsExactly(dir.resolve(DirectoryChecksums.FILE)
                + ": line 1 is not allowed; must be 'SHA256HEX  NAME' (the file is damaged)");
        Files.delete(dir.resolve(DirectoryChecksums.FILE));
        assertThat(DirectoryChecksums.verify(dir)).hasSize(1).first().asString().contains("missing");
        assertThatThrownBy(() -> DirectoryChecksums.write(dir, List.of("../x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'../x' is not allowed");
    }
}
