package org.hebb.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hebb.learn.task.EpisodeRecord;
import org.hebb.learn.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The animation in a real headless Chromium: for each of the five tasks the page is opened at a step (its slider
 * moved there by its own handler), and the DOM Chromium dumps holds the step, the recorded action, the number of
 * spikes of that step's window and the drawn positions Gymnasium's render() gives for the recorded observation.
 */
class EpisodeAnimationTest {

    @TempDir
    Path tmp;

    static EpisodeRecord episode(Task task, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] g = new double[task.genes()];
        for (int i = 0; i < g.length; i++) {
            g[i] = rng.nextDouble(-20, 20);
        }
        return EpisodeRecord.record(task, g, seed, 40);
    }

    private String dom(Path html, int step) throws IOException, InterruptedException {
        return dom(html, "#step=" + step);
    }

    private String dom(Path html, String hash, String... extra) throws IOException, InterruptedException {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "no /usr/bin/chromium on this machine");
        Path profile = Files.createTempDirectory(tmp, "profile");
        Path out = Files.createTempFile(tmp, "dom", ".html");
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(extra));
        cmd.addAll(List.of("--dump-dom", html.toUri() + hash));
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(tmp.resolve("err.txt").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s");
        }
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("err.txt"))).isZero();
        return Files.readString(out);
    }

    private static String attr(String html, String tagPattern, String name) {
        Matcher m = Pattern.compile("<[a-z]+ [^>]*" + tagPattern + "[^>]*>").matcher(html);
        assertThat(m.find()).as("element " + tagPattern).isTrue();
        Matcher a = Pattern.compile(" data-" + name + "=\"([^\"]*)\"").matcher(m.group());
        assertThat(a.find()).as(name + " in " + m.group()).isTrue();
        return a.group(1);
    }

    private static double num(String html, String name) {
        return Double.parseDouble(attr(html, "class=\"body\"", name));
    }

    private static int spikesIn(EpisodeRecord e, int step) {
        int n = 0;
        for (int k = 0; k < e.spikeCount(); k++) {
            n += e.spikeStep(k) == step ? 1 : 0;
        }
        return n;
    }

    /** Opens the page at a step; checks step, action and spikes; returns the DOM for the task's own checks. */
    private String check(EpisodeRecord e, int step) throws Exception {
        Path page = tmp.resolve(e.task().envId() + ".html");
        String html = EpisodeAnimation.page(e, e.task().envId() + " seed " + e.seed());
        // self-contained: nothing is fetched
        assertThat(html).doesNotContain("http:", "https:", " src=", "href=", "url(", "@import", "<link");
        Files.writeString(page, html);
        String dom = dom(page, step);
        String section = "class=\"episode-animation\"";
        assertThat(attr(dom, section, "step")).isEqualTo(Integer.toString(step));
        assertThat(Double.parseDouble(attr(dom, section, "action"))).isEqualTo(e.action(step));
        assertThat(Integer.parseInt(attr(dom, section, "spikes"))).isEqualTo(spikesIn(e, step));
        return dom;
    }

    @Test
    void mountainCarDrawsTheCarWhereGymnasiumDoes() throws Exception {
        for (Task task : List.of(Task.mountainCarL2L(), Task.defaults("MountainCarContinuous-v0"))) {
            EpisodeRecord e = episode(task, 5);
            int k = Math.min(23, e.steps() - 1);
            String dom = check(e, k);
            double pos = e.input(k, 0), scale = 600 / 1.8; // mountain_car.py: world_width = max − min position
            assertThat(num(dom, "x")).isCloseTo((pos + 1.2) * scale, within(1e-9));
            assertThat(num(dom, "y")).isCloseTo(10 + (Math.sin(3 * pos) * 0.45 + 0.55) * scale, within(1e-9));
            assertThat(num(dom, "angle")).isCloseTo(Math.cos(3 * pos), within(1e-12));
        }
    }

    @Test
    void cartPoleDrawsTheCartAndPole() throws Exception {
        EpisodeRecord e = episode(Task.defaults("CartPole-v1"), 8);
        int k = Math.min(7, e.steps() - 1);
        String dom = check(e, k);
        assertThat(num(dom, "x")).isCloseTo(e.input(k, 0) * 600 / 4.8 + 300, within(1e-9)); // cartpole.py: cartx
        assertThat(num(dom, "angle")).isCloseTo(-e.input(k, 2), within(1e-12));             // pole rotated by −θ
    }

    @Test
    void pendulumDrawsTheRodTip() throws Exception {
        EpisodeRecord e = episode(Task.builderWithRanges("Pendulum-v1", new double[] {-1, -1, -8}, new double[] {1, 1, 8})
                .build(), 2);
        int k = 31;
        String dom = check(e, k);
        double th = Math.atan2(e.input(k, 1), e.input(k, 0)) + Math.PI / 2, len = 500 / 4.4;
        assertThat(num(dom, "x")).isCloseTo(250 + len * Math.cos(th), within(1e-9));
        assertThat(num(dom, "y")).isCloseTo(250 + len * Math.sin(th), within(1e-9));
    }

    @Test
    void acrobotDrawsBothLinks() throws Exception {
        EpisodeRecord e = episode(Task.builderWithRanges("Acrobot-v1", new double[] {-1, -1, -1, -1, -12.567, -28.274},
                new double[] {1, 1, 1, 1, 12.567, 28.274}).build(), 4);
        int k = 19;
        String dom = check(e, k);
        double s0 = Math.atan2(e.input(k, 1), e.input(k, 0)), s1 = Math.atan2(e.input(k, 3), e.input(k, 2));
        double scale = 500 / 4.4;
        double p1x = -Math.cos(s0) * scale, p1y = Math.sin(s0) * scale; // acrobot.py, then [:, ::-1]
        double p2x = p1x - Math.cos(s0 + s1) * scale, p2y = p1y + Math.sin(s0 + s1) * scale;
        assertThat(num(dom, "x")).isCloseTo(p1y + 250, within(1e-9));
        assertThat(num(dom, "y")).isCloseTo(p1x + 250, within(1e-9));
        assertThat(num(dom, "x2")).isCloseTo(p2y + 250, within(1e-9));
        assertThat(num(dom, "y2")).isCloseTo(p2x + 250, within(1e-9));
    }

    @Test
    void anUnknownTaskHasNoAnimation() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EpisodeAnimation.scene("LunarLander-v3"))
                .hasMessageStartingWith("env: LunarLander-v3 has no animation; animated: ");
    }

    @Test
    void playStepsThroughTheRecordedFrames() throws Exception {
        EpisodeRecord e = episode(Task.defaults("CartPole-v1"), 8);
        Path page = tmp.resolve("play.html");
        Files.writeString(page, EpisodeAnimation.page(e, "play"));
        // virtual time: the page's timer runs 2 s of frames (one per 20 ms step) before the DOM is dumped
        String dom = dom(page, "#play", "--virtual-time-budget=2000");
        int k = Integer.parseInt(attr(dom, "class=\"episode-animation\"", "step"));
        assertThat(k).as("frames played").isGreaterThan(0);
        assertThat(Double.parseDouble(attr(dom, "class=\"episode-animation\"", "action"))).isEqualTo(e.action(k));
        assertThat(num(dom, "x")).isCloseTo(e.input(k, 0) * 600 / 4.8 + 300, within(1e-9));
    }
}
