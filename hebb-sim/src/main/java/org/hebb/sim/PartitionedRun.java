package org.hebb.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.hebb.sim.device.PoissonGenerator;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.NodeGroup;
import org.hebb.sim.kernel.StepBarrier;
import org.hebb.sim.neuron.NeuronGroup;
import org.hebb.sim.record.Multimeter;
import org.hebb.sim.record.RecorderGroup;
import org.hebb.sim.record.SpikeRecorderLinks;
import org.hebb.sim.synapse.SynapseTable;

/**
 * The multi-threaded kernel (kernel status {@code local_num_threads}): the neurons are cut into one contiguous range
 * of node ids per thread (cuts at multiples of 64 inside a population), each thread updates its range and delivers
 * every spike to the targets in its range only, so it alone writes their ring buffers and plastic synapses. The
 * result is the single-threaded one bit for bit, on any number of threads:
 * <ul>
 * <li>spikes are emitted in id order (thread 0's range, then thread 1's, ...), the single-threaded order;</li>
 * <li>every thread walks all spikes of the step in that order and each row in its own order (the tables' partitioned
 *     view), so the inputs meeting in a ring slot are added in the single-threaded order;</li>
 * <li>a poisson_generator's count for its {@code j}-th target comes from the {@code j}-th position of its stream
 *     ({@link org.hebb.sim.device.SplitMixStream}), whichever thread draws it.</li>
 * </ul>
 * One barrier per step (two with multimeters): the spike lists alternate by step parity, so a thread may update step
 * {@code k + 1} while another still delivers step {@code k}'s spikes (ring slots of a step are only written by the
 * thread owning them, and a delay is at least one step). Networks with other parts (devices sending currents, other
 * neuron models, plastic models that are not partitioned, spike listeners) run single-threaded, with the same result.
 */
final class PartitionedRun {

    /** The documented cap of kernel status local_num_threads. */
    static final int MAX_THREADS = 256;

    private final int threads;
    private final NeuronGroup[] neurons;
    /** [thread][neuron group]: the thread's local range {@code lo .. hi-1} of the group. */
    private final int[][] lo;
    private final int[][] hi;
    private final PoissonGenerator[] generators;
    /** Partition of every node id (0 for devices and recorders). */
    private final int[] owner;

    private PartitionedRun(int threads, NeuronGroup[] neurons, int[][] lo, int[][] hi, PoissonGenerator[] generators,
            int[] owner) {
        this.threads = threads;
        this.neurons = neurons;
        this.lo = lo;
        this.hi = hi;
        this.generators = generators;
        this.owner = owner;
    }

    /**
     * @return the partitioned plan of the network for {@code threads} threads, or null if it must run on one thread
     *         (one thread asked for, or a part that cannot be partitioned; see the class comment)
     */
    static PartitionedRun plan(int threads, List<NodeGroup> groups, SynapseTable[] tables, boolean listeners, int nodes) {
        if (threads <= 1 || listeners) {
            return null;
        }
        for (SynapseTable t : tables) {
            if (!t.deliversByPartition()) {
                return null;
            }
        }
        List<NeuronGroup> ns = new ArrayList<>();
        List<PoissonGenerator> ps = new ArrayList<>();
        long total = 0;
        for (NodeGroup g : groups) {
            if (g instanceof NeuronGroup ng && ng.updatesInBlocks()) {
                ns.add(ng);
                total += ng.size;
            } else if (g instanceof PoissonGenerator pg) {
                ps.add(pg);
            } else if (!(g instanceof RecorderGroup)) {
                return null;
            }
        }
        int[][] lo = new int[threads][ns.size()];
        int[][] hi = new int[threads][ns.size()];
        int[] owner = new int[nodes + 2];
        long before = 0;
        for (int gi = 0; gi < ns.size(); gi++) {
            NeuronGroup g = ns.get(gi);
            int prev = 0;
            for (int t = 0; t < threads; t++) {
                long cut = (t + 1) * total / threads - before; // the global cut, local to this group, rounded to 64
                int end = t == threads - 1 ? g.size : (int) Math.max(prev, Math.min(g.size, cut & ~63L));
                lo[t][gi] = prev;
                hi[t][gi] = end;
                Arrays.fill(owner, g.firstId + prev, g.firstId + end, t);
                prev = end;
            }
            before += g.size;
        }
        return new PartitionedRun(threads, ns.toArray(new NeuronGroup[0]), lo, hi, ps.toArray(new PoissonGenerator[0]), owner);
    }

    /** The spikes one thread emitted in one step, in order (no object per spike; grows, never shrinks). */
    private static final class SpikeList {
        int[] sender = new int[256];
        int count;

        void add(int src) {
            if (count == sender.length) {
                sender = Arrays.copyOf(sender, count * 2);
            }
            sender[count++] = src;
        }
    }

    /** A thread's view of the kernel during its update: its spikes go to its own list. */
    private static final class ThreadKernel implements Kernel {
        private final Kernel engine;
        SpikeList spikes;

        ThreadKernel(Kernel engine) {
            this.engine = engine;
        }

        @Override
        public void emitSpike(int sender, long step, int multiplicity, double weightFactor) {
            spikes.add(sender); // iaf models emit single spikes of factor 1
        }

        @Override
        public double resolution() {
            return engine.resolution();
        }

        @Override
        public int size() {
            return engine.size();
        }

        @Override
        public NodeGroup group(int id) {
            return engine.group(id);
        }

        @Override
        public boolean rewiring() {
            return false;
        }

        @Override
        public int minDelaySteps() {
            return engine.minDelaySteps();
        }

        @Override
        public boolean zeroCurrentsAreSilent() {
            return engine.zeroCurrentsAreSilent();
        }

