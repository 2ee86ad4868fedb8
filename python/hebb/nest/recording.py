"""Recorders as PyNEST shows them: ``events`` as numpy arrays, ``n_events`` (set to 0 to clear), ``record_to`` with
``"memory"`` or ``"ascii"`` (NEST's file names and .dat format), ``label``.

A multimeter's samples of the last min_delay of the simulated time are shown one min_delay late, as NEST does
(NEST sends them with the next slice): after Simulate(1000) with delay 1 ms the last sample is at 999 ms."""

import math
import os

import numpy as np

from . import kernel as k
from .errors import NESTErrors

ASCII_VERSION = 2
NEST_VERSION = "3.9.0 (hebb)"
#: What the Python side keeps or computes for a recorder (the Java recorder has only its events).
PY_KEYS = ("events", "n_events", "record_to", "label", "filenames", "start", "stop", "origin")


def register(node_id, model):
    k.KERNEL.recorders[node_id] = {"model": model, "record_to": "memory", "label": "", "cleared": 0, "written": 0,
                                   "start": 0.0, "stop": float("inf"), "origin": 0.0}


def _coll(node_id):
    return k.java().NodeCollection.of(k.java().int_array([node_id]))


def nest_times(java_times):
    """hebb's time stamps (steps * h) as NEST's: Time::get_ms() = tics * 0.001 ms, with 1000 tics per ms.
    The two differ in the last bit for about one stamp in six (3 * 0.1 != 300 * 0.001)."""
    h = k.KERNEL.resolution
    steps = np.rint(np.asarray(java_times) / h).astype(np.int64)
    return steps, (steps * int(round(h * 1000))) * 0.001


def _all_events(node_id):
    """Every event the Java recorder holds that NEST would show now: dict of numpy arrays."""
    kern = k.KERNEL
    net = kern.network()
    state = kern.recorders[node_id]
    model = state["model"]
    if model == "spike_recorder":
        ev = net.spikeEvents(_coll(node_id))
        steps, times = nest_times(ev.times())
        out = {"senders": np.array(ev.senders(), dtype=np.int64), "times": times}
    elif model == "weight_recorder":
        ev = net.weightEvents(_coll(node_id))
        steps, times = nest_times(ev.times())
        out = {"senders": np.array(ev.senders(), dtype=np.int64), "targets": np.array(ev.targets(), dtype=np.int64),
               "times": times, "weights": np.array(ev.weights())}
    else:
        ev = net.multimeterEvents(_coll(node_id))
        steps, times = nest_times(ev.times())
        out = {"senders": np.array(ev.senders(), dtype=np.int64), "times": times}
        for name in ev.recordFrom():
            out[str(name)] = np.array(ev.values(name))
    # NEST: the samples of the last min_delay reach the multimeter with the next slice
    visible = steps <= int(net.steps()) - kern.min_steps() if model == "multimeter" else np.ones(len(steps), bool)
    # NEST's recording window: origin + start < t <= origin + stop
    if state["start"] != 0.0 or state["origin"] != 0.0 or state["stop"] != float("inf"):
        h = kern.resolution
        lo = int(round((state["origin"] + state["start"]) / h))
        hi = state["origin"] + state["stop"]
        visible &= (steps > lo) & (steps * h <= hi + 1e-9 * h)
    if not visible.all():
        out = {key: v[visible] for key, v in out.items()}
    return out


def events(node_id):
    state = k.KERNEL.recorders[node_id]
    ev = _all_events(node_id)
    if state["cleared"]:
        ev = {key: v[state["cleared"]:] for key, v in ev.items()}
    return ev


def _count(node_id):
    return len(_all_events(node_id)["times"])


def status(node_id):
    state = k.KERNEL.recorders[node_id]
    ev = events(node_id)
    out = {"events": ev, "n_events": len(ev["times"]), "record_to": state["record_to"], "label": state["label"],
           "start": state["start"], "stop": state["stop"], "origin": state["origin"]}
    if state["record_to"] == "ascii":
        out["filenames"] = (filename(node_id),)
    return out


