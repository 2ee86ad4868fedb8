package org.hebb.cli.experiment.stdp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hebb.cli.UserError;
import org.hebb.cli.config.SeedDomain;
import org.hebb.report.plot.ChartFiles;
import org.hebb.report.plot.StdpTraceFigure;
import org.hebb.sim.synapse.TraceStdp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hebb experiment stdp}: the report's §3.2 (Fig. 9). Wmax 1000, Wmin 0, w 500, lambda 0.01,
 * mu_plus = mu_minus = 1, tau_tr_pre = tau_tr_post = 20 ms, dt 1 ms, 1000 ms; pre and post Bernoulli trains (a
 * spike with probability rate x dt per step, Poisson in the limit of small dt) at seeded rates (the report does not
 * state them). Two runs: {@code alpha-1/} (the report's printed
 * alpha = -1.0) and {@code alpha+1/} (the usual sign), each with {@code stdp_trace.csv} and a three-panel
 * figure {@code stdp_trace.png} + {@code .svg}.
 */
@Command(name = "stdp", mixinStandardHelpOptions = true,
        description = "Experiment 3.2: the trace STDP rule (eq. 8-12) under Bernoulli spike trains (p = rate x dt per "
                + "step); CSV + Fig. 9-style figure per alpha.")
public final class StdpExperiment implements Callable<Integer> {

    /** The step of the trains and the rule, ms. */
    static final double DT_MS = 1.0;

    @Option(names = "--out", description = "output directory (default: ${DEFAULT-VALUE})", defaultValue = "results/experiment-stdp")
    Path out;

    @picocli.CommandLine.Mixin
    org.hebb.cli.ForceOption force = new org.hebb.cli.ForceOption();

    @Option(names = "--seed", description = "seed of the spike trains, in [0, 2^64-1] (default: ${DEFAULT-VALUE})",
            defaultValue = "42")
    java.math.BigInteger seedArg;

    @Option(names = "--pre-rate", description = "presynaptic rate, Hz: a Bernoulli spike train, p = rate x 1 ms per "
            + "1 ms step (Poisson in the limit of small p), in [0, 1000] (default: ${DEFAULT-VALUE})", defaultValue = "20")
    double preRate;

    @Option(names = "--post-rate", description = "postsynaptic rate, Hz, as --pre-rate (default: ${DEFAULT-VALUE})",
            defaultValue = "20")
    double postRate;

    @Override
    public Integer call() throws IOException {
        long seed = SeedDomain.RUN.toLong(SeedDomain.RUN.check("--seed", seedArg));
        checkRate("--pre-rate", preRate);
        checkRate("--post-rate", postRate);
        java.util.List<String> lines = new java.util.ArrayList<>();
        Path written = org.hebb.cli.OutputDirectory.write(out, force.force, stage -> lines.addAll(writeInto(stage,
                seed)));
        for (String l : lines) { // the folder's name becomes its final path
            int cut = l.lastIndexOf(' ') + 1;
            System.out.println(l.substring(0, cut) + written.resolve(l.substring(cut)));
        }
        return 0;
    }

    /** Runs both signs of alpha into {@code out}; returns one line per run, each ending in its folder's name. */
    private java.util.List<String> writeInto(Path out, long seed) throws IOException {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (double alpha : new double[] {-1.0, 1.0}) {
            TraceStdpProtocol protocol = new TraceStdpProtocol(TraceStdp.Params.report(alpha), 500.0, DT_MS, 1000.0,
                    preRate, postRate, seed);
            TraceStdpProtocol.Result r = protocol.run();
            Path dir = out.resolve(alpha < 0 ? "alpha-1" : "alpha+1");
            Files.createDirectories(dir);
            writeCsv(dir.resolve("stdp_trace.csv"), r);
            String title = String.format(Locale.ROOT, "Trace STDP (eq. 8-12), alpha = %+.1f, pre %.0f Hz, post %.0f "
                    + "Hz, seed %s", alpha, preRate, postRate, Long.toUnsignedString(seed));
            ChartFiles.write(StdpTraceFigure.create(title, r.timeMs(), r.preTrace(), r.postTrace(), r.weight(),
                    r.preSpikes(), r.postSpikes()), dir, "stdp_trace", 1000, 800);
            lines.add(String.format(Locale.ROOT, "alpha %+.1f: %d pre, %d post spikes, weight 500 -> %.6f; wrote %s",
                    alpha, sum(r.preSpikes()), sum(r.postSpikes()), r.weight()[r.weight().length - 1],
                    dir.getFileName()));
        }
        return lines;
    }

    /** A rate the 1 ms Bernoulli trains can give: a spike probability rate x dt in [0, 1]. */
    private static void checkRate(String option, double hz) {
        if (!(hz >= 0 && hz <= 1000.0 / DT_MS)) {
            throw new UserError(option + ": " + hz + " Hz is not allowed; must be in [0, " + 1000.0 / DT_MS
                    + "] Hz (at most one spike per " + DT_MS + " ms step)");
        }
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int v : a) {
            s += v;
        }
        return s;
    }

    static void writeCsv(Path file, TraceStdpProtocol.Result r) {
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("time_ms,pre_trace,post_trace,weight\n");
            for (int k = 0; k < r.timeMs().length; k++) {
                w.write(r.timeMs()[k] + "," + r.preTrace()[k] + "," + r.postTrace()[k] + "," + r.weight()[k] + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
