#!/usr/bin/env python3
"""One MountainCar episode of a genome in NEST, wired as hebb's MountainCarController (L2L's optimizee),
printed in the CSV format of `hebb episode`, so the two can be diffed as text:

    python3 nest_mountain_car_episode.py GENOME_FILE SEED [--steps 110] [--resolution 0.2] > nest.csv
    hebb episode mc.toml --genome GENOME_FILE --seed SEED > hebb.csv
    diff nest.csv hebb.csv

Needs NEST 3.x (PyNEST), gymnasium and numpy. Written from the description in docs/mountain-car.md, not from
L2L's code. Not run in hebb's CI (NEST is not installable there).
"""
import argparse
import math

import gymnasium as gym
import nest
import numpy as np

BINS = 30


def bin_of(x, lo, hi):
    """hebb's bin: clamp(floor((x - lo) / (hi - lo) * 30), 0, 29) on the float64 value."""
    return min(max(math.floor((x - lo) / (hi - lo) * BINS), 0), BINS - 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("genome")
    ap.add_argument("seed", type=int)
    ap.add_argument("--steps", type=int, default=110)
    ap.add_argument("--resolution", type=float, default=0.2)
    ap.add_argument("--step-ms", type=float, default=20.0)
    ap.add_argument("--hidden", type=int, default=5)
    args = ap.parse_args()

    h = args.hidden
    genes = np.loadtxt(args.genome, ndmin=1)
    if genes.size != 63 * h:
        raise SystemExit(f"genome {args.genome}: {genes.size} numbers; must be {63 * h}")
    w = np.clip(genes, -20.0, 20.0) * 100.0  # pA

    nest.set_verbosity("M_WARNING")
    nest.ResetKernel()
    nest.SetKernelStatus({"resolution": args.resolution, "rng_seed": 1})
    neuron = {"t_ref": 1.0}
    vel = nest.Create("iaf_psc_alpha", BINS, neuron)
    pos = nest.Create("iaf_psc_alpha", BINS, neuron)
    hid = nest.Create("iaf_psc_alpha", h, neuron)
    out = nest.Create("iaf_psc_alpha", 3, neuron)
    vdc = nest.Create("dc_generator", BINS, {"amplitude": 0.0})
    pdc = nest.Create("dc_generator", BINS, {"amplitude": 0.0})
    rec = nest.Create("spike_recorder", 3)
    unit = {"synapse_model": "static_synapse", "weight": 1.0, "delay": 1.0}
    nest.Connect(vdc, vel, "one_to_one", unit)
    nest.Connect(pdc, pos, "one_to_one", unit)
    # weight matrices are (n_target, n_source), the genome's row-major layout
    nest.Connect(vel, hid, "all_to_all", {"weight": w[0:30 * h].reshape(h, BINS), "delay": 1.0})
    nest.Connect(pos, hid, "all_to_all", {"weight": w[30 * h:60 * h].reshape(h, BINS), "delay": 1.0})
    nest.Connect(hid, out, "all_to_all", {"weight": w[60 * h:63 * h].reshape(3, h), "delay": 1.0})
    nest.Connect(out, rec, "one_to_one")

    env = gym.make("MountainCar-v0")
    env.reset(seed=args.seed)
    print("step,position,velocity,count_left,count_none,count_right,action")
    for t in range(1, args.steps + 1):
        p, v = (float(x) for x in env.unwrapped.state)  # the float64 state before the step
        nest.SetStatus(vdc, {"amplitude": 0.0})
        nest.SetStatus(pdc, {"amplitude": 0.0})
        nest.SetStatus(vdc[bin_of(v, -0.07, 0.07)], {"amplitude": 40000.0})
        nest.SetStatus(pdc[bin_of(p, -1.2, 0.6)], {"amplitude": 40000.0})
        nest.SetStatus(rec, {"n_events": 0})
        nest.Simulate(args.step_ms)
        left, none, right = (int(n) for n in nest.GetStatus(rec, "n_events"))
        action = 0 if left > right and left > none else 2 if right > left and right > none else 1
        print(f"{t},{p!r},{v!r},{left},{none},{right},{action}")
        _, _, terminated, truncated, _ = env.step(action)
        if float(env.unwrapped.state[0]) >= 0.5 or terminated or truncated:
            break


if __name__ == "__main__":
    main()
