"""Workload d (MountainCar controller episode, L2L's network) in Brian2: 30 velocity + 30 position input neurons
(t_ref 1 ms) driven by dc currents, 5 hidden and 3 output neurons (t_ref 1 ms, other parameters NEST's defaults),
inputs -> hidden and hidden -> outputs all-to-all with the genome's weights x 100 pA, delays 1 ms, h = 0.2 ms.
An episode restores the built network and then, 110 times, sets the dc current of the two active input neurons
(40,000 pA, all others 0), runs 20 ms and decodes the output spike counts of the window, driven from Python as
L2L drives NEST. The genome and the input schedule come from the JSON file written by hebb's BenchmarkReport, so
both simulators see the same inputs. In NEST/hebb a dc change reaches the membrane 1 ms (+1 step) later through
the generator's connection; here it acts at once. With --target cpp the fixed schedule runs inside the C++ program
(a standalone program cannot be driven from Python step by step; see schedule()). Prints one JSON line."""
import argparse
import json
import math
import time

import brian2 as b2
import brian2_iaf as m
import numpy as np
from brian2 import pA

DT, STEP_MS, BINS, HIDDEN, OUTPUTS, INPUT_PA, SCALE = 0.2, 20.0, 30, 5, 3, 40000.0, 100.0


def synapses(g, pre, post, w):
    """Static synapses with per-connection weights; positive ones into the ex state, negative into the in state."""
    out = []
    for sign, target in ((1, "x_ex_post"), (-1, "x_in_post")):
        sel = (w * sign) > 0
        if not sel.any():
            continue
        s = b2.Synapses(g, g, model="w : amp (constant)", on_pre=f"{target} += {math.e!r}*w", delay=1.0 * b2.ms,
                        dt=DT * b2.ms)
        s.connect(i=pre[sel], j=post[sel])
        s.w = w[sel] * pA
        out.append(s)
    return out


def main():
    p = m.base_args(argparse.ArgumentParser())
    p.add_argument("--spec", required=True, help="JSON with vh, ph, ho (genes) and velocityBin, positionBin")
    a = p.parse_args()
    m.use_target(a.target, a.threads)
    spec = json.load(open(a.spec))
    t0 = time.perf_counter()
    n = 2 * BINS + HIDDEN + OUTPUTS
    g = m.iaf_psc_alpha(n, DT, t_ref=1.0)
    hid, out = 2 * BINS, 2 * BINS + HIDDEN
    pre, post, w = [], [], []
    for genes, first_pre, n_pre, first_post, n_post in ((spec["vh"], 0, BINS, hid, HIDDEN),
                                                         (spec["ph"], BINS, BINS, hid, HIDDEN),
                                                         (spec["ho"], hid, HIDDEN, out, OUTPUTS)):
        for t in range(n_post):  # genes are target-major: w[target][source]
            for s in range(n_pre):
                pre.append(first_pre + s)
                post.append(first_post + t)
                w.append(genes[t * n_pre + s] * SCALE)
    syn = synapses(g, np.array(pre), np.array(post), np.array(w))
    sp = b2.SpikeMonitor(g)
    net = b2.Network(g, sp, *syn)
    build = time.perf_counter() - t0
    vb, pb = spec["velocityBin"], spec["positionBin"]
    result = {}

    def episode(net):
        walls = loops = 0.0
        actions = 0
        t_ep = time.perf_counter()
        g.I_dc = 0 * pA
        for k in range(len(vb)):
            g.I_dc = 0 * pA
            g.I_dc[vb[k]] = INPUT_PA * pA
            g.I_dc[BINS + pb[k]] = INPUT_PA * pA
            before = np.array(sp.count[out:out + OUTPUTS])
            w_, l_ = m.timed_run(net, STEP_MS)
            walls += w_
            loops += l_
            c = np.array(sp.count[out:out + OUTPUTS]) - before
            actions += 0 if c[0] > c[1] and c[0] > c[2] else 2 if c[2] > c[0] and c[2] > c[1] else 1
        result.update(spikes=int(sp.num_spikes), action_sum=actions)
        return time.perf_counter() - t_ep, loops

    def schedule(net):
        """The same episode for the C++ standalone program. Every run() call of a standalone script becomes new
        compiled code (110 calls: about 1,000 C++ files, over 10 min of g++ here), and a standalone program cannot
        be driven from Python between steps; but this benchmark's input schedule is fixed in advance (it does not
        depend on the actions), so the program runs the whole episode in one run(), with the currents of window k
        set at its start (run_regularly every 20 ms from a table, the same values the Python loop sets), and the
        actions are decoded afterwards from the recorded spikes of each 20 ms window."""
        current = np.zeros((len(vb), n))
        for k in range(len(vb)):
            current[k, vb[k]] = current[k, BINS + pb[k]] = INPUT_PA
        g.namespace["schedule_table"] = b2.TimedArray(current * pA, dt=STEP_MS * b2.ms)
        g.run_regularly("I_dc = schedule_table(t, i)", dt=STEP_MS * b2.ms, when="start")
        net.add(g.contained_objects[-1])
        m.timed_run(net, len(vb) * STEP_MS)
        return 0.0, 0.0

    if m.standalone():
        r = m.repeat(net, a.repeats, schedule)
        window = np.floor(sp.t[:] / b2.ms / STEP_MS + 1e-9).astype(int)
        i, actions = np.asarray(sp.i[:]), 0
        for k in range(len(vb)):
            c = [int(((window == k) & (i == out + o)).sum()) for o in range(OUTPUTS)]
            actions += 0 if c[0] > c[1] and c[0] > c[2] else 2 if c[2] > c[0] and c[2] > c[1] else 1
        result.update(spikes=int(sp.num_spikes), action_sum=actions)
    else:
        r = m.repeat(net, a.repeats, episode)
    r.update(workload="controller", target=a.target, build_s=build, neurons=n, synapses=len(w), **result,
             rate_hz=result["spikes"] / n / (len(vb) * STEP_MS / 1000.0))
    m.emit(r)


if __name__ == "__main__":
    main()
