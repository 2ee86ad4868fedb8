package org.hebb.gym;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads the Gymnasium 1.4.0 reference episodes ({@code golden/gym/<EnvId>.csv.gz}, format in its README). */
final class GoldenEpisodes {

    /** One CSV row: the reset row (t = 0) or a step row. */
    record Row(int t, String action, String[] obsText, float[] obs, double reward, boolean terminated,
               boolean truncated, double[] state, DType stateDtype, String rewardText, String csvText) {
    }

    /** One episode: a fresh reset(seed) and its steps. */
    record Episode(String envId, String policy, long seed, List<Row> rows) {
        int length() {
            return rows.size() - 1;
        }

        @Override
        public String toString() {
            return envId + " " + policy + " seed " + seed;
        }
    }

    private GoldenEpisodes() {
    }

    static List<Episode> load(String envId) {
        String path = "/golden/gym/" + envId + ".csv.gz";
        try (InputStream raw = GoldenEpisodes.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8));
            String[] header = in.readLine().split(",", -1);
            int nObs = 0;
            int nState = 0;
            for (String h : header) {
                if (h.startsWith("obs")) {
                    nObs++;
                } else if (h.startsWith("state") && !h.equals("state_dtype")) {
                    nState++;
                }
            }
            Map<String, List<Row>> byEpisode = new LinkedHashMap<>();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                int k = 3;
                String action = f[k++];
                String[] obsText = new String[nObs];
                float[] obs = new float[nObs];
                for (int i = 0; i < nObs; i++) {
                    obsText[i] = f[k];
                    obs[i] = (float) Double.parseDouble(f[k++]);
                }
                String rewardText = f[k];
                double reward = f[k].isEmpty() ? Double.NaN : Double.parseDouble(f[k]);
                k++;
                boolean term = f[k++].equals("1");
                boolean trunc = f[k++].equals("1");
                double[] state = new double[nState];
                for (int i = 0; i < nState; i++) {
                    state[i] = Double.parseDouble(f[k++]);
                }
                DType dtype = DType.valueOf(f[k].toUpperCase(java.util.Locale.ROOT));
                // the columns t,action,obs...,reward,terminated,truncated as Python wrote them
                String csvText = String.join(",", java.util.Arrays.copyOfRange(f, 2, 2 + 2 + nObs + 3));
                Row row = new Row(Integer.parseInt(f[2]), action, obsText, obs, reward, term, trunc, state, dtype,
                        rewardText, csvText);
                byEpisode.computeIfAbsent(f[0] + "," + f[1], x -> new ArrayList<>()).add(row);
            }
            List<Episode> out = new ArrayList<>();
            for (var e : byEpisode.entrySet()) {
                String[] key = e.getKey().split(",");
                out.add(new Episode(envId, key[0], Long.parseLong(key[1]), e.getValue()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
