"""Workload f (CUBA, benchmark 2 of Brette et al. 2007, after Vogels & Abbott 2005) in Brian2: 4,000 leaky
integrate-and-fire neurons, 3,200 excitatory and 800 inhibitory, each pair connected with probability 2 %
(independently, autapses possible), current-based synapses with an instantaneous jump and exponential decay, no
external input (the resting potential lies above threshold, so the network drives itself), 1000 ms at 0.1 ms,
spikes of all neurons recorded. Prints one JSON line.

The benchmark's equations, written by the paper in voltage units:

    dv/dt  = (ge + gi - (v - E_L))/tau_m      (clamped while refractory)
    dge/dt = -ge/tau_e,   dgi/dt = -gi/tau_i
    tau_m 20 ms, tau_e 5 ms, tau_i 10 ms, V_t -50 mV, V_r -60 mV, E_L -49 mV, refractory 5 ms,
    a spike adds w_e = 60 * 0.27/10 mV = 1.62 mV to ge, or w_i = -20 * 4.5/10 mV = -9 mV to gi;
    v starts uniform in [V_r, V_t).

hebb runs the same equations as NEST's iaf_psc_exp (docs/benchmarks.md, workload f): ge = I_syn_ex tau_m / C_m.
Two conventions follow hebb's (NEST's) semantics so that both compute the same thing step for step, as in the
other scripts: refractory = 5 ms + dt (NEST clamps t_ref/h steps after the spike step, Brian2 one fewer), and a
synaptic delay of one step (--delay-ms 0.1; NEST's minimum delay is h: a spike in step s reaches the membrane in
step s + 2, as Brian2's with delay dt; Brian2's own CUBA example uses no delay, --delay-ms 0)."""
import argparse

import brian2 as b2
import brian2_iaf as m
import numpy as np
from brian2 import ms, mV

DT = 0.1
NE, NI, P = 3200, 800, 0.02
TAU_M, TAU_E, TAU_I, V_T, V_R, E_L, T_REF = 20.0, 5.0, 10.0, -50.0, -60.0, -49.0, 5.0
W_E, W_I = 60 * 0.27 / 10, -20 * 4.5 / 10  # mV

EQUATIONS = """
dv/dt = (ge + gi - (v - E_L))/tau_m : volt (unless refractory)
dge/dt = -ge/tau_e : volt
dgi/dt = -gi/tau_i : volt
"""


def main():
    p = m.base_args(argparse.ArgumentParser())
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--delay-ms", type=float, default=DT)
    a = p.parse_args()
    m.use_target(a.target, a.threads)
    b2.seed(a.seed)
    ns = dict(tau_m=TAU_M * ms, tau_e=TAU_E * ms, tau_i=TAU_I * ms, V_t=V_T * mV, V_r=V_R * mV, E_L=E_L * mV)
    g = b2.NeuronGroup(NE + NI, EQUATIONS, threshold="v > V_t", reset="v = V_r", refractory=(T_REF + DT) * ms,
                       method="exact", namespace=ns, dt=DT * ms)
    g.v = (V_R + (V_T - V_R) * np.random.default_rng(a.seed).random(NE + NI)) * mV
    delay = a.delay_ms * ms
    se = b2.Synapses(g, g, on_pre=f"ge += {W_E!r}*mV", delay=delay, dt=DT * ms)
    se.connect("i < NE", p=P, namespace=dict(NE=NE))
    si = b2.Synapses(g, g, on_pre=f"gi += {W_I!r}*mV", delay=delay, dt=DT * ms)
    si.connect("i >= NE", p=P, namespace=dict(NE=NE))
    sp = b2.SpikeMonitor(g)
    net = b2.Network(g, se, si, sp)
    r, spikes, counts = m.repeat_counted(net, a.repeats, sp, 1000.0)
    n = NE + NI
    r.update(workload="cuba", target=a.target, neurons=n, synapses=int(len(se) + len(si)), delay_ms=a.delay_ms,
             spikes=spikes, spike_counts=counts, rate_hz=spikes / n)
    m.emit(r)


if __name__ == "__main__":
    main()
