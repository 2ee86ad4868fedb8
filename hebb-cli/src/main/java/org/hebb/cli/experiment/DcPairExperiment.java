package org.hebb.cli.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hebb.cli.OutputDirectory;
import org.hebb.cli.UserError;
import org.hebb.cli.simulate.RecorderCsv;
import org.hebb.report.plot.ChartFiles;
import org.hebb.report.plot.MembraneTraceFigure;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.MultimeterEvents;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.Models;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SpikeEvents;
import org.hebb.sim.SynSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Report §3.1 (Fig. 8): two {@code iaf_psc_alpha} neurons with NEST defaults; a 500 pA {@code dc_generator} drives
 * neuron 1, which excites neuron 2 with a 1000 pA synapse (delay 1 ms); V_m of both and their spikes over 1000 ms.
 */
@Command(name = "dc-pair", mixinStandardHelpOptions = true,
        description = "Report §3.1: a DC-driven neuron exciting a second one (Fig. 8).")
public final class DcPairExperiment implements Callable<Integer> {
    /** Simulated time, ms. */
    public static final double SIMTIME = 1000.0;

    @Option(names = "--resolution", paramLabel = "MS", defaultValue = "0.1", description = "time step h in ms (default ${DEFAULT-VALUE})")
    double resolution;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/dc-pair", description = "output directory (default ${DEFAULT-VALUE})")
    Path out;

    @picocli.CommandLine.Mixin
    org.hebb.cli.ForceOption force = new org.hebb.cli.ForceOption();

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "iaf_psc_alpha",
            description = "neuron model (default ${DEFAULT-VALUE}; also iaf_psc_exp, iaf_psc_delta)")
    String model;

    /** The network of the experiment, built and simulated; ids 1 and 2 are the neurons, as in the report. */
    public record Result(Network network, NodeCollection neurons, NodeCollection multimeter, NodeCollection spikes) {
    }

    /** Builds and simulates the experiment through hebb's NEST-style Java API. */
    public static Result run(String model, double resolution) {
        Network net = new Network(resolution, Network.DEFAULT_SEED);
        NodeCollection neurons = net.create(model, 2);
        NodeCollection dc = net.create("dc_generator", 1, Map.of("amplitude", 500.0));
        // NEST records at 0.1 ms in the report; a coarser grid records at its own step
        double interval = resolution >= 0.1 ? resolution : 0.1;
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", interval, "record_from", List.of("V_m")));
        NodeCollection sr = net.create("spike_recorder");
        net.connect(dc, neurons.get(0), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(1.0).withDelay(1.0));
        net.connect(neurons.get(0), neurons.get(1), ConnSpec.allToAll(), SynSpec.staticSynapse().withWeight(1000.0).withDelay(1.0));
        net.connect(mm, neurons);
        net.connect(neurons, sr);
        net.simulate(SIMTIME);
        return new Result(net, neurons, mm, sr);
    }

    @Override
    public Integer call() {
        if (!(resolution > 0) || !Double.isFinite(resolution)) {
            throw new UserError("--resolution: " + resolution + " is not allowed; must be a finite number > 0 ms");
        }
        double stepsPerMs = 1.0 / resolution;
        if (Math.abs(stepsPerMs - Math.rint(stepsPerMs)) > 1e-9 * stepsPerMs) {
            throw new UserError("--resolution: " + resolution + " is not allowed; must divide the experiment's 1 ms delay (e.g. 0.01, 0.1, 0.2, 1.0)");
        }
        List<String> models = traceableNeurons();
        if (!models.contains(model)) {
            throw new UserError("--model: '" + model + "' is not allowed; must be a neuron model with a membrane "
                    + "potential V_m, one of " + String.join(", ", models));
        }
        Result r;
        try {
            r = run(model, resolution);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Path dir = OutputDirectory.write(out, force.force, stage -> {
            RecorderCsv.write(r.network(), r.multimeter(), stage.resolve("vm.csv"));
            RecorderCsv.write(r.network(), r.spikes(), stage.resolve("spikes.csv"));
            ChartFiles.write(figure(r, model, resolution), stage, "fig8-dc-pair", 1200, 700);
        });
        SpikeEvents sp = r.network().spikeEvents(r.spikes());
        System.out.printf("dc-pair (%s, h = %s ms, %s ms): neuron 1 fired %d spikes, neuron 2 fired %d%n", model,
                resolution, SIMTIME, sp.timesOf(1).length, sp.timesOf(2).length);
        System.out.println("wrote " + dir.resolve("vm.csv"));
        System.out.println("wrote " + dir.resolve("spikes.csv"));
        System.out.println("wrote " + dir.resolve("fig8-dc-pair.png") + " and .svg");
        return 0;
    }

    /** The neuron models whose V_m the multimeter can record: the ones {@code --model} may name. */
    static List<String> traceableNeurons() {
        return Models.names(ModelInfo.Kind.NEURON).stream()
                .filter(m -> Models.info(m).recordables().contains("V_m")).toList();
    }

    /** Fig. 8: the two V_m traces, titled with the model and the resolution that made them. */
    static org.jfree.chart.JFreeChart figure(Result r, String model, double resolution) {
        MultimeterEvents mm = r.network().multimeterEvents(r.multimeter());
        SpikeEvents sp = r.network().spikeEvents(r.spikes());
        int n1 = r.neurons().id(0);
        int n2 = r.neurons().id(1);
        String title = String.format(java.util.Locale.ROOT, "DC-driven %s neuron and its target, h = %s ms (report "
                + "§3.1, Fig. 8)", model, resolution);
        return MembraneTraceFigure.create(title, List.of(
                new MembraneTraceFigure.Trace("neuron 1 (500 pA DC)", mm.timesOf(n1), mm.trace("V_m", n1), sp.timesOf(n1)),
                new MembraneTraceFigure.Trace("neuron 2 (target)", mm.timesOf(n2), mm.trace("V_m", n2), sp.timesOf(n2))));
    }
}
