package org.hebb.cli.run;

import java.util.Locale;
import java.util.Map;
import org.hebb.cli.UserError;
import org.hebb.l2l.Optimizers;
import org.hebb.learn.task.Task;

/**
 * What a run keeps in memory, estimated from its config before anything is allocated or written, so a run that
 * cannot fit is refused with one line (the estimate and the heap) instead of ending in an OutOfMemoryError, possibly
 * with its directory marked running. Three parts, each from the sizes that dominate it:
 *
 * <ul>
 *   <li>optimizer: the population, its offspring, the copy handed out and the previous one, {@code 4 P} genomes of
 *       {@code G} doubles; CMA-ES two populations and three {@code G x G} matrices (covariance, eigenvectors and a
 *       work copy);</li>
 *   <li>trajectory: every generation's genomes and fitness stay in memory for the report and the HDF5 segments,
 *       {@code N P} genomes;</li>
 *   <li>networks: one spiking controller per evaluation thread: one connection per gene (source, target, delay,
 *       receptor, weight, target group and index, with the tables' growth slack) and the neurons' state and rings.</li>
 * </ul>
 * Measured (MemoryEstimateTest, after GC): GA of 2000 individuals for 25 generations, and GA of 60 individuals with
 * 2000 hidden neurons, and CMA-ES with 40 hidden neurons, each within a factor of 2.
 * The byte counts per item are those of the arrays the code allocates (8-byte doubles, 4-byte ints and compressed
 * references, 16-byte array headers); {@code MemoryEstimateTest} checks the total against the measured heap.
 *
 * @param optimizerBytes  population, offspring and optimizer state
 * @param trajectoryBytes the trajectory held in memory
 * @param networkBytes    the networks of all evaluation threads
 * @param optimizerField  the config field that drives the optimizer part ({@code optimizer.pop_size}, or the genome
 *                        size for CMA-ES's matrices) and its value
 * @param networkField    the field that drives the networks ({@code optimizee.hidden_neurons} or the genes)
 * @param generations     {@code optimizer.n_iteration}, which multiplies the trajectory, and its value
 */
public record MemoryEstimate(long optimizerBytes, long trajectoryBytes, long networkBytes, Field optimizerField,
        Field networkField, Field generations) {

    /** A config field and its value, as the refusal names them. */
    public record Field(String name, long value) {
    }

    /** Bytes of one genome held in a population or the trajectory: the array and its references. */
    static long genomeBytes(long genes) {
        return 8 * genes + 16 + 40;
    }

    /**
     * Bytes per connection of a built network: 7 columns (4-byte ints and references, an 8-byte weight), the tables'
     * doubling slack, and the weight and pair arrays a connect call builds.
     */
    static final long CONNECTION_BYTES = 96;
    /** Bytes per neuron: about 30 state and parameter columns of doubles, and three rings of a few slots. */
    static final long NEURON_BYTES = 400;

    /** The estimate for a run of {@code optimizer} (its parameters as configured) on {@code task}'s controller. */
    static MemoryEstimate of(String optimizer, Map<String, Object> parameters, long genes, Task task, int threads) {
        return of("optimizer", optimizer, parameters, genes, task, threads, true);
    }

    /**
     * The estimate for one optimizer of a config whose table is at {@code table} ({@code optimizer}, or {@code
     * optimizer[2]} in a comparison); {@code keepsTrajectory} false for a comparison, which keeps only its curves.
     */
    public static MemoryEstimate of(String table, String optimizer, Map<String, Object> parameters, long genes,
            Task task, int threads, boolean keepsTrajectory) {
        Map<String, Object> defaults = Optimizers.defaults(optimizer);
        long pop = number(parameters, defaults, "pop_size", 0);
        boolean cmaes = Optimizers.canonicalName(optimizer).equals(Optimizers.canonicalName("cmaes"));
        if (pop <= 0) { // CMA-ES's default lambda = 4 + floor(3 ln n), the smallest of the registry's populations
            pop = 4 + (long) Math.floor(3 * Math.log(Math.max(1, genes)));
        }
        long generations = Math.max(1, number(parameters, defaults, "n_iteration", 1));
        // a generation's population, its offspring, the copy handed to the evaluator and the previous one (measured)
        double optimizerBytes = (cmaes ? 2.0 : 4.0) * pop * genomeBytes(genes) + (cmaes ? 3.0 * 8 * genes * genes : 0);
        double trajectoryBytes = keepsTrajectory ? (double) generations * pop * (genomeBytes(genes) + 48) : 0;
        double networkBytes = 0;
        if (task != null) {
            long neurons = task.inputs() + task.hiddenNeurons() + task.outputs();
            networkBytes = (double) threads * (CONNECTION_BYTES * task.genes() + NEURON_BYTES * neurons
                    + genomeBytes(genes));
        }
        Field genesField = task != null && task.hiddenNeurons() > 0
                ? new Field("optimizee.hidden_neurons", task.hiddenNeurons()) : new Field("genes", genes);
        Field optimizerField = cmaes && 3.0 * 8 * genes * genes >= optimizerBytes / 2 ? genesField
                : new Field(table + ".pop_size", pop);
        return new MemoryEstimate(clamp(optimizerBytes), clamp(trajectoryBytes), clamp(networkBytes), optimizerField,
                genesField, new Field(table + ".n_iteration", generations));
    }

    /** The estimated total, bytes. */
    public long totalBytes() {
        long t = optimizerBytes + trajectoryBytes;
        t = t < 0 ? Long.MAX_VALUE : t + networkBytes;
        return t < 0 ? Long.MAX_VALUE : t;
    }

    /**
     * Refuses (one line) a run that would not fit in {@code heapBytes}, the JVM's maximum heap, naming the field to
     * lower: the one whose part alone does not fit (the population before the networks before the run's length), or
     * else the one of the largest part.
     */
    public void check(long heapBytes) {
        if (totalBytes() <= heapBytes) {
            return;
        }
        Field iterations = generations;
        Field field = optimizerBytes > heapBytes ? optimizerField : networkBytes > heapBytes ? networkField
                : trajectoryBytes > heapBytes ? iterations
                : trajectoryBytes >= Math.max(optimizerBytes, networkBytes) ? iterations
                : optimizerBytes >= networkBytes ? optimizerField : networkField;
        throw new UserError(String.format(Locale.ROOT, "%s: %d needs about %s (heap %s); population %s, "
                + "trajectory %s, networks %s: lower it, or give the JVM more heap (HEBB_JAVA_OPTS=-Xmx...)",
                field.name(), field.value(), bytes(totalBytes()), bytes(heapBytes), bytes(optimizerBytes),
                bytes(trajectoryBytes), bytes(networkBytes)));
    }

    /** A byte count as people read it: {@code 96 GB}, {@code 512 MB}, {@code 12 kB} (powers of 1000). */
    public static String bytes(long b) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
        double v = b;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return (v >= 100 || u == 0 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v))
                + " " + units[u];
    }

    private static long number(Map<String, Object> p, Map<String, Object> defaults, String key, long fallback) {
        Object v = p.containsKey(key) ? p.get(key) : defaults.get(key);
        return v instanceof Number n ? n.longValue() : fallback;
    }

    private static long clamp(double bytes) {
        return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(bytes);
    }
}
