package org.hebb.report.html;

import static org.hebb.report.html.Html.cell;
import static org.hebb.report.html.Html.esc;
import static org.hebb.report.html.Html.num;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.hebb.report.LearnReport;

/**
 * A learn directory's {@code report.html}: one self-contained page (the curve as a PNG data URI, CSS inline) with the
 * run's summary, a partial-report banner if it has not finished, the learning curve, the recorded held-out test and
 * the configuration. Exact numbers ride along as {@code data-value} attributes next to the rounded ones.
 */
public final class LearnPage {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LearnPage() {
    }

    /** The page of {@code in}, with the curve {@code c} drawn in {@code png} (its vector version {@code svgFile}). */
    public static String render(LearnReport.Input in, LearnReport.Curve c, byte[] png, String svgFile) {
        JsonNode run = in.runJson();
        int n = c.episodes().length;
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>hebb learn report: ").append(esc(in.runName())).append("</title>\n<style>\n")
                .append(ReportPage.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>Learn report: ").append(esc(in.runName())).append("</h1>\n<p class=\"sub\">")
                .append(esc(in.agent())).append(" on ").append(esc(in.envId())).append(" · seed ")
                .append(run.path("seed").asLong()).append(" · status <b>").append(esc(run.path("status").asText("?")))
                .append("</b> · ").append(n).append(" episodes");
        if (run.hasNonNull("solved_at_episode")) {
            h.append(" · solved at episode ").append(run.path("solved_at_episode").asInt());
        }
        h.append("</p>\n");
        if (in.partial()) {
            h.append("<p class=\"partial\" id=\"partial\"><b>Partial report.</b> The run has not finished (status ")
                    .append(esc(run.path("status").asText())).append("); it shows the ").append(n)
                    .append(" episodes of its last checkpoint. <code>hebb resume ").append(esc(in.runName()))
                    .append("</code> continues it.</p>\n");
        }
        table(h, c, in);
        h.append("<h2 id=\"figures\">Learning curve</h2>\n<figure id=\"").append(LearnReport.CURVE)
                .append("\">\n<img alt=\"learning curve\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\">\n<figcaption><b>Learning curve.</b> ")
                .append("The return (sum of the task's rewards) of every training episode, the mean of the last 100 ")
                .append("returns from episode 100 on, and ")
                .append(in.threshold().isPresent() ? "the task's reward threshold (dashed): the trailing mean "
                        + "reaching it is solved." : "no threshold line (" + esc(in.envId())
                        + " registers none).")
                .append(" <i>(vector version: ").append(esc(svgFile)).append(")</i></figcaption>\n</figure>\n");
        evaluation(h, in);
        h.append("<h2 id=\"config\">Configuration</h2>\n<pre>");
        try {
            h.append(esc(JSON.writeValueAsString(run.path("config"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        h.append("</pre>\n<footer><p>Written by hebb report from run.json, checkpoint.bin and evaluation.json.</p>")
                .append("</footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, LearnReport.Curve c, LearnReport.Input in) {
        int n = c.episodes().length;
        h.append("<table id=\"summary\">\n<tr><th>episodes</th><td data-value=\"").append(n).append("\">").append(n)
                .append("</td></tr>\n");
        if (n > 0) {
            double last = c.returns()[n - 1];
            h.append("<tr><th>last return</th>").append(cell(last, num(last, 2))).append("</tr>\n");
            double tm = c.trailing()[n - 1];
            h.append("<tr><th>trailing-100 mean</th>").append(Double.isNaN(tm) ? "<td>none before episode 100</td>"
                    : cell(tm, num(tm, 2))).append("</tr>\n");
        }
        if (in.threshold().isPresent()) {
            double t = in.threshold().getAsDouble();
            h.append("<tr><th>reward threshold</th>").append(cell(t, num(t, 1))).append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void evaluation(StringBuilder h, LearnReport.Input in) {
        h.append("<h2 id=\"held-out\">Held-out test</h2>\n");
        JsonNode e = in.evaluation();
        if (e == null) {
            h.append("<p id=\"no-evaluation\">Not run: <code>hebb evaluate ").append(esc(in.runName()))
                    .append("</code> tests the learned agent on 100 held-out episodes and records the result here.</p>\n");
            return;
        }
        long first = e.path("first_seed").asLong();
        int episodes = e.path("episodes").asInt();
        if (!in.evaluationCurrent()) {
            h.append("<p class=\"partial\" id=\"stale-evaluation\">This test ran on an earlier checkpoint of the run; ")
                    .append("<code>hebb evaluate</code> again tests the current one.</p>\n");
        }
        h.append("<table id=\"evaluation\">\n<tr><th>policy</th><td>").append(esc(e.path("policy").asText()))
                .append("</td></tr>\n<tr><th>episodes</th><td>").append(episodes).append(" (reset(seed=").append(first)
                .append("..").append(first + episodes - 1).append("))</td></tr>\n");
        double mean = e.path("mean_return").asDouble();
        h.append("<tr><th>mean return</th>").append(cell(mean, num(mean, 2))).append("</tr>\n");
        double rate = e.path("success_rate").asDouble();
        h.append("<tr><th>success rate</th>").append(cell(rate, num(rate, 2))).append("</tr>\n")
                .append("<tr><th>solved</th><td>").append(esc(e.path("solved").asText())).append("</td></tr>\n")
                .append("</table>\n");
    }
}
