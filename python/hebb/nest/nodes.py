"""PyNEST's NodeCollection: an ordered set of node ids with get/set, slicing, ``+`` and node parameters as
attributes (``neuron.I_e = 376.0``, ``mm.events``)."""

import numbers

import numpy as np

from . import kernel as k
from . import recording
from .errors import NESTErrors
from .random import Parameter

#: Parameters whose value is itself a list (never spread over the nodes of a collection).
_ARRAY_PARAMS = {"record_from", "spike_times", "spike_weights", "spike_multiplicities", "amplitude_times",
                 "amplitude_values"}


class NodeCollection:
    """Node ids in order, as PyNEST's ``NodeCollection`` (ids are 1-based, in creation order)."""

    def __init__(self, node_ids=None):
        ids = [] if node_ids is None else [int(i) for i in node_ids]
        object.__setattr__(self, "_ids", tuple(ids))

    # --- ids --------------------------------------------------------------------------------------------
    def tolist(self):
        return list(self._ids)

    def __len__(self):
        return len(self._ids)

    def __iter__(self):
        return (NodeCollection([i]) for i in self._ids)

    def __contains__(self, node):
        ids = node._ids if isinstance(node, NodeCollection) else (int(node),)
        return all(i in self._ids for i in ids)

    def __eq__(self, other):
        return isinstance(other, NodeCollection) and self._ids == other._ids

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._ids)

    def __bool__(self):
        return len(self._ids) > 0

    def index(self, node_id):
        return self._ids.index(int(node_id))

    def __getitem__(self, key):
        if isinstance(key, slice):
            if key.step is not None and key.step < 1:
                raise IndexError("slicing step for NodeCollection must be strictly positive")
            return NodeCollection(self._ids[key])
        if isinstance(key, (list, tuple, np.ndarray)):
            a = np.asarray(key)
            if a.dtype == bool:
                if len(a) != len(self._ids):
                    raise IndexError("bool index array must be the same length as NodeCollection")
                return NodeCollection([i for i, b in zip(self._ids, a) if b])
            pos = [int(p) for p in a]
            if len(set(pos)) != len(pos):
                raise IndexError("All node IDs in a NodeCollection have to be unique")
            return NodeCollection(sorted(self._ids[p] for p in pos))
        if isinstance(key, numbers.Integral):
            if not -len(self._ids) <= key < len(self._ids):
                raise IndexError("index value outside of the NodeCollection")
            return NodeCollection([self._ids[key]])
        raise IndexError("only integers, slices, lists, tuples and numpy arrays are valid indices")

    def __add__(self, other):
        if not isinstance(other, NodeCollection):
            raise NotImplementedError("Can only add a NodeCollection to a NodeCollection")
        if set(self._ids) & set(other._ids):
            raise NESTErrors.BadProperty("Cannot join overlapping NodeCollections.", "join")
        return NodeCollection(sorted(self._ids + other._ids))

    @property
    def global_id(self):
        return self._ids[0] if len(self._ids) == 1 else self._ids

    def __str__(self):
        if not self._ids:
            return "NodeCollection(<empty>)"
        model = k.KERNEL.model_of(self._ids[0])
        return "NodeCollection(metadata=None, model=%s, size=%d, first=%d, last=%d)" % (
            model, len(self._ids), self._ids[0], self._ids[-1])

    __repr__ = __str__

    # --- parameters -------------------------------------------------------------------------------------
    def get(self, *params, **kwargs):
        """PyNEST's get: no name -> dict of everything; one name -> value (one node) or tuple; names -> dict."""
        output = kwargs.pop("output", "")
        if kwargs:
            raise TypeError("get() got unexpected keyword arguments %s" % sorted(kwargs))
        if output not in ("", None):
            raise k.not_implemented("NodeCollection.get(output=%r)" % output)
        if len(params) == 1 and isinstance(params[0], (list, tuple)):
            names = list(params[0])
        elif len(params) == 0:
            statuses = [status(i) for i in self._ids]
            names = sorted(set().union(*[s.keys() for s in statuses])) if statuses else []
            if len(self._ids) == 1:
                return statuses[0]
            return {n: tuple(s.get(n) for s in statuses) for n in names}
        else:
            names = list(params)
        columns = {n: tuple(value(i, n) for i in self._ids) for n in names}
        if len(params) == 1 and isinstance(params[0], str):
            col = columns[params[0]]
            return col[0] if len(col) == 1 else col
        if len(self._ids) == 1:
            return {n: col[0] for n, col in columns.items()}
        return columns

    def set(self, params=None, **kwargs):
        """PyNEST's set: a dict (a list value per node when it has one entry per node), a list of dicts, or kwargs."""
        if params is None:
            params = kwargs
        elif kwargs:
            raise TypeError("set() takes either a dict or keyword arguments, not both")
        if isinstance(params, (list, tuple)):
            if len(params) != len(self._ids):
                raise NESTErrors.BadProperty("list of %d dicts for %d nodes" % (len(params), len(self._ids)), "set")
            for i, p in zip(self._ids, params):
                set_status(i, p)
            return
        per_node = [dict() for _ in self._ids]
        for name, value in params.items():
            if isinstance(value, Parameter):
                k.KERNEL.network()
                value = list(value.draw(k.KERNEL.node_rng, len(self._ids)))
                if len(self._ids) == 1:
                    value = value[0]
            listed = isinstance(value, (list, tuple, np.ndarray)) and not isinstance(value, str)
            # an array parameter (spike_times, record_from) is spread only as one list per node
            spread = len(self._ids) > 1 and listed and (name not in _ARRAY_PARAMS or all(
                isinstance(v, (list, tuple, np.ndarray)) for v in value))
            if spread and len(value) != len(self._ids):
                raise NESTErrors.BadProperty("%s: %d values for %d nodes" % (name, len(value), len(self._ids)), "set")
            for n, d in enumerate(per_node):
                d[name] = value[n] if spread else value
        for i, d in zip(self._ids, per_node):
            set_status(i, d)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "spatial":
            return None
        return self.get(name)

    def __setattr__(self, name, value):
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            self.set({name: value})


