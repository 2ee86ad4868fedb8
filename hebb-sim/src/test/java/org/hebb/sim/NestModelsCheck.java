package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares a run with a case of the second NEST set ({@code src/test/resources/nest_models}): multimeter traces
 * by sample step and sender, and spike steps. Times are compared as steps {@code round(t / h)}, never as doubles.
 */
final class NestModelsCheck {

    /** Where the last {@link #traces} call first differed from NEST (null: nowhere), for the report line. */
    static String firstDifference;

    private NestModelsCheck() {
    }

    /**
     * Asserts every NEST sample of {@code variables} within {@code tol} of hebb's; a file without a sender column
     * belongs to {@code ids[0]}.
     *
     * @param ids hebb's node id of NEST's sender 1, 2, ...
     * @return the largest absolute difference per variable, in the order of {@code variables}
     */
    static double[] traces(String file, MultimeterEvents ev, double h, int[] ids, List<String> variables, double tol) {
        GoldenData.Table t = GoldenData.nestModels(file);
        boolean perSender = t.header().contains("sender");
        double interval = t.rows().get(0)[0];
        double[] worst = new double[variables.size()];
        firstDifference = null;
        for (int v = 0; v < variables.size(); v++) {
            int col = t.column(variables.get(v));
            for (double[] row : t.rows()) {
                int id = ids[perSender ? (int) row[t.column("sender")] - 1 : 0];
                double[] times = ev.timesOf(id);
                double[] ours = ev.trace(variables.get(v), id);
                int k = (int) Math.round(row[0] / interval) - 1; // the k-th sample of this sender
                assertThat(Math.round(times[k] / h)).isEqualTo(Math.round(row[0] / h));
                double err = Math.abs(ours[k] - row[col]);
                if (!(err <= tol)) { // NaN fails too
                    throw new AssertionError(String.format("%s %s of node %d at %s ms: hebb %s, NEST %s, |diff| %.3g > %.1g",
                            file, variables.get(v), id, row[0], ours[k], row[col], err, tol));
                }
                if (err > 0 && firstDifference == null) {
                    firstDifference = variables.get(v) + " of node " + id + " at " + row[0] + " ms: " + err;
                }
                worst[v] = Math.max(worst[v], err);
            }
        }
        return worst;
    }

    /** Asserts hebb's spike steps of every sender equal NEST's. */
    static void spikes(String file, SpikeEvents spikes, double h, int[] ids) {
        List<double[]> rows = GoldenData.nestModels(file).rows();
        int total = 0;
        for (int j = 0; j < ids.length; j++) {
            List<Long> expected = new ArrayList<>();
            for (double[] row : rows) {
                if ((int) row[0] == j + 1) {
                    expected.add(Math.round(row[1] / h));
                }
            }
            List<Long> actual = new ArrayList<>();
            for (double s : spikes.timesOf(ids[j])) {
                actual.add(Math.round(s / h));
            }
            assertThat(actual).as("%s: spike steps of node %d", file, ids[j]).isEqualTo(expected);
            total += expected.size();
        }
        assertThat(total).as("spikes in %s", file).isEqualTo(rows.size());
    }
}
