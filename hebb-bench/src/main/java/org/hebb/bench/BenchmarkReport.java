package org.hebb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * hebb's benchmark command ({@code bin/bench}): for every workload, hebb's time measured by JMH and, in the same
 * run, Brian2's time for the same network measured by the peer scripts under {@code bench/peers/}, with the spike
 * counts of both (a comparison of two different computations is worthless), written to BENCHMARKS.md.
 *
 * <p>Usage: {@code BenchmarkReport [--quick] [--out BENCHMARKS.md] [--peers bench/peers] [--python /usr/bin/python3]
 * [--no-peer] [--only dc,population,brunel,controller,models]}
 */
public final class BenchmarkReport {

    /**
     * One measured hebb time (ms): the median of the JMH iteration scores (robust to load spikes on a shared machine,
     * and comparable with the peer's median), the JMH mean and its 99.9 % confidence half-width, the iterations.
     */
    record Score(double ms, double meanMs, double errorMs, long n, String failure) {
        boolean ok() {
            return failure == null;
        }
    }

    private final boolean quick;
    private final Brian2Peer peer;
    private final Path work;
    private final ReportMarkdown md;
    private final int warmup, measure, repeats;

    private BenchmarkReport(boolean quick, Brian2Peer peer, Path work, ReportMarkdown md) {
        this.quick = quick;
        this.peer = peer;
        this.work = work;
        this.md = md;
        warmup = quick ? 1 : 2;
        measure = quick ? 2 : 4;
        repeats = quick ? 1 : 3;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false, noPeer = false;
        Path out = Path.of("BENCHMARKS.md"), peers = Path.of("bench/peers");
        String python = "/usr/bin/python3";
        Set<String> only = Set.of("dc", "population", "brunel", "controller", "models");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--no-peer" -> noPeer = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--peers" -> peers = Path.of(args[++i]);
                case "--python" -> python = args[++i];
                case "--only" -> only = Set.of(args[++i].split(","));
                default -> {
                    System.err.println("usage: BenchmarkReport [--quick] [--out FILE] [--peers DIR] [--python PY] [--no-peer] [--only dc,population,brunel,controller,models]");
                    System.exit(2);
                }
            }
        }
        Path work = Path.of("hebb-bench/target/bench");
        Files.createDirectories(work);
        Brian2Peer peer = new Brian2Peer(python, peers.toAbsolutePath(), work.toAbsolutePath().resolve("peer-logs"));
        if (noPeer) {
            peer = null;
        } else if (!peer.available()) {
            System.out.println("PEER MISSING: " + peer.missing() + ". Install it with `" + Brian2Peer.INSTALL_HINT
                    + "` to get ratios; writing hebb's own numbers only.");
        } else {
            System.out.println("peer: Brian2 " + peer.version() + " (" + python + ")");
        }
        Instant start = Instant.now();
        ReportMarkdown md = new ReportMarkdown(Machine.probe(), Machine.loadAverage(), start, quick, peer, noPeer);
        BenchmarkReport r = new BenchmarkReport(quick, peer, work, md);
        if (only.contains("dc")) {
            r.dcPair();
        }
        if (only.contains("population")) {
            r.population(1000);
            if (!quick) {
                r.population(64000);
            }
        }
        if (only.contains("brunel")) {
            r.brunel(2000);
            if (!quick) {
                r.brunel(10000);
            }
        }
        if (only.contains("controller")) {
            r.controller();
            r.lockstep();
        }
        if (only.contains("models")) {
            r.nestModels();
        }
        md.finish(Machine.loadAverage(), Instant.now());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.writeString(tmp, md.text());
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("wrote " + out + " in " + start.until(Instant.now(), ChronoUnit.SECONDS) + " s");
    }

    // ---- the workloads ----

    private void dcPair() {
        progress("a. DC pair");
        Workloads.Built b = Workloads.dcPair();
        b.net().simulate(1000.0);
        var ev = b.net().spikeEvents(b.recorder());
        String hebbTimes = "n0 " + first5(ev.timesOf(2)) + ", n1 " + first5(ev.timesOf(3));
        Score s = jmh(DcPairBenchmark.class, "dcPair1000ms", null, null, warmup + 1, measure);
        ReportMarkdown.Section sec = md.section("a. DC pair (report §3.1)",
                "dc_generator 500 pA → iaf_psc_alpha → iaf_psc_alpha (1000 pA, delays 1 ms), 1000 ms at 0.1 ms (10,000 steps), "
                        + "V_m of both recorded at every step, spikes recorded; hebb's time includes building the network. "
                        + "Tiny: dominated by per-step overhead.", "steps/s", 10_000);
        sec.hebb(s, ev.size(), 2, 1.0);
        sec.note("hebb first spike times (ms): " + hebbTimes + ".");
        for (String target : targets(true)) {
            JsonNode j = peer("brian2_dcpair.py", List.of("--target", target, "--repeats", "" + repeats));
            sec.peer(target, j, 1.0);
            if (!j.has("error")) {
                String peerTimes = "n0 " + j.get("first_spikes_n0").toString().replace(",", ", ")
                        + ", n1 " + j.get("first_spikes_n1").toString().replace(",", ", ");
                sec.note("Brian2 " + target + " first spike times (ms): " + peerTimes
                        + (hebbTimes.equals(peerTimes) ? " (identical to hebb's)." : " (differ from hebb's)."));
            }
        }
    }

    private void population(int n) {
        progress("b. population " + n);
        Workloads.Built b = Workloads.population(n);
        b.net().simulate(1000.0);
        int spikes = b.spikes();
        b = null;
        Score s = jmh(PopulationBenchmark.class, "simulate1000ms", "neurons", "" + n, warmup, measure);
        ReportMarkdown.Section sec = md.section(String.format("b. Population update, N = %,d", n),
                "N unconnected iaf_psc_alpha, NEST's defaults, I_e = 400 pA (rheobase 375 pA), V_m uniform in [-70, -55) mV, "
                        + "spikes recorded, 1000 ms at 0.1 ms; fresh network per run, building not timed.",
                "neuron updates/s", n * 10_000.0);
        sec.hebb(s, spikes, n, 1.0);
        for (String target : targets(n <= 1000)) {
            sec.peer(target, peer("brian2_population.py", List.of("--target", target, "--neurons", "" + n,
                    "--repeats", "" + (n > 1000 ? Math.min(repeats, 2) : repeats))), 1.0);
        }
    }

    private void brunel(int ne) {
        int n = Workloads.brunelSize(ne), ce = ne / 10, ci = ce / 4;
        progress("c. Brunel NE = " + ne);
        int spikes;
        {
            Workloads.Built b = Workloads.brunel(ne, 1);
            b.net().simulate(1000.0);
            spikes = b.spikes();
        }
        System.gc();
        Score s = jmh(BrunelBenchmark.class, "simulate1000ms", "ne", "" + ne, 1, ne > 2000 ? (quick ? 1 : 2) : measure);
        long synapses = (long) n * (ce + ci);
        ReportMarkdown.Section sec = md.section(String.format("c. Brunel balanced network, N = %,d (NE %,d, CE %,d, CI %d)", n, ne, ce, ci),
                String.format("iaf_psc_alpha (tau_m 20 ms, C_m 250 pF, E_L = V_reset = 0, V_th 20 mV, t_ref 2 ms, tau_syn 0.5 ms), "
                        + "fixed_indegree CE = 0.1 NE and CI = CE/4 (%,d recurrent synapses), J = 0.1 mV PSP as %.2f pA EPSC, g = 5, "
                        + "delay 1.5 ms, external Poisson drive eta = 2 (%,.0f Hz per neuron, each neuron its own train), "
                        + "1000 ms at 0.1 ms from a fresh network (building not timed), all spikes recorded. "
                        + "Throughput = recurrent spike events delivered per second of wall time (spikes × %,d targets on average).",
                        synapses, Workloads.BRUNEL_J / Workloads.pspPeakPerPa(20, 250, 0.5),
                        1000.0 * Workloads.BRUNEL_ETA * Workloads.BRUNEL_THETA * Workloads.BRUNEL_C_M
                                / (Workloads.BRUNEL_J / Workloads.pspPeakPerPa(20, 250, 0.5) * Math.E * 20 * 0.5),
                        ce + ci),
                "recurrent events/s", Double.NaN);
        sec.eventsPerSpike(ce + ci);
        sec.hebb(s, spikes, n, 1.0);
        for (String target : targets(ne <= 2000)) {
            sec.peer(target, peer("brian2_brunel.py", List.of("--target", target, "--ne", "" + ne,
                    "--repeats", "" + (ne > 2000 ? 1 : repeats))), 1.0);
        }
        if (ne == 10000) {
            sec.anchor("NEST 3.9.0, 1 thread", 24.4, 357_813, "build 2.6 s, peak memory 1.17 GB");
            sec.anchor("NEST 3.9.0, 2 threads", 10.3, 357_813, "");
            brunelThreads(sec, ne);
        }
    }

    /**
     * Issue 13: Brunel on 1 and 2 threads (kernel status local_num_threads), measured back to back, with the mean rate
     * and ISI CV of the seed-1 run on each thread count (the same spikes: the kernel gives the same bits on any count).
     */
    private void brunelThreads(ReportMarkdown.Section sec, int ne) {
        int n = Workloads.brunelSize(ne);
        String[] stats = new String[3];
        int[] spikes = new int[3];
        for (int threads = 1; threads <= 2; threads++) {
            Workloads.Built b = Workloads.brunel(ne, 1);
            b.net().setLocalNumThreads(threads);
            b.net().simulate(1000.0);
            spikes[threads] = b.spikes();
            SpikeTrainStatistics st = SpikeTrainStatistics.of(b.net().spikeEvents(b.recorder()), 1, n, 1.0);
            stats[threads] = String.format(Locale.ROOT, "mean rate %.2f Hz, mean ISI CV %.3f over %,d neurons",
                    st.meanRateHz(), st.meanIsiCv(), st.neuronsWithCv());
        }
        System.gc();
        Score[] s = new Score[3];
        String[] load = new String[3];
        for (int threads = 1; threads <= 2; threads++) {
            s[threads] = jmh(BrunelThreadsBenchmark.class, "simulate1000ms", "threads", "" + threads, 1, quick ? 1 : 2);
            load[threads] = Machine.loadAverage();
            sec.hebbVariant(threads + (threads == 1 ? " thread" : " threads") + " (local_num_threads), back to back",
                    s[threads], spikes[threads], "load average after it " + load[threads]);
        }
        double speedup = s[1].ms() / s[2].ms();
        sec.note(String.format(Locale.ROOT, "local_num_threads 1: %s; 2: %s; %s. Speed-up 1 → 2 threads %.2f× (target 1.8×), "
                + "load average (1, 5, 15 min) after the 1-thread run %s, after the 2-thread run %s on %d cores: with a load "
                + "above 1 the second core was shared, and the speed-up measures the machine as much as the kernel.",
                stats[1], stats[2], spikes[1] == spikes[2] ? "the same spikes" : "DIFFERENT SPIKE COUNTS (a bug)",
                speedup, load[1], load[2], Runtime.getRuntime().availableProcessors()));
    }

    private void controller() throws IOException {
        progress("d. controller episode");
        Workloads.ControllerInputs in = Workloads.controllerInputs();
        Path spec = work.toAbsolutePath().resolve("controller-inputs.json");
        new ObjectMapper().writeValue(spec.toFile(), in);
        Workloads.Episode e = Workloads.controllerEpisode(in);
        Score s = jmh(ControllerEpisodeBenchmark.class, "episode", null, null, warmup + 1, measure);
        ReportMarkdown.Section sec = md.section("d. MountainCar controller episode (L2L's network)",
                "68 iaf_psc_alpha (60 dc-driven inputs with t_ref 1 ms, 5 hidden, 3 outputs), 315 synapses with the weights of a "
                        + "random genome (U(-20, 20) × 100 pA), delays 1 ms, h = 0.2 ms; one episode = build the network, then 110 × "
                        + "(set the two active input currents to 40,000 pA, simulate 20 ms, decode the output spike counts), driven "
                        + "step by step from the host language as L2L drives NEST. The input bins follow a fixed MountainCar-v0 "
                        + "trajectory (written to hebb-bench/target/bench/controller-inputs.json for the peer). Brian2 restores "
                        + "the built network instead of rebuilding it (cheaper for Brian2).",
                "episodes/s", 1.0);
        sec.hebb(s, e.spikes(), 68, 2.2);
        sec.note("hebb: sum of the 110 decoded actions " + e.actionSum() + ".");
        for (String target : targets(true)) {
            JsonNode j = peer("brian2_controller.py", List.of("--target", target, "--spec", spec.toString(),
                    "--repeats", "" + repeats));
            sec.peer(target, j, 2.2);
            if (!j.has("error")) {
                sec.note("Brian2 " + target + ": sum of decoded actions " + j.get("action_sum") + "; an episode is 110 run() calls, "
                        + "each generating code before its loop, so its wall time is far above the loop time.");
            }
        }
        sec.anchor("NEST 3.9.0, PyNEST loop", 0.21, -1, "build 6 ms + loop 207 ms; 0.32 s at 0.1 ms");
    }

    /** Workload d, lockstep: its own row beside d (d itself is unchanged). */
    private void lockstep() {
        progress("d. controller episode, lockstep");
        int block = LockstepEpisodeBenchmark.BLOCK;
        Score s = jmh(LockstepEpisodeBenchmark.class, "lockstep", null, null, warmup + 1, measure);
        Score one = jmh(LockstepEpisodeBenchmark.class, "oneAtATime", null, null, warmup + 1, measure);
        ReportMarkdown.Section sec = md.section("d. MountainCar controller episode, lockstep",
                "The main job's evaluation: " + block + " closed-loop MountainCar-v0 fitness episodes of L2L's network "
                        + "(Task.mountainCarL2L(): workload d's network, 110 steps or until the goal, reset seed 0), workload "
                        + "d's genome and " + (block - 1) + " U(-20, 20) genomes, played together by LockstepEpisodes (one "
                        + "thread's block of a 32-individual generation on 2 threads), bit for bit the one-at-a-time episodes. "
                        + "Time per episode.", "episodes/s", 1.0);
        sec.hebb(s, (int) (LockstepEpisodeBenchmark.blockSpikes() / block), 68, 2.2);
        if (one.ok()) {
            sec.note(String.format("hebb, the same episodes one at a time through the kernel (a network built per episode): "
                    + "%.3f ms per episode, %.1f× the lockstep's.", one.ms(), one.ms() / s.ms()));
        }
    }

    private void nestModels() {
        for (String model : java.util.List.of("izhikevich", "iaf_cond_exp", "iaf_cond_alpha", "aeif_cond_alpha")) {
            progress("e. " + model);
            org.hebb.sim.Network net = NestModelsBenchmark.build(model);
            org.hebb.sim.NodeCollection recorder = org.hebb.sim.NodeCollection.range(net.size(), 1);
            int before = net.spikeEvents(recorder).size();
            net.simulate(100.0);
            int spikes = net.spikeEvents(recorder).size() - before;
            Score s = jmh(NestModelsBenchmark.class, "simulate100ms", "model", model, warmup, measure);
            double[] d = NestModelsBenchmark.drive(model);
            ReportMarkdown.Section sec = md.section("e. " + model + ", N = " + NestModelsBenchmark.NEURONS,
                    String.format("%d unconnected %s, NEST's defaults, I_e = %.0f pA, V_m uniform in [%.1f, %.1f) mV, spikes "
                            + "recorded; 100 ms at 0.1 ms per operation after 100 ms of warm-up firing%s.",
                            NestModelsBenchmark.NEURONS, model, d[0], d[1], d[2],
                            model.equals("izhikevich") ? "" : " (GSL-faithful adaptive RKF45, NEST's tolerances)"),
                    "neuron updates/s", NestModelsBenchmark.NEURONS * 1000.0);
            sec.hebb(s, spikes, NestModelsBenchmark.NEURONS, 0.1);
            for (String target : targets(false)) {
                sec.peer(target, peer("brian2_models.py", List.of("--target", target, "--model", model,
                        "--neurons", "" + NestModelsBenchmark.NEURONS, "--repeats", "" + repeats)), 0.1);
            }
            if (!model.equals("izhikevich")) {
                sec.note("Brian2 integrates with its fixed-step rk4 (4 evaluations per step); hebb and NEST with GSL's adaptive "
                        + "RKF45 (7 evaluations per step and more near spikes), bit for bit NEST's trajectory.");
            }
        }
    }

    // ---- helpers ----

    private List<String> targets(boolean numpyToo) {
        if (peer == null || !peer.available()) {
            return List.of();
        }
        return numpyToo && !quick ? List.of("cython", "numpy") : List.of("cython");
    }

    private JsonNode peer(String script, List<String> args) {
        System.out.println("  Brian2: " + script + " " + String.join(" ", args));
        JsonNode j = peer.run(script, args);
        System.out.println("    " + j);
        return j;
    }

    private Score jmh(Class<?> bench, String method, String param, String value, int warm, int meas) {
        String name = bench.getSimpleName() + "." + method + (param == null ? "" : "-" + param + value);
        System.out.println("  hebb (JMH): " + name + ", " + warm + " warm-up + " + meas + " measured iterations");
        OptionsBuilder ob = new OptionsBuilder();
        ob.include(bench.getName().replace(".", "\\.") + "\\." + method + "$")
                .forks(1).warmupIterations(warm).measurementIterations(meas)
                .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.MILLISECONDS).shouldFailOnError(true)
                .output(work.resolve("jmh-" + name + ".log").toString());
        if (param != null) {
            ob.param(param, value);
        }
        try {
            var results = runHoldingLock(ob);
            if (results.isEmpty()) {
                return new Score(Double.NaN, Double.NaN, Double.NaN, 0, "no result");
            }
            RunResult rr = results.iterator().next();
            Result<?> p = rr.getPrimaryResult();
            List<Double> it = new ArrayList<>();
            rr.getBenchmarkResults().forEach(br -> br.getIterationResults().forEach(ir -> it.add(ir.getPrimaryResult().getScore())));
            Score s = new Score(median(it), p.getScore(), p.getScoreError(), p.getStatistics().getN(), null);
            System.out.printf("    median %.3f ms/op, mean %.3f ± %.3f (n = %d): %s%n", s.ms(), s.meanMs(), s.errorMs(), s.n(), it);
            return s;
        } catch (RunnerException | RuntimeException e) {
            System.out.println("    FAILED: " + e);
            return new Score(Double.NaN, Double.NaN, Double.NaN, 0, e.toString());
        }
    }

    /**
     * Runs JMH. JMH allows one run per machine (/tmp/jmh.lock) so that runs do not disturb each other; when another
     * process holds the lock this waits up to 3 minutes, then runs anyway and says so in the report.
     */
    private java.util.Collection<RunResult> runHoldingLock(OptionsBuilder ob) throws RunnerException {
        for (int attempt = 0; ; attempt++) {
            try {
                return new Runner(ob.build()).run();
            } catch (RunnerException e) {
                if (!String.valueOf(e.getMessage()).contains("JMH lock") || Boolean.getBoolean("jmh.ignoreLock")) {
                    throw e;
                }
                if (attempt >= 12) {
                    System.out.println("    another JMH run holds /tmp/jmh.lock; running concurrently with it");
                    System.setProperty("jmh.ignoreLock", "true");
                    md.warning("Another process's JMH run held the JMH lock (/tmp/jmh.lock) for over 3 minutes; "
                            + "some hebb benchmarks ran concurrently with it, so their times include that competition.");
                } else {
                    System.out.println("    another JMH run holds /tmp/jmh.lock; waiting 15 s");
                    try {
                        Thread.sleep(15_000);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        }
    }

    private static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int m = s.size() / 2;
        return s.size() % 2 == 1 ? s.get(m) : 0.5 * (s.get(m - 1) + s.get(m));
    }

    private static String first5(double[] t) {
        double[] r = Arrays.copyOf(t, Math.min(5, t.length));
        List<String> s = new ArrayList<>();
        for (double x : r) {
            s.add(String.valueOf(Math.round(x * 10) / 10.0));
        }
        return "[" + String.join(", ", s) + "]";
    }

    private static void progress(String what) {
        System.out.println("== " + what + " (load " + Machine.loadAverage() + ")");
    }
}
