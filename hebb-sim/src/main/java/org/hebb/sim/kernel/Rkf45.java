package org.hebb.sim.kernel;

/**
 * The adaptive Runge–Kutta–Fehlberg (4, 5) integrator every ODE model of hebb uses, written to take the same
 * floating-point path as GSL 2.7.1's legacy {@code gsl_odeiv} interface that NEST's conductance-based models call:
 * {@code gsl_odeiv_evolve_apply} with {@code gsl_odeiv_step_rkf45} and the standard step-size control
 * ({@code gsl_odeiv_control_standard_new(eps_abs, eps_rel, a_y, a_dydt)}; {@code control_y_new} is
 * {@code a_y = 1, a_dydt = 0}, {@code control_yp_new} is {@code a_y = 0, a_dydt = 1}). A re-implementation from
 * the method's description and the rules below, not a copy of GSL's code; the rules are the ones that decide the
 * bits (nest_models/README.md):
 * <ul>
 * <li>the derivative at the start of an {@link #apply} is evaluated once, also when a step is retried;</li>
 * <li>a trial step not smaller than what is left of the interval is clipped to it (backed off by ulps while
 *     {@code t0 + h0} would pass {@code t1}), and that final step sets {@code t = t1} exactly;</li>
 * <li>a step the control wants smaller is retried only if the new size is smaller and moves t by at least an ulp;
 *     otherwise it is kept with its old size;</li>
 * <li>the size carried to the next call is the adjusted size of the last step, clipped or not;</li>
 * <li>the control: {@code D0 = eps_rel (a_y |y| + a_dydt |h_old y'|) + eps_abs} per component, {@code rmax} the
 *     largest {@code |err| / |D0|} (from {@code DBL_MIN}); {@code rmax > 1.1}: {@code r = 0.9 / rmax^(1/5)}, at least
 *     0.2; {@code rmax < 0.5}: {@code r = 0.9 / rmax^(1/6)} within [1, 5]; then {@code h = r h_old}.</li>
 * </ul>
 * Evaluating the derivative at the output is left out when {@code a_dydt = 0} (control_y_new): it enters the
 * control only as {@code 0 |h y'|}, which is +0 for every finite derivative.
 *
 * <p>One instance holds the scratch vectors of one system size and is reused for every neuron of a population; the
 * step size ({@link #step}) is per neuron state that the caller loads and stores around each call (NEST's
 * {@code B_.IntegrationStep_}).
 */
public final class Rkf45 {

    /** The right-hand side {@code dy/dt = f(t, y)}: writes {@code f} from {@code y}, touching nothing else. */
    @FunctionalInterface
    public interface OdeSystem {
        void derivatives(double t, double[] y, double[] f);
    }

    // Fehlberg's tableau (Hairer, Nørsett & Wanner, Solving ODEs I, Table 5.1), each entry a rounded quotient.
    private static final double A2 = 1.0 / 4.0, A3 = 3.0 / 8.0, A4 = 12.0 / 13.0, A5 = 1.0, A6 = 1.0 / 2.0;
    private static final double B31 = 3.0 / 32.0, B32 = 9.0 / 32.0;
    private static final double B41 = 1932.0 / 2197.0, B42 = -7200.0 / 2197.0, B43 = 7296.0 / 2197.0;
    private static final double B51 = 8341.0 / 4104.0, B52 = -32832.0 / 4104.0, B53 = 29440.0 / 4104.0, B54 = -845.0 / 4104.0;
    private static final double B61 = -6080.0 / 20520.0, B62 = 41040.0 / 20520.0, B63 = -28352.0 / 20520.0,
            B64 = 9295.0 / 20520.0, B65 = -5643.0 / 20520.0;
    /** The fifth-order weights the solution advances with. */
    private static final double C1 = 902880.0 / 7618050.0, C3 = 3953664.0 / 7618050.0, C4 = 3855735.0 / 7618050.0,
            C5 = -1371249.0 / 7618050.0, C6 = 277020.0 / 7618050.0;
    /** Fifth minus fourth order weights: the error estimate. */
    private static final double E1 = 1.0 / 360.0, E3 = -128.0 / 4275.0, E4 = -2197.0 / 75240.0, E5 = 1.0 / 50.0, E6 = 2.0 / 55.0;
    /** The order the control scales with (gsl_odeiv_step_order of rkf45). */
    private static final int ORDER = 5;

