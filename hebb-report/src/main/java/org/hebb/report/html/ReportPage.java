package org.hebb.report.html;

import static org.hebb.report.html.Html.cell;
import static org.hebb.report.html.Html.esc;
import static org.hebb.report.html.Html.num;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.trajectory.HallOfFame;
import org.hebb.l2l.trajectory.Trajectory;
import org.hebb.learn.task.EpisodeRecord;
import org.hebb.learn.task.HeldOut;
import org.hebb.learn.task.Task;

/**
 * The run's {@code report.html}: one self-contained page (figures as PNG data URIs, CSS inline, no external
 * reference) with the run's summary, the held-out test of the best controller, the figures, the hall of fame and the
 * configuration. Exact numbers ride along as {@code data-value} attributes ({@link Double#toString}) next to the
 * rounded ones people read, so tools and tests can check them. A small inline script writes how many figures the
 * browser decoded into {@code #render-check} once the page has loaded.
 */
public final class ReportPage {

    /** A figure of the page: the PNG is embedded; the SVG file beside the report is named in the caption. */
    public record Figure(String id, String title, String caption, byte[] png, String svgFile) {
    }

    /**
     * What only a MountainCar run has.
     *
     * @param settings    the optimizee's settings
     * @param heldOut     the best controller's held-out test
     * @param bestEpisode the best controller's recorded fitness episode (Fig. 16 and the raster)
     */
    public record MountainCar(Task task, HeldOut.Result heldOut, EpisodeRecord bestEpisode) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The page style, shared with {@link LearnPage}. */
    static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;color:#1a1a1a;\
            background:#fafafa;line-height:1.45}
            .partial{background:#fff4d6;border-left:4px solid #d08a00;padding:8px 12px}
            main{max-width:1160px;margin:0 auto;padding:24px 32px 48px;background:#fff}
            h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.25em;margin:32px 0 8px;border-bottom:1px solid #ddd;\
            padding-bottom:4px}h3{font-size:1.05em;margin:18px 0 6px}
            .sub{color:#555;margin:0 0 16px}
            table{border-collapse:collapse;margin:6px 0 12px;font-size:.92em}
            th,td{border:1px solid #ddd;padding:4px 10px;text-align:left;vertical-align:top}
            th{background:#f2f2f2}td[data-value]{text-align:right;font-variant-numeric:tabular-nums}
            figure{margin:20px 0;padding:0}figure img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{font-size:.9em;color:#333;margin-top:4px}
            pre{background:#f6f6f6;border:1px solid #e4e4e4;padding:10px;overflow:auto;font-size:.82em;max-height:420px}
            .verdict{display:inline-block;padding:2px 10px;border-radius:4px;font-weight:600}
            .solved{background:#d9f2d9;color:#14601a}.unsolved{background:#fbe3d6;color:#8a3200}
            footer{margin-top:32px;color:#777;font-size:.85em}
            """;

    private static final String SCRIPT = """
            window.addEventListener('load', function () {
              var imgs = document.querySelectorAll('figure img'), ok = 0;
              imgs.forEach(function (i) { if (i.complete && i.naturalWidth > 0) { ok++; } });
              var m = document.getElementById('render-check');
              m.setAttribute('data-images', ok + '/' + imgs.length);
              m.textContent = 'Figures decoded by this browser: ' + ok + ' of ' + imgs.length + '.';
            });
            """;

    private ReportPage() {
    }

    /**
     * The page.
     *
     * @param runName     the run's name (its directory's)
     * @param runJson     the run's {@code run.json}
     * @param trajectory  its trajectory
     * @param mountainCar the MountainCar parts, or null for another optimizee
     * @param figures     the figures, in page order
     */
    public static String render(String runName, JsonNode runJson, Trajectory trajectory, MountainCar mountainCar,
            List<Figure> figures) {
        return render(runName, runJson, trajectory, mountainCar, figures, null);
    }

    /**
     * The page, with the best individual's episode animated ({@link EpisodeAnimation}) when {@code bestEpisode} is
     * not null.
     */
    public static String render(String runName, JsonNode runJson, Trajectory trajectory, MountainCar mountainCar,
            List<Figure> figures, EpisodeRecord bestEpisode) {
        StringBuilder h = new StringBuilder(1 << 20);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>hebb run report: ").append(esc(runName)).append("</title>\n<style>\n").append(CSS)
                .append(bestEpisode == null ? "" : EpisodeAnimation.css())
                .append("</style>\n</head>\n<body>\n<main>\n");
        summary(h, runName, runJson, trajectory);
        if (mountainCar != null) {
            heldOut(h, mountainCar);
        }
        h.append("<h2 id=\"figures\">Figures</h2>\n");
        for (Figure f : figures) {
            h.append("<figure id=\"").append(esc(f.id())).append("\">\n<img alt=\"").append(esc(f.title()))
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(f.png()))
                    .append("\">\n<figcaption><b>").append(esc(f.title())).append(".</b> ").append(esc(f.caption()))
                    .append(" <i>(vector version: ").append(esc(f.svgFile())).append(")</i></figcaption>\n</figure>\n");
        }
        if (bestEpisode != null) {
            h.append("<h2 id=\"best-episode\">The best individual's episode</h2>\n<p class=\"sub\">Its fitness episode ")
                    .append("from reset(seed=").append(bestEpisode.seed()).append("), ").append(bestEpisode.steps())
                    .append(" steps, drawn as Gymnasium renders ").append(esc(bestEpisode.task().envId()))
                    .append(": press play or move the slider.</p>\n").append(EpisodeAnimation.section(bestEpisode, "best-episode-animation"));
        }
        hallOfFame(h, trajectory);
        configuration(h, runJson, trajectory, mountainCar);
        h.append("<footer><p id=\"render-check\" data-images=\"none\">Figures not checked (scripts off).</p>")
                .append("<p>Written by hebb report.</p></footer>\n</main>\n<script>\n").append(SCRIPT)
                .append(bestEpisode == null ? "" : EpisodeAnimation.script())
                .append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, String runName, JsonNode runJson, Trajectory t) {
        HallOfFame.Entry best = t.best();
        h.append("<h1>Run report: ").append(esc(runName)).append("</h1>\n<p class=\"sub\">")
                .append(esc(t.optimizer())).append(" on ")
                .append(esc(simpleName(runJson.path("config").path("optimizee").path("class").asText("?"))))
                .append(" · status <b>").append(esc(runJson.path("status").asText("?"))).append("</b> · ")
                .append(t.size()).append(" generations · ").append(t.evaluations()).append(" evaluations · best fitness ")
                .append(esc(fitness(best.fitness()))).append(" (generation ").append(best.generation() + 1) // 1-based, as hebb run prints them
                .append(", individual ").append(best.index() + 1).append(")</p>\n");
        String status = runJson.path("status").asText("?");
        if (!"finished".equals(status)) { // hebb report of a stopped, killed or failed run: what its checkpoint holds
            h.append("<p class=\"partial\" id=\"partial\"><b>Partial report.</b> The run has not finished (status ")
                    .append(esc(status)).append("): this report shows the ").append(t.size())
                    .append(" generations of its last checkpoint, read from its trajectory segments and generation ")
                    .append("log. <code>hebb resume</code> continues the run.</p>\n");
        }
    }

    private static void heldOut(StringBuilder h, MountainCar mc) {
        HeldOut.Result e = mc.heldOut();
        h.append("<h2 id=\"held-out\">Held-out test of the best controller</h2>\n<p>")
                .append(e.episodes()).append(" full Gymnasium <code>MountainCar-v0</code> episodes from <code>reset(seed=")
                .append(e.test().firstSeed()).append("..").append(e.test().firstSeed() + e.episodes() - 1)
                .append(")</code>, each until the goal or the registered 200-step time limit, reward −1 per step; ")
                .append("a new network per episode, as in training.</p>\n<table id=\"held-out-table\">\n")
                .append("<tr><th>success rate</th>").append(cell(e.successRate(), num(100 * e.successRate(), 1)
                        + " % (" + e.successCount() + " of " + e.episodes() + ")")).append("</tr>\n")
                .append("<tr><th>mean return</th>").append(cell(e.meanReturn(), num(e.meanReturn(), 2))).append("</tr>\n")
                .append("<tr><th>mean steps to goal</th>").append(cell(e.meanStepsToSuccess(), e.successCount() == 0
                        ? "– (no episode reached the goal)" : num(e.meanStepsToSuccess(), 2) + " (successful episodes)"))
                .append("</tr>\n<tr><th>solved (mean return ≥ ").append(num(HeldOut.threshold(e.envId()).orElse(Double.NaN), 0))
                .append(")</th><td data-value=\"").append(e.solved()).append("\"><span class=\"verdict ")
                .append(e.solved() ? "solved\">solved" : "unsolved\">not solved").append("</span></td></tr>\n</table>\n");
        EpisodeRecord b = mc.bestEpisode();
        h.append("<p>The best controller's fitness episode (<code>reset(seed=").append(b.seed()).append(")</code>, at most ")
                .append(b.task().episodeSteps()).append(" steps; Fig. 16 and the raster) ran ").append(b.steps())
                .append(" steps, reached position ").append(num(b.result().score(), 4))
                .append(b.result().terminated() ? " and the goal" : " without reaching the goal").append(".</p>\n");
    }

    private static void hallOfFame(StringBuilder h, Trajectory t) {
        List<HallOfFame.Entry> entries = t.hallOfFame().entries();
        h.append("<h2 id=\"best-individuals\">Best individuals</h2>\n<p>The hall of fame: the ").append(entries.size())
                .append(" best distinct individuals of the run, best first, with the generation and index where each ")
                .append("first appeared.</p>\n<table id=\"hall-of-fame\">\n<tr><th>rank</th><th>fitness</th>")
                .append("<th>generation</th><th>individual</th></tr>\n");
        int rank = 1;
        for (HallOfFame.Entry e : entries) {
            double[] f = e.fitness();
            StringBuilder exact = new StringBuilder();
            for (int k = 0; k < f.length; k++) {
                exact.append(k == 0 ? "" : " ").append(f[k]);
            }
            h.append("<tr class=\"hof\" data-generation=\"").append(e.generation()).append("\" data-index=\"")
                    .append(e.index()).append("\" data-fitness=\"").append(exact).append("\"><td>").append(rank++)
                    .append("</td><td>").append(esc(fitness(f))).append("</td><td>").append(e.generation() + 1)
                    .append("</td><td>").append(e.index() + 1).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void configuration(StringBuilder h, JsonNode runJson, Trajectory t, MountainCar mc) {
        h.append("<h2 id=\"configuration\">Configuration</h2>\n<h3>Optimizer: ").append(esc(t.optimizer()))
                .append("</h3>\n");
        table(h, "optimizer-parameters", t.parameters());
        if (mc != null) {
            h.append("<h3>Optimizee: MountainCar spiking controller</h3>\n");
            table(h, "optimizee-settings", optimizeeTable(runJson));
        }
        h.append("<h3>Seeds</h3>\n<pre>").append(esc(pretty(runJson.path("seeds")))).append("</pre>\n")
                .append("<h3>run.json config (SHA-256 ").append(esc(runJson.path("config_sha256").asText()))
                .append(")</h3>\n<pre>").append(esc(pretty(runJson.path("config")))).append("</pre>\n")
                .append("<h3>Sessions</h3>\n<table id=\"sessions\">\n<tr><th>started (UTC)</th><th>ended (UTC)</th>")
                .append("<th>wall s</th><th>generations</th><th>evaluations</th><th>evaluator</th><th>status</th></tr>\n");
        for (JsonNode s : runJson.path("sessions")) {
            h.append("<tr><td>").append(esc(s.path("started_utc").asText("–"))).append("</td><td>")
                    .append(esc(s.path("ended_utc").asText("–"))).append("</td><td>")
                    .append(s.has("wall_seconds") ? num(s.path("wall_seconds").asDouble(), 1) : "–").append("</td><td>")
                    .append(esc(s.path("generations").asText("–"))).append("</td><td>")
                    .append(esc(s.path("evaluations").asText("–"))).append("</td><td>")
                    .append(esc(s.path("evaluator").asText("?") + " × " + s.path("parallelism").asText("?")))
                    .append("</td><td>").append(esc(s.path("status").asText("running"))).append("</td></tr>\n");
        }
        h.append("</table>\n<h3>Provenance</h3>\n<pre>").append(esc(pretty(runJson.path("provenance"))))
                .append("</pre>\n");
    }

    /** The run's recorded {@code [optimizee]} table, key by key, as run.json holds it. */
    private static Map<String, Object> optimizeeTable(JsonNode runJson) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        runJson.path("config").path("user").path("optimizee").properties()
                .forEach(e -> m.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        return m;
    }

    private static void table(StringBuilder h, String id, Map<String, ?> m) {
        h.append("<table id=\"").append(id).append("\">\n");
        m.forEach((k, v) -> h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v))
                .append("</td></tr>\n"));
        h.append("</table>\n");
    }

    private static String fitness(double[] f) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < f.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(num(f[k], 6));
        }
        return sb.toString();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String pretty(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            return n.toString();
        }
    }
}
