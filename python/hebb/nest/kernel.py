"""The simulation kernel behind hebb.nest: one org.hebb.sim.Network, created on the first Create with the kernel's
resolution and rng_seed (as NEST fixes them once nodes exist), the model table with CopyModel/SetDefaults overlays,
and the translation of Java's one-line IllegalArgumentExceptions into NEST's error classes."""

import re

import numpy as np

from .. import _jvm
from .errors import NESTError, NESTErrors, not_implemented  # noqa: F401  (PyNEST: nest.kernel.NESTError)

DEFAULT_SEED = 143202461
#: NEST models hebb has under another name in its catalogue: voltmeter is a multimeter recording V_m.
VOLTMETER = "voltmeter"
RECORDERS = ("spike_recorder", "multimeter", "weight_recorder", VOLTMETER)

java = _jvm.classes


def to_java(value):
    """A Python value as the Java object hebb-sim's parameter maps take."""
    j = java()
    from .nodes import NodeCollection
    from .random import Parameter
    if isinstance(value, NodeCollection):
        return j.NodeCollection.of(j.int_array(list(value.tolist())))
    if isinstance(value, Parameter):
        return value.to_java(j)
    if isinstance(value, (bool, np.bool_)):
        return j.Boolean(bool(value))
    if isinstance(value, (int, float, np.integer, np.floating)):
        return j.Double(float(value))
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return to_java_map(value)
    if isinstance(value, (list, tuple, np.ndarray)):
        items = list(np.asarray(value).ravel()) if isinstance(value, np.ndarray) else list(value)
        if items and all(isinstance(x, str) for x in items):
            out = j.ArrayList()
            for x in items:
                out.add(x)
            return out
        return j.double_array(np.asarray(value, dtype=float).ravel())
    return value


def to_java_map(d):
    m = java().HashMap()
    for k, v in d.items():
        m.put(str(k), to_java(v))
    return m


def to_python(value):
    """A Java value read from hebb-sim as the Python value PyNEST returns."""
    j = java()
    if value is None:
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, j.Boolean):
        return bool(value)
    if isinstance(value, j.jpype.JArray):
        return np.array(value)
    cls = str(value.getClass().getName())
    if cls == "java.lang.Double":
        return float(value)
    if cls in ("java.lang.Integer", "java.lang.Long"):
        return int(value)
    if cls == "org.hebb.sim.NodeCollection":
        from .nodes import NodeCollection
        return NodeCollection(list(value.ids()))
    if isinstance(value, j.jpype.JClass("java.util.List")):
        return tuple(to_python(x) for x in value)
    return value


_UNKNOWN_PARAM = re.compile(r"^(?:[\w.]+\.parameter|[\w.]+): '([^']*)' is not allowed; must be one of")


def translate(e, function):
    """Java's IllegalArgumentException as NEST's error class for the same mistake."""
    msg = str(e.getMessage())
    if msg.startswith("model: '"):
        name = msg.split("'")[1]
        return NESTErrors.UnknownModelName("/%s is not a known model name. (%s)" % (name, msg), function)
    if ".parameter: '" in msg:
        return NESTErrors.UnaccessedDictionaryEntry("Unused dictionary items:  %s (%s)" % (msg.split("'")[1], msg),
                                                    function)
    if msg.startswith("delay: "):
        return NESTErrors.BadDelay("Delay must be greater than or equal to resolution and a multiple of it (%s)" % msg,
                                   function)
    if msg.startswith("connect"):
        return NESTErrors.IllegalConnection("Creation of connection is not possible because: %s" % msg, function)
    return NESTErrors.BadProperty(msg, function)


def call(function, fn, *args):
    """Calls into Java; an IllegalArgumentException comes back as NEST's error class."""
    j = java()
    try:
        return fn(*args)
    except j.IAE as e:
        raise translate(e, function) from None


