"""Shared part of hebb's Brian2 peer benchmarks: the iaf_psc_alpha model, timing and JSON output.

iaf_psc_alpha (leaky integrate-and-fire, alpha-shaped current per receptor) written as a linear system that
Brian2 integrates exactly (method='exact'):

    dv/dt   = -(v - E_L)/tau_m + (I_ex + I_in + I_e + I_dc)/C_m      (clamped while refractory)
    dI_s/dt = (x_s - I_s)/tau_s,   dx_s/dt = -x_s/tau_s               (s = ex, in)

A spike of weight w (pA) adds e*w to x_s, which gives I_s(t) = w (t/tau_s) e^(1 - t/tau_s): peak w at t = tau_s.
Positive weights go to the ex state, negative ones to the in state (as NEST routes them). After a spike v is set
to V_reset and held: NEST holds it for the t_ref/h steps after the spike step, Brian2 for one step fewer than
refractory/dt (it counts the spike step), so refractory = t_ref + dt gives NEST's count (checked on the DC pair:
spike times identical to hebb's, which are NEST's).

Spike times: Brian2 stamps a spike with the start of the step in which the threshold was crossed, NEST with its
end; add dt to compare.

Timing: Brian2's runtime mode generates (and for cython, compiles) code at the start of every run(); the time of
the simulation loop alone is what Brian2 records as the device's last run time. Both are reported.

C++ standalone (--target cpp): set_device('cpp_standalone') in a temporary project directory (deleted at exit);
the run() calls are recorded, then one build generates, compiles (g++, make -j<cores>) and runs the program. Its run
loops are timed inside the program (the sum of Network::_last_run_time over the timed run() calls, written to
results/hebb_loop_s.txt); the program is then run again `repeats` times, each a fresh process that loads the
network from the project's files, so repeats need no store/restore (which standalone lacks). Reported: the loop
time (median), the whole program run (median), and the first build (code generation + compilation + first run).
"""
import atexit
import json
import math
import os
import shutil
import statistics
import sys
import tempfile
import time
import warnings

SCRIPT_START = time.perf_counter()  # before Brian2's import: the "whole script" time starts here

warnings.filterwarnings("ignore")
import logging  # noqa: E402

import brian2 as b2  # noqa: E402
from brian2 import ms, mV, pA, pF, Hz  # noqa: E402,F401

b2.BrianLogger.log_level_error()
logging.getLogger("py.warnings").setLevel(logging.ERROR)

EQUATIONS = """
dv/dt = -(v - E_L)/tau_m + (I_ex + I_in + I_e + I_dc)/C_m : volt (unless refractory)
dI_ex/dt = (x_ex - I_ex)/tau_syn_ex : amp
dx_ex/dt = -x_ex/tau_syn_ex : amp
dI_in/dt = (x_in - I_in)/tau_syn_in : amp
dx_in/dt = -x_in/tau_syn_in : amp
I_e : amp
I_dc : amp
"""

# NEST's iaf_psc_alpha defaults
DEFAULTS = dict(C_m=250.0, tau_m=10.0, E_L=-70.0, V_th=-55.0, V_reset=-70.0, t_ref=2.0, tau_syn_ex=2.0, tau_syn_in=2.0)


_standalone = {}


def use_target(target, threads=1):
    """Selects the code generation target ('cython' or 'numpy' in runtime mode) or the C++ standalone device
    ('cpp', with `threads` OpenMP threads; 1 = no OpenMP), building in a temporary directory."""
    if target == "cpp":
        directory = tempfile.mkdtemp(prefix="hebb-brian2-cpp-")
        atexit.register(shutil.rmtree, directory, True)
        b2.set_device("cpp_standalone", build_on_run=False, directory=directory)
        b2.prefs.devices.cpp_standalone.openmp_threads = threads if threads > 1 else 0
        # Brian2's default is a bare `make -j` (no job limit): one g++ per generated file at once, which drove a
        # 2-core machine to a load average of 200. One job per core compiles as fast without the thrashing.
        b2.prefs.devices.cpp_standalone.extra_make_args_unix = ["-j%d" % (os.cpu_count() or 1)]
        if threads > 1:  # threads that spin at OpenMP's barriers stall for whole time slices on a shared machine
            b2.prefs.devices.cpp_standalone.run_environment_variables["OMP_WAIT_POLICY"] = "PASSIVE"
        _standalone.update(directory=directory, threads=threads, declared=False)
    else:
        b2.prefs.codegen.target = target
    b2.prefs.codegen.loop_invariant_optimisations = True


def standalone():
    """True when the C++ standalone device records the run() calls instead of running them."""
    return bool(_standalone)


def iaf_psc_alpha(n, dt_ms, **params):
    """n iaf_psc_alpha neurons with NEST's defaults overridden by params (ms, mV, pF); V_m starts at E_L."""
    p = dict(DEFAULTS)
    p.update(params)
    ns = dict(C_m=p["C_m"] * pF, tau_m=p["tau_m"] * ms, E_L=p["E_L"] * mV, V_th=p["V_th"] * mV,
              V_reset=p["V_reset"] * mV, tau_syn_ex=p["tau_syn_ex"] * ms, tau_syn_in=p["tau_syn_in"] * ms)
    g = b2.NeuronGroup(n, EQUATIONS, threshold="v >= V_th", reset="v = V_reset", refractory=(p["t_ref"] + dt_ms) * ms,
                       method="exact", namespace=ns, dt=dt_ms * ms)
    g.v = p["E_L"] * mV
    return g


