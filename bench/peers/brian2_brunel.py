"""Workload c (Brunel balanced network) in Brian2, the network of hebb's Workloads.brunel: NE excitatory and NE/4
inhibitory iaf_psc_alpha (tau_m 20 ms, C_m 250 pF, E_L = V_reset = 0, V_th 20 mV, t_ref 2 ms, tau_syn 0.5 ms),
fixed in-degrees CE = NE/10 and CI = CE/4 drawn with replacement (multapses and autapses allowed), EPSC amplitude
J_ex giving a 0.1 mV PSP peak, IPSC -5 J_ex, all recurrent delays 1.5 ms, and per neuron an independent external
drive of CE Poisson inputs at eta nu_th (PoissonInput: a binomial count per step, mean 1.78 spikes per step, into
x_ex), 1000 ms at 0.1 ms, spikes of all neurons recorded. Prints one JSON line."""
import argparse
import math
import time

import brian2 as b2
import brian2_iaf as m
import numpy as np
from brian2 import Hz, ms, pA

DT = 0.1
TAU_M, C_M, THETA, TAU_SYN, J, G, ETA, DELAY = 20.0, 250.0, 20.0, 0.5, 0.1, 5.0, 2.0, 1.5


def psp_peak_per_pa(tau_m, c_m, tau_s):
    """Peak of the PSP (mV) of a 1 pA alpha current, V(t) = e/(C tau_s a^2) (e^-t/tau_m - e^-t/tau_s (1 + a t)),
    a = 1/tau_s - 1/tau_m, maximised by golden-section search."""
    a = 1.0 / tau_s - 1.0 / tau_m

    def v(t):
        return math.e / (c_m * tau_s * a * a) * (math.exp(-t / tau_m) - math.exp(-t / tau_s) * (1.0 + a * t))

    lo, hi, r = 0.0, 10.0 * (tau_m + tau_s), (math.sqrt(5.0) - 1.0) / 2.0
    for _ in range(200):
        x1, x2 = hi - r * (hi - lo), lo + r * (hi - lo)
        if v(x1) < v(x2):
            lo = x1
        else:
            hi = x2
    return v(0.5 * (lo + hi))


def main():
    p = m.base_args(argparse.ArgumentParser())
    p.add_argument("--ne", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    m.use_target(a.target, a.threads)
    b2.seed(a.seed)
    ne, ni = a.ne, a.ne // 4
    n, ce = ne + ni, a.ne // 10
    ci = ce // 4
    j_ex = J / psp_peak_per_pa(TAU_M, C_M, TAU_SYN)
    nu_th = THETA * C_M / (j_ex * ce * math.e * TAU_M * TAU_SYN)  # per ms
    nu_ex = ETA * nu_th * 1000.0  # Hz per external input
    t0 = time.perf_counter()
    g = m.iaf_psc_alpha(n, DT, C_m=C_M, tau_m=TAU_M, E_L=0.0, V_th=THETA, V_reset=0.0, t_ref=2.0,
                        tau_syn_ex=TAU_SYN, tau_syn_in=TAU_SYN)
    rng = np.random.default_rng(a.seed)
    post_e = np.repeat(np.arange(n, dtype=np.int32), ce)
    pre_e = rng.integers(0, ne, size=n * ce, dtype=np.int32)
    post_i = np.repeat(np.arange(n, dtype=np.int32), ci)
    pre_i = rng.integers(ne, n, size=n * ci, dtype=np.int32)
    se = m.alpha_synapses(g, g, j_ex, DELAY, pre_e, post_e, DT)
    si = m.alpha_synapses(g, g, -G * j_ex, DELAY, pre_i, post_i, DT)
    drive = b2.PoissonInput(g, "x_ex", N=ce, rate=nu_ex * Hz, weight=f"{math.e * j_ex!r}*pA")
    sp = b2.SpikeMonitor(g)
    net = b2.Network(g, se, si, drive, sp)
    build = time.perf_counter() - t0
    r, spikes, counts = m.repeat_counted(net, a.repeats, sp, 1000.0)
    r.update(workload="brunel", target=a.target, ne=ne, neurons=n, ce=ce, ci=ci, synapses=int(n * (ce + ci)),
             j_ex_pa=j_ex, external_rate_hz=nu_ex * ce, build_s=build, spikes=spikes, spike_counts=counts,
             rate_hz=spikes / n)
    m.emit(r)


if __name__ == "__main__":
    main()
