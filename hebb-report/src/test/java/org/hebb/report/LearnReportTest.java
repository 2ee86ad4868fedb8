package org.hebb.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a learn directory from records made up here, so every number on it is known: 150 episodes with
 * return e (episode e), whose trailing-100 mean at episode e ≥ 100 is the mean of e−99..e = e − 49.5.
 */
class LearnReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String csv(int episodes) {
        StringBuilder sb = new StringBuilder("episode,return,steps,trailing100_mean\n");
        for (int e = 1; e <= episodes; e++) {
            sb.append(e).append(',').append(e).append(',').append(e).append(',')
                    .append(e >= 100 ? Double.toString(e - 49.5) : "").append('\n');
        }
        return sb.toString();
    }

    static ObjectNode runJson(String status) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", "learn");
        n.put("status", status);
        n.put("seed", 7);
        n.putObject("config").putObject("agent").put("env", "CartPole-v1");
        return n;
    }

    @Test
    void theCurveReadsWhatLearningCsvRecords() {
        LearnReport.Curve c = LearnReport.curve(csv(150));
        assertThat(c.episodes()).hasSize(150).startsWith(1, 2).endsWith(150);
        assertThat(c.returns()[41]).isEqualTo(42.0);
        assertThat(c.trailing()[98]).isNaN();
        assertThat(c.trailing()[99]).isEqualTo(50.5); // mean of 1..100
        assertThat(c.trailing()[149]).isEqualTo(100.5); // mean of 51..150
        assertThatThrownBy(() -> LearnReport.curve("episode,steps\n1,2\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("learning.csv: header [episode, steps] is not allowed; must name return");
        assertThatThrownBy(() -> LearnReport.curve(csv(3).replace("2,2,2,", "2,x,2,")))
                .hasMessage("learning.csv: line 3 is not allowed; must be 4 comma-separated numbers");
    }

    @Test
    void aStoppedRunGetsAPartialReportWithTheThresholdAndNoTest(@TempDir Path dir) throws Exception {
        Path html = LearnReport.write(dir, new LearnReport.Input("cp", runJson("stopped"), csv(150), "CartPole-v1",
                "snn ppo", OptionalDouble.of(475), null, false));
        String page = Files.readString(html);
        assertThat(page).contains("id=\"partial\"", "The run has not finished (status stopped); it shows the 150"
                + " episodes of its last checkpoint", "id=\"no-evaluation\"", "data:image/png;base64,",
                "<td data-value=\"100.5\">100.5</td>", "<td data-value=\"475.0\">475</td>");
        String svg = Files.readString(dir.resolve("learning-curve.svg"));
        assertThat(svg).contains("solved threshold 475", "episode (training episodes, from 1)", "trailing-100 mean",
                "(partial: the run has not finished)");
        assertThat(dir.resolve("learning-curve.png")).isNotEmptyFile();
        LearnReport.Curve c = LearnReport.curve(csv(150));
        var plot = (org.jfree.chart.plot.XYPlot) org.hebb.report.figures.LearningCurveFigure.create(c.episodes(),
                c.returns(), c.trailing(), OptionalDouble.of(475), "t", null).getPlot();
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("return (sum of rewards per episode)"); // drawn rotated
        assertThat(plot.getDataset().getItemCount(1)).as("the trailing mean from episode 100 on").isEqualTo(51);
        assertThat(plot.getRangeAxis().getRange().contains(475)).as("the threshold in view").isTrue();
    }

    @Test
    void aFinishedRunShowsItsRecordedTestAndSaysWhenItIsStale(@TempDir Path dir) throws Exception {
        ObjectNode ev = JSON.createObjectNode();
        ev.put("policy", "plasticity frozen");
        ev.put("first_seed", 10000);
        ev.put("episodes", 100);
        ev.put("mean_return", 481.25);
        ev.put("success_rate", 0.9);
        ev.put("solved", "yes");
        String page = Files.readString(LearnReport.write(dir, new LearnReport.Input("cp", runJson("solved"), csv(120),
                "CartPole-v1", "plasticity agent (mstdpet)", OptionalDouble.of(475), ev, true)));
        assertThat(page).doesNotContain("id=\"partial\"", "id=\"stale-evaluation\"")
                .contains("<td data-value=\"481.25\">481.25</td>", "100 (reset(seed=10000..10099))",
                        "<td>yes</td>");
        String stale = Files.readString(LearnReport.write(dir, new LearnReport.Input("cp", runJson("solved"),
                csv(120), "CartPole-v1", "plasticity agent (mstdpet)", OptionalDouble.of(475), ev, false)));
        assertThat(stale).contains("id=\"stale-evaluation\"");
        String none = Files.readString(LearnReport.write(dir, new LearnReport.Input("p", runJson("budget"), csv(5),
                "Pendulum-v1", "ann dqn", OptionalDouble.empty(), null, false)));
        assertThat(none).contains("no threshold line (Pendulum-v1 registers none)");
        assertThat(Files.readString(dir.resolve("learning-curve.svg"))).doesNotContain("solved threshold");
    }
}
