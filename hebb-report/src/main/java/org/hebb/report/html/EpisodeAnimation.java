package org.hebb.report.html;

import static org.hebb.report.html.Html.esc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hebb.learn.task.EpisodeRecord;
import org.hebb.learn.task.ObservationEncoder;
import org.hebb.learn.task.Task;

/**
 * One recorded episode as an animation in HTML, self-contained (no external reference: the data and the player are
 * inlined): the task drawn as Gymnasium's {@code render()} draws it — the car on the hill, the pole on the cart, the
 * pendulum, the acrobot — with the input neurons' currents (the bins), the spikes of the step's window, the output
 * groups' counts and the chosen action moving in step; play/pause and a step slider. Frame k is the observation fed
 * before step k and what the network made of it. {@code page.html#step=K} opens at step K (the slider's own handler
 * moves it there); {@code #play} starts playing.
 *
 * <p>Everything comes from the {@link EpisodeRecord} and its {@link Task} (the report runs no simulation).
 *
 * {@snippet :
 * Files.writeString(Path.of("episode.html"), EpisodeAnimation.page(record, "CartPole-v1, seed 3"));
 * }
 */
public final class EpisodeAnimation {

    private static final String PLAYER = resource("episode-animation.js");

    private static final String CSS = """
            .episode-animation{border:1px solid #ddd;padding:10px;margin:16px 0;max-width:620px}
            .episode-animation svg.task{width:100%;max-width:600px;display:block;background:#fff;border:1px solid #eee}
            .episode-animation svg.bins,.episode-animation svg.counts{width:100%;max-width:600px;display:block}
            .episode-animation canvas{width:100%;max-width:600px;border:1px solid #eee;display:block}
            .episode-animation .controls{display:flex;gap:10px;align-items:center;margin:6px 0}
            .episode-animation input.step{flex:1}.episode-animation .cap{font-size:.85em;color:#555;margin:6px 0 2px}
            """;

    private EpisodeAnimation() {
    }

    /** @return the stylesheet the animation needs (once per page) */
    public static String css() {
        return CSS;
    }

    /** @return the player script (once per page, after every animation's section) */
    public static String script() {
        return PLAYER;
    }

