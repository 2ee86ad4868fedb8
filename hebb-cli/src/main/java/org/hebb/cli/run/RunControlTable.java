package org.hebb.cli.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hebb.cli.compare.OptimizeeTable;
import org.hebb.learn.control.ControllerConfig;
import org.hebb.learn.mountaincar.EpisodeSeeding;

/**
 * A control optimizee's settings as the {@code [optimizee]} table {@link OptimizeeTable#control} reads back to the
 * same {@link ControllerConfig}: what {@code run.json} records for {@code hebb resume}. Every key is written, defaults
 * included, so the recorded run does not depend on the defaults of the version that resumes it.
 */
final class RunControlTable {
    private RunControlTable() {
    }

    static Map<String, Object> of(ControllerConfig c) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", "control");
        t.put("env", c.envId());
        t.put("encoding", c.encoding().configName());
        t.put("neurons_per_dimension", c.perDimension());
        List<List<Double>> ranges = new ArrayList<>();
        double[] lo = c.low();
        double[] hi = c.high();
        for (int d = 0; d < lo.length; d++) {
            ranges.add(List.of(lo[d], hi[d]));
        }
        t.put("ranges", ranges);
        t.put("field_width", c.fieldWidth());
        t.put("input_current", c.inputCurrentPa());
        t.put("hidden_neurons", c.hiddenNeurons());
        t.put("group_size", c.groupSize());
        t.put("default_action", c.defaultAction());
        t.put("gain", c.gain());
        t.put("resolution", c.resolutionMs());
        t.put("step_ms", c.stepMs());
        t.put("weight_scale", c.weightScalePa());
        t.put("weight_bound", c.weightBound());
        t.put("steps", c.maxSteps());
        putSeeding(t, c.seeding());
        return t;
    }

    /** {@code seeding} and its {@code seed}/{@code episodes}, as both optimizee tables read them. */
    static void putSeeding(Map<String, Object> t, EpisodeSeeding s) {
        switch (s) {
            case EpisodeSeeding.PerGeneration p -> t.put("seeding", "generation");
            case EpisodeSeeding.Fixed f -> {
                t.put("seeding", "fixed");
                t.put("seed", f.seed());
            }
            case EpisodeSeeding.Mean m -> {
                t.put("seeding", "mean");
                t.put("episodes", m.episodes());
                t.put("seed", m.firstSeed());
            }
        }
    }
}