class Kernel:
    """The state PyNEST's kernel holds between ResetKernel calls."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.net = None
        self.resolution = 0.1
        self.rng_seed = DEFAULT_SEED
        self.local_num_threads = 1
        self.print_time = False
        self.overwrite_files = False
        self.data_path = ""
        self.data_prefix = ""
        self.verbosity = "M_INFO"
        # model name -> (hebb model, parameter overlay); base models map to themselves with their SetDefaults
        self.models = {}
        # per created range: (first id, last id, model name as created)
        self.ranges = []
        # recorder id -> dict(record_to, label, cleared, written)
        self.recorders = {}
        # synapse model name -> count of connections made with it (recorder links included, as NEST counts them)
        self.model_connections = {}
        self.prepared = False
        self._element_types = {}

    # --- models ---------------------------------------------------------------------------------------
    def catalogue(self):
        return [str(n) for n in java().Models.names()] + [VOLTMETER]

    def resolve(self, model, function):
        """model name -> (hebb model, overlay parameters), or NEST's UnknownModelName."""
        if not isinstance(model, str):
            raise NESTErrors.BadProperty("model: %r is not allowed; must be a model name" % (model,), function)
        if model in self.models:
            base, overlay = self.models[model]
            return base, dict(overlay)
        if model == VOLTMETER:
            return "multimeter", {"record_from": ["V_m"]}
        if model in self.catalogue():
            return model, {}
        raise NESTErrors.UnknownModelName("/%s is not a known model name; hebb has: %s"
                                          % (model, ", ".join(self.catalogue())), function)

    def kind(self, model):
        base, _ = self.resolve(model, "GetDefaults")
        return str(java().Models.info(base).kind().name()).lower()

    def element_type(self, model):
        if model not in self._element_types:
            self._element_types[model] = self.defaults(model)["element_type"]
        return self._element_types[model]

    def defaults(self, model):
        base, overlay = self.resolve(model, "GetDefaults")
        info = java().Models.info(base)
        out = {str(k): to_python(v) for k, v in info.defaults().items()}
        from .nodes import NodeCollection
        for key in ("weight_recorder", "volume_transmitter"):
            if out.get(key) == 0.0:
                out[key] = NodeCollection()  # NEST: an empty NodeCollection when none is set
        out.update(overlay)
        kind = str(info.kind().name()).lower()
        out["element_type"] = {"neuron": "neuron", "stimulator": "stimulator", "recorder": "recorder",
                               "synapse": "synapse"}[kind]
        if kind == "neuron":
            out["recordables"] = tuple(sorted(str(r) for r in info.recordables()))
        if kind == "recorder":
            for key, v in (("record_to", "memory"), ("label", ""), ("start", 0.0), ("stop", float("inf")),
                           ("origin", 0.0)):
                out.setdefault(key, v)
        if kind == "synapse":
            out["num_connections"] = self.num_connections(model)
            out["synapse_model"] = model
        out["model"] = model
        return out

    # --- network --------------------------------------------------------------------------------------
    def network(self):
        if self.net is None:
            j = java()
            self.net = call("SetKernelStatus", j.Network, float(self.resolution), int(self.rng_seed))
            call("SetKernelStatus", self.net.setLocalNumThreads, int(self.local_num_threads))
            # node parameters drawn from nest.random in Create/set (connections draw from the network's generator)
            self.node_rng = np.random.Generator(np.random.PCG64(self.rng_seed))
            for name in self.models:
                self.register_copy(name)
        return self.net

    def register_copy(self, name):
        """A copied synapse model gets its own connection table in the network, as in NEST."""
        base, _ = self.models[name]
        if self.net is not None and name != base and self.kind(name) == "synapse":
            call("CopyModel", self.net.copySynapseModel, base, name)

    def size(self):
        return 0 if self.net is None else int(self.net.size())

    def model_of(self, node_id):
        for first, last, model in self.ranges:
            if first <= node_id <= last:
                return model
        raise NESTErrors.UnknownNode("Node with id %d does not exist (%d nodes)" % (node_id, self.size()), "GetStatus")

    def num_connections(self, model=None):
        """NEST's num_connections: every connection made, recorder links included, of one model or of all."""
        if model is None:
            return sum(self.model_connections.values())
        self.resolve(model, "GetDefaults")
        return self.model_connections.get(model, 0)

    def net_connections(self):
        """Connections in the network's tables (recorder links are not in them)."""
        from .connections import _synapse_models
        return sum(int(self.net.numConnections(m)) for m in _synapse_models()) if self.net is not None else 0

    def min_steps(self):
        """NEST's min_delay in steps (how late a multimeter's last samples arrive)."""
        if self.net is None:
            return 1
        return int(round(float(self.net.minDelay()) / self.resolution))

    def biological_time(self):
        return 0.0 if self.net is None else float(self.net.time())


KERNEL = Kernel()