    /** A whole page holding one animation: what {@code hebb episode … --html FILE} writes. */
    public static String page(EpisodeRecord e, String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title)
                + "</title>\n<style>\nbody{font-family:system-ui,sans-serif;margin:24px}\n" + CSS + "</style>\n</head>\n"
                + "<body>\n<h1>" + esc(title) + "</h1>\n" + section(e, "episode") + "<script>\n" + PLAYER
                + "</script>\n</body>\n</html>\n";
    }

    /**
     * The animation's section (its data inlined as JSON); the page must include {@link #css()} and, after it,
     * {@link #script()}.
     *
     * @param id the section's element id
     */
    public static String section(EpisodeRecord e, String id) {
        Task task = e.task();
        if (e.steps() == 0) {
            throw new IllegalArgumentException("episode: 0 steps is not allowed; an animation needs at least one");
        }
        return "<section class=\"episode-animation\" id=\"" + esc(id) + "\" data-env=\"" + esc(task.envId()) + "\">\n"
                + "<svg class=\"task\" role=\"img\" aria-label=\"" + esc(task.envId()) + "\"></svg>\n"
                + "<div class=\"controls\"><button type=\"button\">play</button><input class=\"step\" type=\"range\" "
                + "min=\"0\" max=\"" + (e.steps() - 1) + "\" value=\"0\"><span class=\"label\"></span></div>\n"
                + "<p class=\"cap\">input neurons (current this step)</p><svg class=\"bins\"></svg>\n"
                + "<p class=\"cap\">spikes in this step's " + Html.num(task.stepMs(), 3) + " ms window (rows: output, "
                + "hidden, input neurons)</p><canvas class=\"raster\" width=\"600\" height=\"160\"></canvas>\n"
                + "<p class=\"cap\">output groups' spikes this step</p><svg class=\"counts\"></svg>\n"
                + "<script type=\"application/json\">" + data(e) + "</script>\n</section>\n";
    }

    /** The episode as the player reads it. */
    static String data(EpisodeRecord e) {
        Task task = e.task();
        int n = e.steps(), dims = task.observationDims();
        StringBuilder sb = new StringBuilder(64 * n + 16 * e.spikeCount());
        sb.append("{\"scene\":\"").append(scene(task.envId())).append("\",\"env\":\"").append(task.envId())
                .append("\",\"goal\":").append(task.envId().equals("MountainCarContinuous-v0") ? 0.45 : 0.5)
                .append(",\"steps\":").append(n).append(",\"stepMs\":").append(task.stepMs())
                .append(",\"inputs\":").append(task.inputs()).append(",\"hidden\":").append(task.hiddenNeurons())
                .append(",\"firstOutput\":").append(e.firstOutput()).append(",\"neurons\":").append(e.neurons())
                .append(",\"discrete\":").append(task.discrete()).append(",\"groups\":").append(strings(EpisodeRecord.groupNames(task)))
                .append(",\"actionLabels\":").append(strings(actionLabels(task)));
        sb.append(",\"obs\":[");
        double[] obs = new double[dims];
        double[] amps = new double[task.inputs()];
        StringBuilder enc = new StringBuilder(",\"enc\":[");
        ObservationEncoder encoder = task.encoder();
        double peak = Math.abs(task.inputCurrentPa());
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dims; d++) {
                obs[d] = e.input(i, d);
            }
            sb.append(i == 0 ? "[" : ",[");
            for (int d = 0; d < dims; d++) {
                sb.append(d == 0 ? "" : ",").append(obs[d]);
            }
            sb.append(']');
            encoder.encode(obs, amps);
            enc.append(i == 0 ? "[" : ",[");
            for (int k = 0; k < amps.length; k++) {
                enc.append(k == 0 ? "" : ",").append(Math.round(1000 * Math.min(1, Math.abs(amps[k]) / peak)) / 1000.0);
            }
            enc.append(']');
        }
        sb.append(']').append(enc).append(']');
        sb.append(",\"counts\":[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "[" : ",[");
            for (int g = 0; g < task.outputGroups(); g++) {
                sb.append(g == 0 ? "" : ",").append(e.count(i, g));
            }
            sb.append(']');
        }
        sb.append("],\"actions\":[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(task.discrete() ? Integer.toString((int) e.action(i)) : Double.toString(e.action(i)));
        }
        sb.append("],\"rewards\":[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(e.reward(i));
        }
        StringBuilder neuron = new StringBuilder("],\"spikeNeuron\":["), time = new StringBuilder("],\"spikeTime\":[");
        StringBuilder step = new StringBuilder("],\"spikeStep\":[");
        for (int k = 0; k < e.spikeCount(); k++) {
            String c = k == 0 ? "" : ",";
            neuron.append(c).append(e.neuron(k));
            time.append(c).append(e.timeMs(k));
            step.append(c).append(e.spikeStep(k));
        }
        return sb.append(neuron).append(time).append(step).append("]}").toString();
    }

    /** @return whether a task has an animation (the five classic-control tasks) */
    public static boolean animates(String envId) {
        try {
            scene(envId);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Which Gymnasium render the task has. */
    static String scene(String envId) {
        return switch (envId) {
            case "MountainCar-v0", "MountainCarContinuous-v0" -> "mountainCar";
            case "CartPole-v1" -> "cartPole";
            case "Pendulum-v1" -> "pendulum";
            case "Acrobot-v1" -> "acrobot";
            default -> throw new IllegalArgumentException("env: " + envId + " has no animation; animated: MountainCar-v0,"
                    + " MountainCarContinuous-v0, CartPole-v1, Pendulum-v1, Acrobot-v1");
        };
    }

    private static String[] actionLabels(Task task) {
        return switch (task.envId()) {
            case "MountainCar-v0" -> new String[] {"push left", "no push", "push right"};
            case "CartPole-v1" -> new String[] {"push left", "push right"};
            case "Acrobot-v1" -> new String[] {"torque −1", "torque 0", "torque +1"};
            default -> new String[0];
        };
    }

    private static String strings(String[] s) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < s.length; i++) {
            sb.append(i == 0 ? "\"" : ",\"").append(s[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append(']').toString();
    }

    private static String resource(String name) {
        try (InputStream in = EpisodeAnimation.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
