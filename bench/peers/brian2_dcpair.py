"""Workload a (DC pair) in Brian2: dc 500 pA -> iaf_psc_alpha -> iaf_psc_alpha (1000 pA, delay 1 ms), 1000 ms at
0.1 ms, V_m of both recorded every step, spikes recorded. In NEST (and hebb) the dc current passes a 1 ms
connection and first acts on the membrane in step 11; here it is switched on after the first 1.1 ms, so the two
runs are step for step the same computation. Prints one JSON line."""
import argparse

import brian2 as b2
import brian2_iaf as m
from brian2 import ms, pA

DT = 0.1


def main():
    a = m.base_args(argparse.ArgumentParser()).parse_args()
    m.use_target(a.target, a.threads)
    g = m.iaf_psc_alpha(2, DT)
    s = m.alpha_synapses(g, g, 1000.0, 1.0, [0], [1], DT)
    mon = b2.StateMonitor(g, "v", record=True, dt=DT * ms)
    sp = b2.SpikeMonitor(g)
    net = b2.Network(g, s, mon, sp)

    def episode(net):
        w1, l1 = m.timed_run(net, 1.1)
        g.I_dc[0] = 500.0 * pA
        w2, l2 = m.timed_run(net, 1000.0 - 1.1)
        return w1 + w2, l1 + l2

    r = m.repeat(net, a.repeats, episode)
    i = sp.i[:]
    t = sp.t[:] / ms + DT
    r.update(workload="dc_pair", target=a.target, spikes=int(len(i)), rate_hz=len(i) / 2.0,
             first_spikes_n0=[round(x, 1) for x in t[i == 0][:5]], first_spikes_n1=[round(x, 1) for x in t[i == 1][:5]])
    m.emit(r)


if __name__ == "__main__":
    main()
