"""PyNEST 3's API on hebb's kernel: ``import hebb.nest as nest`` and a NEST script runs unchanged, bit for bit
NEST's numbers for the models hebb has (docs/python.md lists what is covered)."""

import sys
import time as _time
import types

from . import kernel
from . import random  # noqa: F401  (nest.random)
from . import recording
from .connections import SynapseCollection, connect as _connect, get_connections as _get_connections
from .errors import NESTError, NESTErrors, not_implemented
from .kernel import KERNEL as _K
from .nodes import NodeCollection, set_status as _set_node, status as _node_status

__all__ = ["ResetKernel", "Create", "Connect", "Simulate", "Prepare", "Run", "Cleanup", "RunManager", "GetDefaults",
           "SetDefaults", "CopyModel", "GetStatus", "SetStatus", "GetConnections", "GetKernelStatus",
           "SetKernelStatus", "set_verbosity", "get_verbosity", "NodeCollection", "SynapseCollection", "NESTError",
           "NESTErrors", "Models", "Install", "version", "VerbosityLevel", "Rank", "NumProcesses",
           "GetLocalNodeCollection", "PrintNodes"]

_KERNEL_ATTRS = ("resolution", "rng_seed", "local_num_threads", "print_time", "overwrite_files", "data_path",
                 "data_prefix", "biological_time", "min_delay", "max_delay", "num_connections", "network_size",
                 "total_num_virtual_procs", "tics_per_ms", "ms_per_tic", "node_models", "synapse_models", "time",
                 "verbosity")
_READ_ONLY = ("biological_time", "min_delay", "max_delay", "num_connections", "network_size", "node_models",
              "synapse_models", "tics_per_ms", "ms_per_tic", "time")


def version():
    return "NEST 3.9 API on hebb"


class VerbosityLevel:
    """NEST 3.10's verbosity levels (``nest.verbosity = nest.VerbosityLevel.WARNING``)."""
    ALL, DEBUG, STATUS, INFO, DEPRECATED, WARNING, ERROR, FATAL, QUIET = (
        "M_ALL", "M_DEBUG", "M_STATUS", "M_INFO", "M_DEPRECATED", "M_WARNING", "M_ERROR", "M_FATAL", "M_QUIET")


def set_verbosity(level):
    _K.verbosity = level


def get_verbosity():
    return _K.verbosity


def Rank():
    """hebb runs in one process: rank 0."""
    return 0


def NumProcesses():
    return 1


def GetLocalNodeCollection(nodes):
    """Every node is local in one process."""
    return nodes


def PrintNodes():
    for first, last, model in _K.ranges:
        print("%d .. %d %s" % (first, last, model) if last > first else "%d %s" % (first, model))


def Install(module_name):
    raise not_implemented("Install('%s') (NEST extension modules)" % module_name)


def ResetKernel():
    """Forgets every node, connection and kernel setting."""
    recording.close_files()
    _K.reset()


def GetKernelStatus(keys=None):
    status = {name: _kernel_get(name) for name in _KERNEL_ATTRS}
    if keys is None:
        return status
    if isinstance(keys, str):
        return _kernel_get(keys)
    return tuple(_kernel_get(key) for key in keys)


def SetKernelStatus(params):
    for name, value in params.items():
        _kernel_set(name, value)


def _kernel_get(name):
    if name == "biological_time" or name == "time":
        return _K.biological_time()
    if name == "min_delay":
        return 1.0 if _K.net is None else float(_K.net.minDelay())
    if name == "max_delay":
        return 1.0 if _K.net is None else float(_K.net.maxDelay())
    if name == "num_connections":
        return _K.num_connections()
    if name == "network_size":
        return _K.size()
    if name == "total_num_virtual_procs":
        return _K.local_num_threads
    if name == "tics_per_ms":
        return 1000.0
    if name == "ms_per_tic":
        return 0.001
    if name in ("node_models", "synapse_models"):
        names = dict.fromkeys(_K.catalogue() + list(_K.models))
        return tuple(m for m in names if (_K.kind(m) == "synapse") == (name == "synapse_models"))
    if name in ("resolution", "rng_seed", "local_num_threads", "print_time", "overwrite_files", "data_path",
                "data_prefix", "verbosity"):
        return getattr(_K, name)
    raise NESTErrors.UnaccessedDictionaryEntry("the kernel has no attribute '%s'" % name, "GetKernelStatus")


