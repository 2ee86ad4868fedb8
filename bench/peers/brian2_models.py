"""Workload e (the models of docs/nest-models.md) in Brian2: N unconnected neurons of one model with NEST's
defaults and the drive of hebb's NestModelsBenchmark, V_m uniform over the same range (numpy seed 1, so not the
same draws as hebb's), spikes recorded; 100 ms of firing (code generation, compilation and the transient), then
timed runs of 100 ms at 0.1 ms from that state. Prints one JSON line.

The same equations as NEST's model files, each written in Brian2's syntax; the integrators differ: izhikevich is
forward Euler in both (NEST's consistent_integration), the conductance-based models use Brian2's fixed-step 'rk4'
where NEST and hebb use GSL's adaptive RKF45 (Brian2's own GSL methods need the GSL headers at run time).
"""
import argparse

import brian2 as b2
import brian2_iaf as m
import numpy as np
from brian2 import ms, mV, pA, pF, nS

DT = 0.1

ALPHA_SYNAPSES = """
dh_ex/dt = -h_ex/tau_syn_ex : siemens/second
dg_ex/dt = h_ex - g_ex/tau_syn_ex : siemens
dh_in/dt = -h_in/tau_syn_in : siemens/second
dg_in/dt = h_in - g_in/tau_syn_in : siemens
"""
EXP_SYNAPSES = """
dg_ex/dt = -g_ex/tau_syn_ex : siemens
dg_in/dt = -g_in/tau_syn_in : siemens
"""
IAF_COND = dict(C_m=250.0 * pF, E_L=-70.0 * mV, E_ex=0.0 * mV, E_in=-85.0 * mV, V_reset=-60.0 * mV, V_th=-55.0 * mV,
                g_L=16.6667 * nS, tau_syn_ex=0.2 * ms, tau_syn_in=2.0 * ms, I_e=500.0 * pA)
IAF_COND_V = "dv/dt = (-g_L*(v - E_L) - g_ex*(v - E_ex) - g_in*(v - E_in) + I_e)/C_m : volt (unless refractory)\n"

MODELS = {
    # name: (equations, namespace, threshold, reset, refractory ms, method, v range mV)
    "izhikevich": ("dv/dt = (0.04*v**2/mV + 5*v + 140*mV - u + I_e*mV/pA)/ms : volt\n"
                   "du/dt = a*(b*v - u)/ms : volt\n",
                   dict(a=0.02, b=0.2, c=-65.0 * mV, d=8.0 * mV, I_e=10.0 * pA),
                   "v >= 30*mV", "v = c; u += d", 0.0, "euler", (-70.0, 0.0)),
    "iaf_cond_exp": (IAF_COND_V + EXP_SYNAPSES, IAF_COND, "v >= V_th", "v = V_reset", 2.0, "rk4", (-70.0, -55.0)),
    "iaf_cond_alpha": (IAF_COND_V + ALPHA_SYNAPSES, IAF_COND, "v >= V_th", "v = V_reset", 2.0, "rk4", (-70.0, -55.0)),
    # NEST reads V as min(V_m, V_peak) in the right-hand side: without the clip rk4 overflows at the upstroke
    "aeif_cond_alpha": ("dv/dt = (-g_L*(vc - E_L) + g_L*Delta_T*exp((vc - V_th)/Delta_T) - g_ex*(vc - E_ex) - g_in*(vc - E_in)"
                        " - w + I_e)/C_m : volt (unless refractory)\n"
                        "dw/dt = (a*(vc - E_L) - w)/tau_w : amp\n"
                        "vc = clip(v, -inf*mV, V_peak) : volt\n" + ALPHA_SYNAPSES,
                        dict(C_m=281.0 * pF, E_L=-70.6 * mV, E_ex=0.0 * mV, E_in=-85.0 * mV, V_reset=-60.0 * mV,
                             V_th=-50.4 * mV, V_peak=0.0 * mV, Delta_T=2.0 * mV, g_L=30.0 * nS, a=4.0 * nS, b=80.5 * pA,
                             tau_w=144.0 * ms, tau_syn_ex=0.2 * ms, tau_syn_in=2.0 * ms, I_e=800.0 * pA),
                        "v >= V_peak", "v = V_reset; w += b", 0.0, "rk4", (-70.6, -50.4)),
}


def main():
    p = m.base_args(argparse.ArgumentParser())
    p.add_argument("--model", required=True, choices=sorted(MODELS))
    p.add_argument("--neurons", type=int, required=True)
    a = p.parse_args()
    m.use_target(a.target, a.threads)
    eqs, ns, threshold, reset, t_ref, method, (lo, hi) = MODELS[a.model]
    refractory = (t_ref + DT) * ms if t_ref > 0 else False  # NEST's count, as in brian2_iaf.py
    g = b2.NeuronGroup(a.neurons, eqs, threshold=threshold, reset=reset, refractory=refractory, method=method,
                       namespace=ns, dt=DT * ms)
    g.v = (lo + (hi - lo) * np.random.default_rng(1).random(a.neurons)) * mV
    if a.model == "izhikevich":
        g.u = -13.0 * mV
    sp = b2.SpikeMonitor(g)
    net = b2.Network(g, sp)
    net.run(100.0 * ms)  # into the firing regime, as hebb's benchmark; the timed runs start from here
    before = 0 if m.standalone() else int(sp.num_spikes)
    r = m.repeat(net, a.repeats, lambda n: m.timed_run(n, 100.0))
    spikes = int((sp.t >= 100.0 * ms).sum()) if m.standalone() else int(sp.num_spikes) - before
    r.update(workload="models", model=a.model, target=a.target, neurons=a.neurons, spikes=spikes, integrator=method)
    m.emit(r)


if __name__ == "__main__":
    main()