def alpha_synapses(pre, post, weight_pa, delay_ms, i, j, dt_ms):
    """Static synapses pre[i[k]] -> post[j[k]] with one weight (pA, sign picks the receptor) and one delay."""
    target = "x_ex_post" if weight_pa > 0 else "x_in_post"
    s = b2.Synapses(pre, post, on_pre=f"{target} += {math.e * weight_pa!r}*pA", delay=delay_ms * ms, dt=dt_ms * ms)
    s.connect(i=i, j=j)
    return s


def loop_seconds():
    """Seconds of the simulation loop of the last run() (Brian2's own measurement, after code generation)."""
    return float(b2.get_device()._last_run_time)


def timed_run(net, duration_ms):
    """Runs and returns (wall seconds of run() incl. code generation, seconds of the simulation loop). In standalone
    mode it records the run() and adds its loop time to the program's hebb_loop_s; returns (0, 0)."""
    if standalone():
        if not _standalone["declared"]:
            b2.device.insert_code("main", "double hebb_loop_s = 0.0;")
            _standalone["declared"] = True
        net.run(duration_ms * ms)
        b2.device.insert_code("main", "hebb_loop_s += Network::_last_run_time;")
        return 0.0, 0.0
    t0 = time.perf_counter()
    net.run(duration_ms * ms)
    return time.perf_counter() - t0, loop_seconds()


def repeat(net, repeats, episode):
    """Stores the built network, runs episode(net) once to generate and compile the code (its wall time is
    reported as first_wall_s), then restores the stored state before each of the timed repeats. episode returns
    (wall, loop) seconds. Returns dict(first_wall_s, wall_s, loop_s, loops). In standalone mode see
    repeat_standalone."""
    if standalone():
        return repeat_standalone(net, repeats, episode)
    net.store("built")
    t0 = time.perf_counter()
    episode(net)
    first = time.perf_counter() - t0
    walls, loops = [], []
    for _ in range(repeats):
        net.restore("built")
        w, lp = episode(net)
        walls.append(w)
        loops.append(lp)
    return dict(first_wall_s=first, wall_s=median(walls), loop_s=median(loops), loops=loops)


def repeat_counted(net, repeats, monitor, duration_ms):
    """repeat() of one run() of duration_ms each, counting the spikes `monitor` records in each. Returns (result,
    the median count of the timed repeats, all counts). Standalone: every program run simulates the same seeded
    network from t = 0, so one count."""
    counts = []

    def episode(n):
        before = monitor.num_spikes
        w, lp = timed_run(n, duration_ms)
        counts.append(int(monitor.num_spikes - before))
        return w, lp

    if standalone():
        r = repeat(net, repeats, lambda n: timed_run(n, duration_ms))
        counts.append(int(monitor.num_spikes))
    else:
        r = repeat(net, repeats, episode)
    return r, int(statistics.median(counts[1:])) if len(counts) > 1 else counts[0], counts


def repeat_standalone(net, repeats, episode):
    """Records episode(net)'s run() calls, builds the C++ program (code generation, compilation) and runs it once
    (first_wall_s), then runs the program `repeats` more times. wall_s is the median wall time of a whole program
    run (loading the network from the project's files, the run loops, writing the results), loop_s the median of
    the timed run loops measured inside the program; script_s is the whole script up to the first run's end."""
    episode(net)
    b2.device.insert_code("main", '{ std::ofstream f("results/hebb_loop_s.txt"); f.precision(17); '
                                  'f << hebb_loop_s << std::endl; }')
    directory = _standalone["directory"]
    t0 = time.perf_counter()
    b2.device.build(directory=directory, compile=True, run=True, with_output=False)
    first = time.perf_counter() - t0
    script = time.perf_counter() - SCRIPT_START
    compile_s = (b2.device.timers.get("compile") or {}).get("make")
    walls, loops = [], []
    for _ in range(repeats):
        b2.device.run(directory, False, [])
        walls.append(float(b2.device.timers["run_binary"]))
        with open(os.path.join(directory, "results", "hebb_loop_s.txt")) as f:
            loops.append(float(f.read()))
    return dict(first_wall_s=first, wall_s=median(walls), loop_s=median(loops), loops=loops, script_s=script,
                compile_s=compile_s, threads=_standalone["threads"], device="cpp_standalone")


def median(xs):
    return statistics.median(xs) if xs else None


def emit(result):
    """Prints the result as one JSON line (the only line on stdout)."""
    result.setdefault("brian2_version", b2.__version__)
    result.setdefault("python", sys.version.split()[0])
    result.setdefault("pid", os.getpid())
    print(json.dumps(result), flush=True)


def base_args(parser):
    parser.add_argument("--target", default="cython", choices=["cython", "numpy", "cpp"])
    parser.add_argument("--threads", type=int, default=1, help="OpenMP threads of the C++ standalone target")
    parser.add_argument("--repeats", type=int, default=3)
    return parser
