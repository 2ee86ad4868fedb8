package org.hebb.cli.compare;

import java.util.List;

import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.cli.config.TaskTable;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.hebb.l2l.task.TaskOptimizee;

/**
 * Reads an {@code [optimizee]} table into an optimizee: {@code name = "control"} (the spiking controller on any
 * Gymnasium task, docs/control.md), {@code "mountain-car"} (L2L's MountainCar optimizee, docs/mountain-car.md) or
 * {@code "function"} (a benchmark function, minimised; {@code function}, {@code dimensions}, {@code noise}).
 */
public final class OptimizeeTable {

    /** The names {@code [optimizee] name} accepts. */
    public static final List<String> NAMES = List.of("control", "mountain-car", "function");

    private OptimizeeTable() {
    }

    /** The optimizee the table describes. */
    public static Optimizee read(ConfigTable t) {
        String name = t.getString("name");
        return switch (name) {
            case "control", "mountain-car" -> TaskOptimizee.of(TaskTable.read(t));
            case "function" -> function(t);
            default -> throw new UserError(t.field("name") + ": \"" + name + "\" is not allowed; must be one of " + NAMES);
        };
    }

    private static Optimizee function(ConfigTable t) {
        t.allow("name", "function", "dimensions", "noise");
        String f = t.getString("function", "sphere");
        int dims = t.getInt("dimensions", 2);
        double noise = t.getDouble("noise", 0.0);
        t.rejectUnknownKeys();
        BenchmarkFunction fn;
        try {
            fn = BenchmarkFunction.valueOf(f.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError(t.field("function") + ": \"" + f + "\" is not allowed; must be one of "
                    + java.util.Arrays.stream(BenchmarkFunction.values()).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList());
        }
        if (dims < 1) {
            throw new UserError(t.field("dimensions") + ": " + dims + " is not allowed; must be >= 1");
        }
        FunctionOptimizee o = FunctionOptimizee.of(fn, dims);
        return noise > 0 ? o.withNoise(noise) : o;
    }
}