        @Override
        public void sendCurrent(int sender, long step, double amp) {
            throw new UnsupportedOperationException("a partitioned update sends no currents");
        }

        @Override
        public int staticTargets(int sender) {
            return engine.staticTargets(sender);
        }

        @Override
        public void sendCurrents(int sender, long step, double[] amps) {
            throw new UnsupportedOperationException("a partitioned update sends no currents");
        }

        @Override
        public void sendPoisson(int sender, long step, double lambda, RandomGenerator rng) {
            throw new UnsupportedOperationException("a partitioned update sends no Poisson input");
        }
    }

    /**
     * Runs steps {@code from .. to-1} on {@link #threads} threads (the caller is thread 0): updates, spike recording
     * and multimeter sampling on thread 0, delivery by target partition.
     */
    void run(long from, long to, Kernel engine, SynapseTable[] tables, SynapseTable poissonTable,
            SpikeRecorderLinks recorders, NodeGroup[] samplers) {
        for (SynapseTable t : tables) {
            t.partition(owner, threads);
        }
        poissonTable.partition(owner, threads);
        SpikeList[][] lists = new SpikeList[2][threads];
        for (SpikeList[] l : lists) {
            Arrays.setAll(l, t -> new SpikeList());
        }
        StepBarrier barrier = new StepBarrier(threads);
        Throwable[] failure = new Throwable[threads];
        List<Thread> workers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            final int part = t;
            Thread w = Thread.ofPlatform().name("hebb-kernel-" + t).daemon().unstarted(() -> {
                try {
                    steps(part, from, to, engine, tables, poissonTable, lists, barrier, recorders, samplers);
                } catch (Throwable e) {
                    failure[part] = e;
                    barrier.breakBarrier();
                }
            });
            workers.add(w);
            w.start();
        }
        try {
            steps(0, from, to, engine, tables, poissonTable, lists, barrier, recorders, samplers);
        } catch (Throwable e) {
            failure[0] = e;
            barrier.breakBarrier();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the kernel threads finish", e);
            }
        }
        for (Throwable f : failure) { // the first real failure, not a thread released by the broken barrier
            if (f != null && !(f instanceof IllegalStateException && StepBarrier.BROKEN.equals(f.getMessage()))) {
                if (f instanceof RuntimeException r) {
                    throw r;
                }
                if (f instanceof Error er) {
                    throw er;
                }
                throw new IllegalStateException(f);
            }
        }
        for (int g = 0; g < generators.length; g++) { // the numbers every thread drew by position are now drawn
            PoissonGenerator pg = generators[g];
            for (int i = 0; i < pg.size; i++) {
                pg.stream(i).skip(numbersDrawn(pg, i, from, to, poissonTable));
            }
        }
    }

    /** @return how many numbers generator {@code i} of {@code pg} draws in steps {@code from .. to-1} */
    private static long numbersDrawn(PoissonGenerator pg, int i, long from, long to, SynapseTable poissonTable) {
        long n = 0;
        int targets = poissonTable.targets(pg.firstId + i);
        for (long k = from; k < to; k++) {
            double lambda = pg.lambda(i, k);
            if (lambda > 0.0) {
                n += (long) targets * PoissonGenerator.numbersPerDraw(lambda);
            }
        }
        return n;
    }

    /** The steps of thread {@code part}. */
    private void steps(int part, long from, long to, Kernel engine, SynapseTable[] tables, SynapseTable poissonTable,
            SpikeList[][] lists, StepBarrier barrier, SpikeRecorderLinks recorders, NodeGroup[] samplers) {
        final ThreadKernel view = new ThreadKernel(engine);
        final int[] myLo = lo[part], myHi = hi[part];
        final NeuronGroup[] ns = neurons;
        final PoissonGenerator[] gens = generators;
        long[][] drawn = new long[gens.length][];
        for (int g = 0; g < gens.length; g++) {
            drawn[g] = new long[gens[g].size]; // numbers drawn since the run started (thread-local copy)
        }
        for (long k = from; k < to; k++) {
            final SpikeList[] step = lists[(int) (k & 1)];
            final SpikeList mine = step[part];
            mine.count = 0;
            view.spikes = mine;
            for (int g = 0; g < ns.length; g++) {
                if (myLo[g] < myHi[g]) {
                    ns[g].update(k, view, myLo[g], myHi[g]);
                }
            }
            for (int g = 0; g < gens.length; g++) {
                PoissonGenerator pg = gens[g];
                for (int i = 0; i < pg.size; i++) {
                    double lambda = pg.lambda(i, k); // poisson_generator::update, as PoissonGenerator.update
                    if (lambda > 0.0) {
                        int src = pg.firstId + i;
                        poissonTable.deliverPoisson(src, k, lambda, pg.stream(i), drawn[g][i], part);
                        drawn[g][i] += (long) poissonTable.targets(src) * PoissonGenerator.numbersPerDraw(lambda);
                    }
                }
            }
            barrier.await(); // every spike of step k is in its list
            if (part == 0) {
                for (SpikeList l : step) {
                    for (int j = 0; j < l.count; j++) {
                        recorders.record(l.sender[j], k + 1, 1);
                    }
                }
                if (samplers.length > 0) {
                    for (NodeGroup s : samplers) {
                        s.afterStep(k, engine);
                    }
                }
            }
            if (samplers.length > 0) {
                barrier.await(); // multimeters read the state of step k before anyone updates step k + 1
            }
            for (SpikeList l : step) {
                final int[] sender = l.sender;
                for (int j = 0, n = l.count; j < n; j++) {
                    for (SynapseTable t : tables) {
                        t.deliverSpike(sender[j], k, 1, 1.0, part);
                    }
                }
            }
        }
    }
}