    private final int dim;
    private final double[] y0, yerr, dydtIn, dydtOut, k2, k3, k4, k5, k6, ytmp;
    private double epsAbs, epsRel, aY, aDydt;
    /** The step size: read as the first trial step of {@link #apply}, left as the one to try next. */
    public double step;

    /**
     * @param dim the number of state variables
     * @param epsAbs absolute tolerance, {@code >= 0}
     * @param epsRel relative tolerance, {@code >= 0}
     * @param aY weight of {@code |y|} in the tolerance
     * @param aDydt weight of {@code |h y'|} in the tolerance
     */
    public Rkf45(int dim, double epsAbs, double epsRel, double aY, double aDydt) {
        this.dim = dim;
        y0 = new double[dim];
        yerr = new double[dim];
        dydtIn = new double[dim];
        dydtOut = new double[dim];
        k2 = new double[dim];
        k3 = new double[dim];
        k4 = new double[dim];
        k5 = new double[dim];
        k6 = new double[dim];
        ytmp = new double[dim];
        control(epsAbs, epsRel, aY, aDydt);
    }

    /** Sets the control's tolerances (gsl_odeiv_control_init); all must be {@code >= 0}. */
    public void control(double epsAbs, double epsRel, double aY, double aDydt) {
        if (!(epsAbs >= 0 && epsRel >= 0 && aY >= 0 && aDydt >= 0)) {
            throw ParameterCheck.invalid("rkf45.control", epsAbs + ", " + epsRel + ", " + aY + ", " + aDydt, "all >= 0");
        }
        this.epsAbs = epsAbs;
        this.epsRel = epsRel;
        this.aY = aY;
        this.aDydt = aDydt;
    }

    /**
     * One accepted step from {@code t0} towards {@code t1} (gsl_odeiv_evolve_apply): advances {@code y} in place,
     * starting with the trial size {@link #step} and leaving there the size to try next.
     *
     * @return the time reached, {@code t1} exactly when the step reached the end of the interval
     */
    public double apply(OdeSystem sys, double t0, double t1, double[] y) {
        final double dt = t1 - t0;
        double h0 = step;
        if ((dt < 0.0 && h0 > 0.0) || (dt > 0.0 && h0 < 0.0)) {
            throw ParameterCheck.invalid("rkf45.step", h0, "of the sign of t1 - t0 = " + dt);
        }
        System.arraycopy(y, 0, y0, 0, dim);
        sys.derivatives(t0, y, dydtIn); // once per call, also for retried steps
        while (true) {
            boolean finalStep = (dt >= 0.0 && h0 >= dt) || (dt < 0.0 && h0 <= dt);
            if (finalStep) {
                h0 = dt;
                while ((dt >= 0.0 && t0 + h0 > t1) || (dt < 0.0 && t0 + h0 < t1)) {
                    h0 = Math.nextAfter(h0, 0.0); // the last stage is evaluated at t0 + h0: never past t1
                }
            }
            rkf45(sys, t0, h0, y);
            double t = finalStep ? t1 : t0 + h0;
            double hOld = h0;
            double hNew = adjust(y, hOld);
            if (decreased) {
                if (Math.abs(hNew) < Math.abs(hOld) && t + hNew != t) {
                    System.arraycopy(y0, 0, y, 0, dim); // undo and retry the smaller step from t0
                    h0 = hNew;
                    continue;
                }
                hNew = hOld; // keep the current size
            }
            step = hNew;
            return t;
        }
    }

