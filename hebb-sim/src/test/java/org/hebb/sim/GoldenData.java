package org.hebb.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the NEST golden CSV files copied under src/test/resources/golden/nest (gzipped or not). */
public final class GoldenData {

    /** A CSV table: header and rows of doubles. */
    record Table(List<String> header, List<double[]> rows) {
        int column(String name) {
            int c = header.indexOf(name);
            if (c < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + header);
            }
            return c;
        }
    }

    private GoldenData() {
    }

    static boolean exists(String path) {
        return GoldenData.class.getResource("/golden/nest/" + path) != null
                || GoldenData.class.getResource("/golden/nest/" + path + ".gz") != null;
    }

    static Table csv(String path) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            List<String> header = List.of(r.readLine().split(","));
            List<double[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                double[] row = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    row[i] = parse(f[i]);
                }
                rows.add(row);
            }
            return new Table(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows as raw strings (for files with text columns). */
    public static List<String[]> rawCsv(String path) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            r.readLine();
            List<String[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double parse(String s) {
        return switch (s.trim()) {
            case "pre" -> 1.0;
            case "post" -> 2.0;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s.trim());
        };
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = GoldenData.class.getResourceAsStream("/golden/nest/" + path);
        if (in != null) {
            return in;
        }
        InputStream gz = GoldenData.class.getResourceAsStream("/golden/nest/" + path + ".gz");
        if (gz == null) {
            throw new IllegalArgumentException("golden file missing: " + path);
        }
        return new GZIPInputStream(gz);
    }
}
