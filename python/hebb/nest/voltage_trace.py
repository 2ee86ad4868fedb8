"""``nest.voltage_trace`` on matplotlib: membrane potential traces from a voltmeter or multimeter recording V_m,
or from its ascii .dat file. hebb's own implementation of PyNEST's functions."""

import numpy as np

from . import recording
from .errors import NESTError


def from_file(fname, title=None, grayscale=False):
    header, data = recording.read_ascii(fname)
    return _plot(data[:, header.index("sender")], data[:, header.index("time_ms")], data[:, header.index("V_m")],
                 None, title, grayscale, "ms")


def from_device(detec, neurons=None, title=None, grayscale=False, timeunit="ms"):
    if len(detec) != 1 or detec.get("model") not in ("voltmeter", "multimeter"):
        raise NESTError("Please provide a single voltmeter or multimeter.")
    if "V_m" not in detec.get("record_from"):
        raise NESTError("The device does not record V_m.")
    ev = detec.get("events")
    if len(ev["times"]) == 0:
        raise NESTError("No events recorded!")
    return _plot(ev["senders"], ev["times"], ev["V_m"], neurons, title or "Membrane potential", grayscale, timeunit)


def _plot(senders, times, vm, neurons, title, grayscale, timeunit):
    import matplotlib.pyplot as plt
    scale = {"ms": 1.0, "s": 1e-3}.get(timeunit)
    if scale is None:
        raise NESTError("timeunit: '%s' is not allowed; must be ms or s" % timeunit)
    ids = np.unique(senders) if neurons is None else np.asarray(
        neurons.tolist() if hasattr(neurons, "tolist") else neurons)
    plotids = []
    for i in ids:
        sel = senders == i
        style = {"color": "k"} if grayscale else {}
        (line,) = plt.plot(times[sel] * scale, vm[sel], label="Neuron %d" % i, **style)
        plotids.append(line)
    plt.ylabel("Membrane potential (mV)")
    plt.xlabel("Time (%s)" % timeunit)
    plt.legend(loc="best")
    plt.title(title or "Membrane potential")
    plt.draw()
    return plotids
