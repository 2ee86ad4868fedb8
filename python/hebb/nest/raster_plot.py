"""``nest.raster_plot`` on matplotlib: spike rasters (and a rate histogram) from a spike_recorder, from its ascii
.dat files or from an array of (sender, time) rows. hebb's own implementation of PyNEST's functions."""

import numpy as np

from . import recording
from .errors import NESTError


def extract_events(data, time=None, sel=None):
    """Rows of (sender, time) with time in [time[0], time[1]) and sender in sel (a list of ids or a count)."""
    data = np.asarray(data, dtype=float).reshape(-1, 2) if len(data) else np.zeros((0, 2))
    keep = np.ones(len(data), dtype=bool)
    if time is not None:
        keep &= (data[:, 1] >= time[0]) & (data[:, 1] < time[1])
    if sel is not None:
        ids = np.unique(data[:, 0])[:sel] if isinstance(sel, int) else np.asarray(sel)
        keep &= np.isin(data[:, 0], ids)
    return data[keep]


def from_data(data, sel=None, **kwargs):
    data = extract_events(data, sel=sel)
    if len(data) == 0:
        raise NESTError("No events recorded!")
    return _make_plot(data[:, 1], data[:, 0], **kwargs)


def from_file(fname, **kwargs):
    names = fname if isinstance(fname, (list, tuple)) else [fname]
    rows = []
    for name in names:
        header, data = recording.read_ascii(name)
        rows.append(data[:, [header.index("sender"), header.index("time_ms")]])
    return from_data(np.concatenate(rows), **kwargs)


def from_device(detec, **kwargs):
    if len(detec) != 1 or detec.get("model") != "spike_recorder":
        raise NESTError("Please provide a single spike_recorder.")
    if detec.get("record_to") == "ascii":
        return from_file(list(detec.get("filenames")), **kwargs)
    ev = detec.get("events")
    if len(ev["times"]) == 0:
        raise NESTError("No events recorded!")
    return _make_plot(ev["times"], ev["senders"], **kwargs)


def _make_plot(ts, node_ids, hist=False, hist_binwidth=5.0, grayscale=False, title=None, xlabel=None):
    import matplotlib.pyplot as plt
    color = ".k" if grayscale else "."
    fig = plt.figure()
    if hist:
        ax1 = fig.add_axes([0.1, 0.3, 0.85, 0.6])
        ax1.plot(ts, node_ids, color)
        ax1.set_ylabel("Neuron ID")
        ax1.set_xticks([])
        ax2 = fig.add_axes([0.1, 0.1, 0.85, 0.17])
        t_bins = np.arange(np.amin(ts), np.amax(ts) + hist_binwidth, float(hist_binwidth))
        n, _ = np.histogram(ts, bins=t_bins)
        heights = 1000.0 * n / (hist_binwidth * len(np.unique(node_ids)))
        ax2.bar(t_bins[:-1], heights, width=hist_binwidth, color="gray" if grayscale else "C0", align="edge")
        ax2.set_ylabel("Rate (Hz)")
        ax2.set_xlabel(xlabel or "Time (ms)")
        axes = [ax1, ax2]
    else:
        ax1 = fig.add_subplot(111)
        ax1.plot(ts, node_ids, color)
        ax1.set_ylabel("Neuron ID")
        ax1.set_xlabel(xlabel or "Time (ms)")
        axes = [ax1]
    ax1.set_title(title or "Raster plot")
    return axes
