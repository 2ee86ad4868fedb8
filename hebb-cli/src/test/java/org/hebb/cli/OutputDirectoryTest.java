package org.hebb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails part way (a full disk) is reported with the file it was writing, and leaves nothing. */
class OutputDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void aFullDiskNamesTheFileAndLeavesNoOutput() {
        Path out = tmp.resolve("out");
        assertThatThrownBy(() -> OutputDirectory.write(out, stage -> {
            Files.writeString(stage.resolve("first.csv"), "a\n");
            sleep(); // distinct modification times on any file system
            Files.writeString(stage.resolve("second.csv"), "b\n");
            throw new IOException("No space left on device");
        })).satisfies(e -> assertThat(UserError.messageOf(e)).isEqualTo("cannot write " + out.toAbsolutePath()
                .resolve("second.csv") + ": No space left on device (nothing was written to " + out + ")"));
        assertThat(out).doesNotExist();
    }

    private static void sleep() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
