package org.hebb.sim.synapse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The report's trace rule (eq. 8-12) and its event-driven variant. */
class TraceStdpTest {

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @Test
    void oneTimeDrivenStepIsEquations8To12() {
        TraceStdp.Params p = TraceStdp.Params.report(-1.0);
        TraceStdp s = new TraceStdp(p, TraceStdp.Variant.TIME_DRIVEN, 500.0);
        s.step(1.0, 1, 0);
        // pre trace 1 after the spike; post 0: w_pot = 1000 (0.5 + 0.01 * 0.5 * 1) = 505, w_dep = 500 -> min(max(0, 500), 505)
        assertThat(s.preTrace()).isEqualTo(1.0);
        assertThat(s.weight()).isEqualTo(500.0);
        s.step(1.0, 0, 1);
        double pre = Math.exp(-1.0 / 20.0);
        double wPot = 1000.0 * (0.5 + 0.01 * 0.5 * pre);
        double wDep = 1000.0 * (0.5 + 0.01 * 0.5 * 1.0); // alpha = -1: eq. 11 raises the weight
        assertThat(s.preTrace()).isEqualTo(pre);
        assertThat(s.postTrace()).isEqualTo(1.0);
        assertThat(s.weight()).isEqualTo(Math.min(Math.max(0.0, wDep), wPot));
    }

    @Test
    void tracesDecayWithTheirTimeConstants() {
        TraceStdp s = new TraceStdp(new TraceStdp.Params(0.0, 1.0, 1.0, 1.0, 10.0, 30.0, 0.0, 1.0), TraceStdp.Variant.TIME_DRIVEN, 0.5);
        s.step(0.5, 1, 1);
        for (int k = 0; k < 40; k++) {
            s.step(0.5, 0, 0);
        }
        assertThat(s.preTrace()).isCloseTo(Math.exp(-20.0 / 10.0), org.assertj.core.data.Offset.offset(1e-14));
        assertThat(s.postTrace()).isCloseTo(Math.exp(-20.0 / 30.0), org.assertj.core.data.Offset.offset(1e-14));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void withPositiveAlphaEq12OnlyDepressesAndStaysInBounds(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        TraceStdp s = new TraceStdp(TraceStdp.Params.report(1.0), TraceStdp.Variant.TIME_DRIVEN, 1000.0 * rng.nextDouble());
        double prev = s.weight();
        for (int k = 0; k < 5000; k++) {
            s.step(1.0, rng.nextDouble() < 0.05 ? 1 : 0, rng.nextDouble() < 0.05 ? 1 : 0);
            assertThat(s.weight()).isBetween(0.0, prev);
            prev = s.weight();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void withNegativeAlphaEq12OnlyPotentiatesAndStaysInBounds(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        TraceStdp s = new TraceStdp(TraceStdp.Params.report(-1.0), TraceStdp.Variant.TIME_DRIVEN, 1000.0 * rng.nextDouble());
        double prev = s.weight();
        for (int k = 0; k < 5000; k++) {
            s.step(1.0, rng.nextDouble() < 0.2 ? 1 : 0, rng.nextDouble() < 0.2 ? 1 : 0);
            assertThat(s.weight()).isBetween(prev, 1000.0);
            prev = s.weight();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eventDrivenStaysInBoundsUnderRandomTrains(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        TraceStdp.Params p = new TraceStdp.Params(0.5, 1.0 + rng.nextDouble(), rng.nextDouble(), rng.nextDouble(), 20.0, 20.0, 10.0, 100.0);
        TraceStdp s = new TraceStdp(p, TraceStdp.Variant.EVENT_DRIVEN, 50.0);
        double t = 0.0;
        for (int k = 0; k < 5000; k++) {
            t += -Math.log(1.0 - rng.nextDouble()) * 5.0;
            double w = rng.nextBoolean() ? s.onPre(t) : s.onPost(t);
            assertThat(w).isBetween(10.0, 100.0);
        }
    }

    @Test
    void eventDrivenPairIsTheClassicWindow() {
        TraceStdp.Params p = new TraceStdp.Params(0.01, 1.0, 0.0, 0.0, 20.0, 20.0, 0.0, 100.0);
        for (double dt : new double[] {1.0, 5.0, 20.0, 50.0}) {
            TraceStdp causal = new TraceStdp(p, TraceStdp.Variant.EVENT_DRIVEN, 50.0);
            causal.onPre(10.0);
            causal.onPost(10.0 + dt);
            assertThat(causal.weight() - 50.0).isCloseTo(100.0 * 0.01 * Math.exp(-dt / 20.0), org.assertj.core.data.Offset.offset(1e-12));
            TraceStdp acausal = new TraceStdp(p, TraceStdp.Variant.EVENT_DRIVEN, 50.0);
            acausal.onPost(10.0);
            acausal.onPre(10.0 + dt);
            assertThat(acausal.weight() - 50.0).isCloseTo(-100.0 * 0.01 * Math.exp(-dt / 20.0), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void badInputIsOneLine() {
        assertThatThrownBy(() -> new TraceStdp.Params(0.01, 1, 1, 1, 20, 20, 10.0, 5.0)).hasMessage("Wmax: 5.0 is not allowed; must be >= Wmin = 10.0");
        assertThatThrownBy(() -> new TraceStdp.Params(-0.01, 1, 1, 1, 20, 20, 0, 5.0)).hasMessageStartingWith("lambda: -0.01 is not allowed");
        assertThatThrownBy(() -> new TraceStdp.Params(0.01, 1, 1, 1, -20, 20, 0, 5.0)).hasMessageStartingWith("tau_tr_pre: -20.0 is not allowed");
        assertThatThrownBy(() -> new TraceStdp.Params(0.01, 1, 1, 1, 20, 20, -1.0, 5.0)).hasMessageContaining("must not flip sign");
        assertThatThrownBy(() -> new TraceStdp(TraceStdp.Params.report(1.0), TraceStdp.Variant.TIME_DRIVEN, 1001.0))
                .hasMessage("weight: 1001.0 is not allowed; must be in [Wmin, Wmax] = [0.0, 1000.0]");
    }
}
