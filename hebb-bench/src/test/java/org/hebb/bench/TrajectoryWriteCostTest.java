package org.hebb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long-run section's write-cost table covers every generation once, block by block, and the run it measured
 * left its files behind (the numbers themselves are measured by bin/bench, not asserted here).
 */
class TrajectoryWriteCostTest {

    @Test
    void tableHasOneRowPerBlockCoveringEveryGeneration(@TempDir Path dir) throws IOException {
        TrajectoryWriteCost.Result r = TrajectoryWriteCost.measure(25, dir, 10);
        List<String> rows = r.table().lines().skip(2).toList();
        assertEquals(List.of("| 1–10 |", "| 11–20 |", "| 21–25 |"),
                rows.stream().map(l -> l.substring(0, l.indexOf('|', 1) + 1)).toList());
        assertEquals(25, r.generations());
        assertTrue(r.wallSeconds() > 0);
        try (var files = Files.list(dir)) {
            assertEquals(r.directoryBytes(), files.mapToLong(f -> f.toFile().length()).sum());
        }
        assertTrue(r.directoryBytes() > 0, "the run wrote its files");
    }
}
