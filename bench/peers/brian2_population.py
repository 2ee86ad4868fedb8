"""Workload b (population update) in Brian2: N unconnected iaf_psc_alpha with NEST's defaults, I_e = 400 pA,
V_m uniform in [-70, -55) mV, spikes recorded, 1000 ms at 0.1 ms. Prints one JSON line."""
import argparse

import brian2 as b2
import brian2_iaf as m
import numpy as np
from brian2 import ms, mV, pA

DT = 0.1


def main():
    p = m.base_args(argparse.ArgumentParser())
    p.add_argument("--neurons", type=int, required=True)
    a = p.parse_args()
    m.use_target(a.target, a.threads)
    g = m.iaf_psc_alpha(a.neurons, DT)
    g.I_e = 400.0 * pA
    g.v = (-70.0 + 15.0 * np.random.default_rng(1).random(a.neurons)) * mV
    sp = b2.SpikeMonitor(g)
    net = b2.Network(g, sp)
    r = m.repeat(net, a.repeats, lambda n: m.timed_run(n, 1000.0))
    r.update(workload="population", target=a.target, neurons=a.neurons, spikes=int(sp.num_spikes),
             rate_hz=sp.num_spikes / a.neurons)
    m.emit(r)


if __name__ == "__main__":
    main()
