"""hebb from Python: ``hebb.nest`` (PyNEST's API), ``hebb.gym`` (Gymnasium's API) and ``hebb.load_run`` (a run
directory as Python objects). Everything runs in one JVM started on first use (docs/python.md)."""

from .run import load_run  # noqa: F401
from ._jvm import HebbSetupError  # noqa: F401

__version__ = "0.1.0"