_LOCAL = {"global_id", "model", "element_type", "local", "thread", "vp"}


def value(node_id, name):
    """One parameter of one node, without reading all of them."""
    kern = k.KERNEL
    if name in _LOCAL or (node_id in kern.recorders and name in recording.PY_KEYS):
        return status(node_id)[name] if name not in ("global_id", "model") else (
            node_id if name == "global_id" else kern.model_of(node_id))
    kern.model_of(node_id)
    try:
        return k.to_python(kern.network().get(node_id, name))
    except k.java().IAE:
        raise NESTErrors.UnaccessedDictionaryEntry(
            "%s has no parameter '%s'" % (kern.model_of(node_id), name), "get") from None


def status(node_id):
    """Every parameter of one node as PyNEST's GetStatus gives it."""
    kern = k.KERNEL
    model = kern.model_of(node_id)
    net = kern.network()
    out = {}
    for name, value in net.getStatus(node_id).items():
        out[str(name)] = k.to_python(value)
    out["model"] = model
    out["global_id"] = node_id
    out["element_type"] = kern.element_type(model)
    out["local"] = True
    out["thread"] = 0
    out["vp"] = 0
    if node_id in kern.recorders:
        out.update(recording.status(node_id))
    return out


def set_status(node_id, params):
    kern = k.KERNEL
    params = dict(params)
    if node_id in kern.recorders:
        recording.set_status(node_id, params)  # consumes record_to, label, n_events
    if params:
        coll = k.java().NodeCollection.of(k.java().int_array([node_id]))
        k.call("SetStatus", kern.network().set, coll, k.to_java_map(params))