    /** Whether the last {@link #adjust} asked for a smaller step (GSL_ODEIV_HADJ_DEC). */
    private boolean decreased;

    /**
     * The standard control's hadjust on the step just taken with size {@code h}: the size for the next try
     * ({@code h} itself when neither decreased nor increased); sets {@link #decreased}.
     */
    private double adjust(double[] y, double h) {
        final double hOld = Math.abs(h);
        double rmax = Double.MIN_NORMAL; // DBL_MIN
        for (int i = 0; i < dim; i++) {
            double d0 = epsRel * (aY * Math.abs(y[i]) + aDydt * Math.abs(hOld * dydtOut[i])) + epsAbs;
            double r = Math.abs(yerr[i]) / Math.abs(d0);
            rmax = r > rmax ? r : rmax; // GSL_MAX_DBL: a NaN ratio is passed over
        }
        decreased = false;
        if (rmax > 1.1) {
            // shrink a fraction 0.9 more than the error scaling asks; above rmax = 1e4 the factor is < 0.15, so it is 0.2
            double r = rmax > 1e4 ? 0.2 : 0.9 / Math.pow(rmax, 1.0 / ORDER);
            if (r < 0.2) {
                r = 0.2;
            }
            decreased = true;
            return r * hOld;
        } else if (rmax < 0.5) {
            // below rmax = 1e-5 the factor is > 6, so it is clamped to 5 whatever the last bit of pow: skip the pow
            double r = rmax < 1e-5 ? 5.0 : 0.9 / Math.pow(rmax, 1.0 / (ORDER + 1.0));
            if (r > 5.0) {
                r = 5.0;
            }
            if (r < 1.0) { // no decrease caused by the safety factor
                r = 1.0;
            }
            return r * hOld;
        }
        return h;
    }

    /** One Fehlberg step of size {@code h} from {@code t}: {@code y} advanced (fifth order), {@code yerr}, {@code dydtOut}. */
    private void rkf45(OdeSystem sys, double t, double h, double[] y) {
        final int n = dim;
        final double[] k1 = dydtIn;
        for (int i = 0; i < n; i++) {
            ytmp[i] = y[i] + A2 * h * k1[i];
        }
        sys.derivatives(t + A2 * h, ytmp, k2);
        for (int i = 0; i < n; i++) {
            ytmp[i] = y[i] + h * (B31 * k1[i] + B32 * k2[i]);
        }
        sys.derivatives(t + A3 * h, ytmp, k3);
        for (int i = 0; i < n; i++) {
            ytmp[i] = y[i] + h * (B41 * k1[i] + B42 * k2[i] + B43 * k3[i]);
        }
        sys.derivatives(t + A4 * h, ytmp, k4);
        for (int i = 0; i < n; i++) {
            ytmp[i] = y[i] + h * (B51 * k1[i] + B52 * k2[i] + B53 * k3[i] + B54 * k4[i]);
        }
        sys.derivatives(t + A5 * h, ytmp, k5);
        for (int i = 0; i < n; i++) {
            ytmp[i] = y[i] + h * (B61 * k1[i] + B62 * k2[i] + B63 * k3[i] + B64 * k4[i] + B65 * k5[i]);
        }
        sys.derivatives(t + A6 * h, ytmp, k6);
        for (int i = 0; i < n; i++) {
            double d = C1 * k1[i] + C3 * k3[i] + C4 * k4[i] + C5 * k5[i] + C6 * k6[i];
            y[i] += h * d;
        }
        if (aDydt != 0.0) { // the derivative at the output, for the control's |h y'|; with a_dydt = 0 it adds
            sys.derivatives(t + h, y, dydtOut); // 0 |h y'| = +0 to D0 (for finite y'), so its evaluation is skipped
        }
        for (int i = 0; i < n; i++) {
            yerr[i] = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i]);
        }
    }
}
