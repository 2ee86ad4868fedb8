package org.hebb.cli.simulate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hebb.sim.MultimeterEvents;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SpikeEvents;
import org.hebb.sim.WeightEvents;

/**
 * Writes a recorder's events as CSV. Numbers are printed with {@link Double#toString}, which parses back to the
 * identical double. Columns: multimeter {@code sender,time_ms,<var>...}; spike_recorder {@code sender,time_ms};
 * weight_recorder {@code sender,target,time_ms,weight}.
 */
public final class RecorderCsv {
    private RecorderCsv() {
    }

    public static void write(Network net, NodeCollection recorder, Path file) throws IOException {
        String model = net.model(recorder.id(0));
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            switch (model) {
                case "multimeter" -> multimeter(net.multimeterEvents(recorder), w);
                case "spike_recorder" -> spikes(net.spikeEvents(recorder), w);
                case "weight_recorder" -> weights(net.weightEvents(recorder), w);
                default -> throw new IllegalStateException("not a recorder: " + model);
            }
        }
    }

    private static void multimeter(MultimeterEvents ev, BufferedWriter w) throws IOException {
        w.write("sender,time_ms");
        for (String v : ev.recordFrom()) {
            w.write("," + v);
        }
        w.newLine();
        double[][] columns = ev.recordFrom().stream().map(ev::values).toArray(double[][]::new);
        StringBuilder line = new StringBuilder(64);
        for (int i = 0; i < ev.senders().length; i++) {
            line.setLength(0);
            line.append(ev.senders()[i]).append(',').append(ev.times()[i]);
            for (double[] c : columns) {
                line.append(',').append(c[i]);
            }
            w.write(line.toString());
            w.newLine();
        }
    }

    private static void spikes(SpikeEvents ev, BufferedWriter w) throws IOException {
        w.write("sender,time_ms");
        w.newLine();
        for (int i = 0; i < ev.size(); i++) {
            w.write(ev.senders()[i] + "," + ev.times()[i]);
            w.newLine();
        }
    }

    private static void weights(WeightEvents ev, BufferedWriter w) throws IOException {
        w.write("sender,target,time_ms,weight");
        w.newLine();
        for (int i = 0; i < ev.size(); i++) {
            w.write(ev.senders()[i] + "," + ev.targets()[i] + "," + ev.times()[i] + "," + ev.weights()[i]);
            w.newLine();
        }
    }
}
