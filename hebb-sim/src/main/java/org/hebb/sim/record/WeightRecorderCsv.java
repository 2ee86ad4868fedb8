package org.hebb.sim.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hebb.sim.WeightEvents;

/**
 * The {@code weight_recorder} output of any plastic synapse as CSV: header {@code sender,target,time_ms,weight},
 * one row per transmitted spike, numbers in Java's shortest round-trip form.
 *
 * <pre>{@code
 * WeightRecorderCsv.write(net.weightEvents(wr), Path.of("weights.csv"));
 * }</pre>
 */
public final class WeightRecorderCsv {

    /** The header line. */
    public static final String HEADER = "sender,target,time_ms,weight";

    private WeightRecorderCsv() {
    }

    /** Writes the events to {@code out}, header first. */
    public static void write(WeightEvents events, Appendable out) throws IOException {
        out.append(HEADER).append('\n');
        for (int i = 0; i < events.size(); i++) {
            out.append(Integer.toString(events.senders()[i])).append(',').append(Integer.toString(events.targets()[i])).append(',')
                    .append(Double.toString(events.times()[i])).append(',').append(Double.toString(events.weights()[i])).append('\n');
        }
    }

    /** Writes the events to the file {@code file} (created or replaced). */
    public static void write(WeightEvents events, Path file) {
        try (Writer w = Files.newBufferedWriter(file)) {
            write(events, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