def set_status(node_id, params):
    """Takes record_to, label and n_events out of params (the Java recorder has none of them)."""
    state = k.KERNEL.recorders[node_id]
    if "record_to" in params:
        to = params.pop("record_to")
        if to not in ("memory", "ascii"):
            raise NESTErrors.BadProperty("record_to: '%s' is not allowed; hebb has the backends memory, ascii" % to,
                                         "SetStatus")
        state["record_to"] = to
    if "label" in params:
        state["label"] = str(params.pop("label"))
    for key in ("start", "stop", "origin"):
        if key in params:
            v = float(params.pop(key))
            if not (v >= 0.0 or key == "origin") or v != v:
                raise NESTErrors.BadProperty("%s: %s is not allowed; must be >= 0" % (key, v), "SetStatus")
            state[key] = v
    if state["stop"] < state["start"]:
        raise NESTErrors.BadProperty("stop >= start required.", "SetStatus")
    if "n_events" in params:
        n = params.pop("n_events")
        if n != 0:
            raise NESTErrors.BadProperty("Property n_events can only be set to 0 (which clears all stored events).",
                                         "SetStatus")
        state["cleared"] = _count(node_id)


def filename(node_id):
    """NEST's ascii file name: data_path/data_prefix + (label or model) + -<id, zero padded>-<vp>.dat."""
    kern = k.KERNEL
    state = kern.recorders[node_id]
    path = kern.data_path
    if path and not path.endswith("/"):
        path += "/"
    digits = int(math.floor(math.log10(max(kern.size(), 1))) + 1)
    return "%s%s%s-%0*d-0.dat" % (path, kern.data_prefix, state["label"] or state["model"], digits, node_id)


def open_files():
    """At Prepare: creates each ascii recorder's file with NEST's header (refusing to overwrite unless allowed)."""
    for node_id, state in k.KERNEL.recorders.items():
        if state["record_to"] != "ascii" or state.get("file"):
            continue
        name = filename(node_id)
        if os.path.exists(name) and not k.KERNEL.overwrite_files:
            raise NESTErrors.IOError(
                "The file '%s' already exists and overwriting files is disabled. To overwrite files, set the kernel "
                "property overwrite_files to true." % name, "Prepare")
        ev = _all_events(node_id)
        columns = [c for c in ev if c not in ("senders", "times")]
        if state["model"] == "weight_recorder":
            columns = ["weights", "targets"]
        with open(name, "w") as f:
            f.write("# NEST version: %s\n# RecordingBackendASCII version: %d\n" % (NEST_VERSION, ASCII_VERSION))
            f.write("\t".join(["sender", "time_ms"] + columns) + "\n")
        state["file"] = name
        state["columns"] = columns
        state["written"] = len(ev["times"])


def append_files():
    """After each Run: appends the new events, numbers in fixed notation with 3 decimals as NEST writes them."""
    for node_id, state in k.KERNEL.recorders.items():
        if not state.get("file"):
            continue
        ev = _all_events(node_id)
        start = state["written"]
        n = len(ev["times"])
        if n <= start:
            continue
        cols = [ev["senders"][start:], ev["times"][start:]] + [ev[c][start:] for c in state["columns"]]
        with open(state["file"], "a") as f:
            for row in zip(*cols):
                f.write("%d\t" % row[0] + "\t".join("%.3f" % v if isinstance(v, float) else "%d" % v
                                                    for v in (x.item() for x in row[1:])) + "\n")
        state["written"] = n


def close_files():
    for state in k.KERNEL.recorders.values():
        state.pop("file", None)


def read_ascii(fname):
    """A NEST .dat file (ours or NEST's) as (header names, 2-D float array)."""
    with open(fname) as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    header = lines[0].split()
    data = np.loadtxt(lines[1:], ndmin=2) if len(lines) > 1 else np.zeros((0, len(header)))
    return header, data