def _kernel_set(name, value):
    if name in _READ_ONLY:
        raise NESTErrors.BadProperty("kernel attribute '%s' is read-only" % name, "SetKernelStatus")
    if name in ("resolution", "rng_seed") and _K.net is not None:
        raise NESTErrors.KernelException("Cannot change %s after nodes have been created; call ResetKernel first"
                                         % name, "SetKernelStatus")
    if name == "resolution":
        if not float(value) > 0:
            raise NESTErrors.BadProperty("resolution must be > 0", "SetKernelStatus")
        _K.resolution = float(value)
    elif name == "rng_seed":
        # NEST 3.9 RandomManager::set_status: 0 < rng_seed < 2^32 (the same domain as a spec's seed)
        if isinstance(value, bool) or int(value) != value or int(value) < 1 or int(value) >= 2 ** 32:
            raise NESTErrors.BadProperty("rng_seed: %r is not allowed; must be an integer in [1, 2^32-1]" % (value,),
                                         "SetKernelStatus")
        _K.rng_seed = int(value)
    elif name == "local_num_threads":
        if int(value) < 1 or int(value) > 256:
            raise NESTErrors.BadProperty("local_num_threads must be in [1, 256]", "SetKernelStatus")
        _K.local_num_threads = int(value)  # the results are the same bits on any number of threads
        if _K.net is not None:
            kernel.call("SetKernelStatus", _K.net.setLocalNumThreads, _K.local_num_threads)
    elif name in ("print_time", "overwrite_files"):
        setattr(_K, name, bool(value))
    elif name in ("data_path", "data_prefix", "verbosity"):
        setattr(_K, name, str(value))
    else:
        raise NESTErrors.UnaccessedDictionaryEntry("the kernel has no attribute '%s'" % name, "SetKernelStatus")


# --- models ------------------------------------------------------------------------------------------------
def Models(mtype="all", sel=None):
    names = _kernel_get("node_models") + _kernel_get("synapse_models")
    if mtype == "nodes":
        names = _kernel_get("node_models")
    elif mtype == "synapses":
        names = _kernel_get("synapse_models")
    return tuple(sorted(n for n in names if sel is None or sel in n))


def GetDefaults(model, keys=None, output=""):
    d = _K.defaults(model)
    if keys is None:
        return d
    if isinstance(keys, str):
        if keys not in d:
            raise NESTErrors.UnaccessedDictionaryEntry("%s has no parameter '%s'" % (model, keys), "GetDefaults")
        return d[keys]
    return tuple(d[key] for key in keys)


def _check_params(model, params, function):
    known = _K.defaults(model)
    allowed = set(known) | (set(recording.PY_KEYS) if known["element_type"] == "recorder" else set()) | ({"weight_recorder", "volume_transmitter"}
                                                                   if known["element_type"] == "synapse" else set())
    for key in params:
        if key not in allowed:
            raise NESTErrors.UnaccessedDictionaryEntry("Unused dictionary items:  %s (%s has: %s)"
                                                       % (key, model, ", ".join(sorted(known))), function)


def SetDefaults(model, params, val=None):
    if val is not None:
        params = {params: val}
    base, overlay = _K.resolve(model, "SetDefaults")
    _check_params(model, params, "SetDefaults")
    overlay.update(params)
    _K.models[model] = (base, overlay)


def CopyModel(existing, new, params=None):
    if new in _K.catalogue() or new in _K.models:
        raise NESTErrors.NewModelNameExists("/%s is the name of an existing model" % new, "CopyModel")
    base, overlay = _K.resolve(existing, "CopyModel")
    params = params or {}
    _check_params(existing, params, "CopyModel")
    overlay.update(params)
    _K.models[new] = (base, overlay)
    _K.register_copy(new)


