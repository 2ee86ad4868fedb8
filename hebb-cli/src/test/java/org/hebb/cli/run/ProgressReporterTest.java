package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalInt;
import org.hebb.l2l.run.GenerationEvent;
import org.hebb.l2l.trajectory.GenerationStatistics;
import org.hebb.l2l.trajectory.HallOfFame;
import org.junit.jupiter.api.Test;

/** Plain progress lines (not a terminal): the first generation of a session, every planned/20, and the last. */
class ProgressReporterTest {

    private static GenerationEvent event(int done, int planned) {
        double[] f = {done / 1000.0};
        GenerationStatistics s = new GenerationStatistics(done - 1, 4, 4, 0, f, f, new double[] {-0.25}, f, 0, f);
        return new GenerationEvent(s, new HallOfFame.Entry(done - 1, 0, new double[] {1}, f), done,
                OptionalInt.of(planned), 4, 0.01, 123.44, null);
    }

    @Test
    void linesComeEveryTwentiethOfTheRunAndAtTheEnds() {
        StringWriter w = new StringWriter();
        try (ProgressReporter p = new ProgressReporter(ProgressReporter.Mode.lines, new PrintWriter(w), 100)) {
            for (int g = 31; g <= 100; g++) { // a resumed session: 30 generations were done before
                p.onGeneration(event(g, 100));
            }
            assertThat(p.evaluations()).isEqualTo(70 * 4);
        }
        List<String> lines = w.toString().lines().toList();
        assertThat(lines).hasSize(1 + 14); // 31, then 35, 40, ..., 100
        assertThat(lines.getFirst()).startsWith("generation 31/100  best 0.0310  mean -0.2500  123.4 eval/s  ETA ");
        assertThat(lines.get(1)).startsWith("generation 35/100");
        assertThat(lines.getLast()).startsWith("generation 100/100  best 0.1000").endsWith("ETA 0:00");
    }

    @Test
    void noneModePrintsNothing() {
        StringWriter w = new StringWriter();
        try (ProgressReporter p = new ProgressReporter(ProgressReporter.Mode.none, new PrintWriter(w), 10)) {
            for (int g = 1; g <= 10; g++) {
                p.onGeneration(event(g, 10));
            }
        }
        assertThat(w.toString()).isEmpty();
    }

    @Test
    void durationsReadAsClockTimes() {
        assertThat(ProgressReporter.duration(59.4)).isEqualTo("0:59");
        assertThat(ProgressReporter.duration(125)).isEqualTo("2:05");
        assertThat(ProgressReporter.duration(3 * 3600 + 61)).isEqualTo("3:01:01");
    }

    /** The bar on an 80-column terminal: the message gives way, the bar keeps at least 20 columns. */
    @Test
    void theBarKeepsItsWidthIn80Columns() throws Exception {
        List<String> rendered = new java.util.concurrent.CopyOnWriteArrayList<>();
        me.tongfei.progressbar.ProgressBarConsumer c = new me.tongfei.progressbar.DelegatingProgressBarConsumer(
                rendered::add, 80);
        String extra = ProgressReporter.fitted(80, 1000, "-110.0000", "-183.2500", 1234.5);
        try (me.tongfei.progressbar.ProgressBar bar = ProgressReporter.newBar(c, 1000, 0, 10)) {
            bar.stepTo(455);
            bar.setExtraMessage(extra);
            bar.refresh();
            Thread.sleep(50);
        }
        String last = rendered.getLast().strip();
        assertThat(last).startsWith("generation").contains(" 455/1000 ").hasSizeLessThanOrEqualTo(80);
        String inside = last.substring(last.indexOf('[') + 1, last.indexOf(']'));
        assertThat(inside.length()).as("bar columns in: %s", last).isGreaterThanOrEqualTo(ProgressReporter.MIN_BAR);
        assertThat(extra).isEqualTo("best -110.0");
        assertThat(ProgressReporter.fitted(200, 1000, "-110.0000", "-183.2500", 1234.5))
                .isEqualTo("best -110.0000 mean -183.2500 1234.5 eval/s");
    }
}
