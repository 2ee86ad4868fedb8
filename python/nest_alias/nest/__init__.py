"""Opt-in alias: with python/nest_alias on PYTHONPATH, ``import nest``, ``import nest.voltage_trace`` and
``import nest.raster_plot`` are hebb's, so NEST's example scripts run with no line changed (docs/python.md)."""

import sys

import hebb.nest as _hebb_nest
import hebb.nest.raster_plot  # noqa: F401
import hebb.nest.voltage_trace  # noqa: F401

for _name in ("kernel", "random", "raster_plot", "voltage_trace", "errors"):
    sys.modules[__name__ + "." + _name] = getattr(_hebb_nest, _name)
sys.modules[__name__] = _hebb_nest