# --- nodes ---------------------------------------------------------------------------------------------------
def Create(model, n=1, params=None, positions=None):
    if positions is not None:
        raise not_implemented("Create(positions=...) (spatial networks)")
    base, overlay = _K.resolve(model, "Create")
    if _K.kind(model) == "synapse":
        raise NESTErrors.UnknownModelName("/%s is a synapse model, not a node model" % model, "Create")
    if int(n) < 1:
        raise NESTErrors.BadProperty("n must be >= 1, got %d" % n, "Create")
    net = _K.network()
    py_only = {key: overlay.pop(key) for key in recording.PY_KEYS if key in overlay}
    coll = kernel.call("Create", net.create, base, int(n), kernel.to_java_map(overlay))
    ids = list(coll.ids())
    _K.ranges.append((ids[0], ids[-1], model))
    nodes = NodeCollection(ids)
    if _K.kind(model) == "recorder":
        for i in ids:
            recording.register(i, base)
    if py_only:
        nodes.set(py_only)
    if isinstance(params, dict):
        _check_params(model, params, "Create")
        nodes.set(params)
    elif isinstance(params, (list, tuple)):
        if len(params) != len(ids):
            raise NESTErrors.BadProperty("params: %d dicts for %d nodes" % (len(params), len(ids)), "Create")
        for p in params:
            _check_params(model, p, "Create")
        nodes.set(list(params))
    elif params is not None:
        raise NESTErrors.BadProperty("params must be a dict or a list of dicts", "Create")
    return nodes


def GetStatus(nodes, keys=None, output=""):
    if isinstance(nodes, SynapseCollection):
        if keys is None:
            return tuple(c.get() for c in nodes)
        if isinstance(keys, str):
            return tuple(c.get(keys) for c in nodes)
        return tuple(tuple(c.get(key) for key in keys) for c in nodes)
    if not isinstance(nodes, NodeCollection):
        raise TypeError("GetStatus takes a NodeCollection or a SynapseCollection")
    statuses = [_node_status(i) for i in nodes.tolist()]
    if keys is None:
        return tuple(statuses)
    if isinstance(keys, str):
        return tuple(s[keys] for s in statuses)
    return tuple(tuple(s[key] for key in keys) for s in statuses)


def SetStatus(nodes, params, val=None):
    if val is not None:
        params = {params: val}
    if isinstance(nodes, SynapseCollection):
        nodes.set(params)
        return
    if isinstance(params, (list, tuple)):
        for i, p in zip(nodes.tolist(), params):
            _set_node(i, p)
    else:
        for i in nodes.tolist():
            _set_node(i, params)


def Connect(pre, post, conn_spec=None, syn_spec=None, return_synapsecollection=False):
    return _connect(pre, post, conn_spec, syn_spec, return_synapsecollection)


def GetConnections(source=None, target=None, synapse_model=None, synapse_label=None):
    return _get_connections(source, target, synapse_model, synapse_label)


# --- simulation ----------------------------------------------------------------------------------------------
def Prepare():
    _K.network()
    recording.open_files()
    _K.prepared = True


def Run(t):
    if not _K.prepared:
        raise NESTErrors.KernelException("Run called without Prepare (use Simulate, or Prepare/Run/Cleanup)", "Run")
    start = _time.time()
    kernel.call("Simulate", _K.network().simulate, float(t))
    recording.append_files()
    if _K.print_time:
        wall = _time.time() - start
        print("[ 100%% ] Model time: %.1f ms, Real-time factor: %.4f" % (_K.biological_time(),
                                                                      (wall * 1000.0 / t) if t else 0.0))


def Cleanup():
    _K.prepared = False  # ascii files stay open for the next Run, as NEST's backend keeps them per kernel


def Simulate(t):
    if not float(t) >= 0:
        raise NESTErrors.BadParameter("Simulate: t = %s ms is not allowed; must be >= 0" % t, "Simulate")
    Prepare()
    try:
        Run(t)
    finally:
        Cleanup()


class RunManager:
    """``with nest.RunManager(): nest.Run(...)``: Prepare on entry, Cleanup on exit."""

    def __enter__(self):
        Prepare()
        return self

    def __exit__(self, *exc):
        Cleanup()
        return False


# --- kernel attributes as module attributes (nest.resolution = 0.1), as PyNEST does --------------------------
class _NestModule(types.ModuleType):
    def __getattr__(self, name):
        if name in _KERNEL_ATTRS:
            return _kernel_get(name)
        if name in ("voltage_trace", "raster_plot"):
            import importlib
            return importlib.import_module(__name__ + "." + name)
        raise AttributeError("module 'nest' has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if name in _KERNEL_ATTRS:
            _kernel_set(name, value)
        else:
            super().__setattr__(name, value)


sys.modules[__name__].__class__ = _NestModule
