"""Connect with every conn_spec rule and syn_spec form PyNEST has (model name, dict, copied model, scalar, 1-D or
2-D arrays, nest.random distributions), and GetConnections' SynapseCollection with get/set."""

import numbers

import numpy as np

from . import kernel as k
from .errors import NESTErrors, not_implemented
from .nodes import NodeCollection
from .random import Parameter

RULES = ("all_to_all", "one_to_one", "fixed_indegree", "fixed_outdegree", "pairwise_bernoulli")
NEST_ONLY_RULES = ("fixed_total_number", "symmetric_pairwise_bernoulli", "pairwise_poisson", "tripartite_bernoulli_with_pool")
_SENDS_NOTHING = ("spike_recorder", "weight_recorder")
_SAMPLERS = ("multimeter", k.VOLTMETER)


def _ids(nodes, what):
    if not isinstance(nodes, NodeCollection):
        raise TypeError("%s must be a NodeCollection, not %s" % (what, type(nodes).__name__))
    return nodes.tolist()


def _conn_dict(conn_spec):
    if conn_spec is None:
        return {"rule": "all_to_all"}
    if isinstance(conn_spec, str):
        return {"rule": conn_spec}
    if not isinstance(conn_spec, dict):
        raise NESTErrors.BadProperty("conn_spec must be a rule name or a dict, not %r" % (conn_spec,), "Connect")
    spec = dict(conn_spec)
    spec.setdefault("rule", "all_to_all")
    if spec["rule"] in NEST_ONLY_RULES:
        raise not_implemented("the connection rule '%s'" % spec["rule"])
    if spec["rule"] not in RULES:
        raise NESTErrors.BadProperty("Unknown connection rule: %s; hebb has: %s" % (spec["rule"], ", ".join(RULES)),
                                     "Connect")
    return spec


def _syn_dict(syn_spec):
    if syn_spec is None:
        return {}
    if isinstance(syn_spec, str):
        return {"synapse_model": syn_spec}
    if isinstance(syn_spec, dict):
        return dict(syn_spec)
    raise not_implemented("syn_spec of type %s (CollocatedSynapses)" % type(syn_spec).__name__)


def _array(value):
    """A weight/delay array in hebb's order (per target, then per source: NEST's 2-D post x pre, row-major)."""
    return np.ascontiguousarray(np.asarray(value, dtype=float).ravel())


def _check_delay(value, resolution):
    if isinstance(value, Parameter):
        return
    low = float(np.min(value)) if isinstance(value, (list, tuple, np.ndarray)) else float(value)
    if low < resolution:
        raise NESTErrors.BadDelay("Delay must be greater than or equal to resolution (delay %s ms, resolution %s ms)"
                                  % (low, resolution), "Connect")


def connect(pre, post, conn_spec=None, syn_spec=None, return_synapsecollection=False):
    kern = k.KERNEL
    pre_ids, post_ids = _ids(pre, "pre"), _ids(post, "post")
    conn = _conn_dict(conn_spec)
    if conn["rule"] == "one_to_one" and len(pre_ids) != len(post_ids):
        raise NESTErrors.DimensionMismatch("Source and Target population must be of the same size (%d, %d)"
                                           % (len(pre_ids), len(post_ids)), "Connect")
    syn = _syn_dict(syn_spec)
    model = syn.pop("synapse_model", "static_synapse")
    base, overlay = kern.resolve(model, "Connect")
    if kern.kind(model) != "synapse":
        raise NESTErrors.UnknownSynapseType("/%s is not a synapse model" % model, "Connect")
    for i in pre_ids:
        if kern.model_of(i) in _SENDS_NOTHING:
            raise NESTErrors.IllegalConnection(
                "Creation of connection is not possible because: %s (node %d) sends no events; connect neurons TO "
                "a recorder: Connect(neurons, recorder)" % (kern.model_of(i), i), "Connect")
    for i in post_ids:
        if kern.model_of(i) in _SAMPLERS:
            raise NESTErrors.IllegalConnection(
                "Creation of connection is not possible because: %s (node %d) does not accept input; connect a "
                "multimeter or voltmeter FROM it: Connect(voltmeter, neurons)" % (kern.model_of(i), i), "Connect")
    params = dict(overlay)
    params.update(syn)
    params.pop("num_connections", None)
    for key in ("weight", "delay"):
        if isinstance(params.get(key), (list, tuple, np.ndarray)):
            params[key] = _array(params[key])
    if "delay" in params:
        _check_delay(params["delay"], kern.resolution)
    params["synapse_model"] = base
    recording = kern.model_of(pre_ids[0]) in _SAMPLERS or kern.model_of(post_ids[0]) in ("spike_recorder",)
    if recording:
        params = {"synapse_model": base}
    j = k.java()
    net = kern.network()
    jpre = j.NodeCollection.of(j.int_array(pre_ids))
    jpost = j.NodeCollection.of(j.int_array(post_ids))
    cs = k.call("Connect", j.ConnSpec.of, k.to_java_map(conn))
    ss = k.call("Connect", j.SynSpec.of, k.to_java_map(params))
    total = kern.net_connections()
    k.call("Connect", net.connect, jpre, jpost, cs, ss, model)
    made = len(pre_ids) * len(post_ids) if recording else kern.net_connections() - total
    kern.model_connections[model] = kern.model_connections.get(model, 0) + made
    if return_synapsecollection:
        return get_connections(pre, post, model)
    return None


def _synapse_models():
    j = k.java()
    return [str(m) for m in j.Models.names(j.ModelInfo.Kind.SYNAPSE)] + [
        m for m in k.KERNEL.models if k.KERNEL.kind(m) == "synapse" and k.KERNEL.models[m][0] != m]


def get_connections(source=None, target=None, synapse_model=None, synapse_label=None):
    kern = k.KERNEL
    if synapse_label is not None:
        raise not_implemented("GetConnections(synapse_label=...)")
    parts = []
    if kern.net is None:
        return SynapseCollection([])
    if synapse_model is not None:
        kern.resolve(synapse_model, "GetConnections")
    for table in [synapse_model] if synapse_model else _synapse_models():
        if int(kern.net.numConnections(table)) == 0:
            continue
        c = kern.net.getConnections(table)
        src, tgt = np.array(c.sources(), dtype=np.int64), np.array(c.targets(), dtype=np.int64)
        keep = np.ones(len(src), dtype=bool)
        if source is not None:
            keep &= np.isin(src, _ids(source, "source"))
        if target is not None:
            keep &= np.isin(tgt, _ids(target, "target"))
        pos = np.nonzero(keep)[0]
        parts.append({"base": table, "positions": pos, "source": src[pos], "target": tgt[pos],
                      "weight": np.array(c.weights())[pos], "delay": np.array(c.delays())[pos],
                      "receptor": np.array(c.receptors(), dtype=np.int64)[pos],
                      "synapse_model": np.full(len(pos), table, dtype=object)})
    return SynapseCollection(parts)


class SynapseCollection:
    """Connections as PyNEST's SynapseCollection: get('weight'), set(weight=...), len, iteration, attributes."""

    def __init__(self, parts):
        object.__setattr__(self, "_parts", [p for p in parts if len(p["positions"])])

    def __len__(self):
        return sum(len(p["positions"]) for p in self._parts)

    def _column(self, key):
        kern = k.KERNEL
        out = []
        for p in self._parts:
            if key in ("source", "target", "weight", "delay", "receptor", "synapse_model"):
                col = p[key] if key != "weight" else np.array(kern.net.getConnectionState(p["base"], "weight"))[p["positions"]]
            elif key == "port":
                col = p["positions"]
            elif key in ("target_thread", "synapse_id"):
                col = np.zeros(len(p["positions"]), dtype=np.int64)
            else:
                col = np.array(k.call("get", kern.net.getConnectionState, p["base"], key))[p["positions"]]
            out.extend(c.item() if hasattr(c, "item") else c for c in col)
        return out

    def get(self, keys=None, output=""):
        if output not in ("", None):
            raise not_implemented("SynapseCollection.get(output=%r)" % output)
        if keys is None:
            keys = ["source", "target", "weight", "delay", "receptor", "synapse_model", "port", "target_thread"]
        if isinstance(keys, str):
            col = self._column(keys)
            return col[0] if len(col) == 1 else col
        cols = {key: self._column(key) for key in keys}
        if len(self) == 1:
            return {key: v[0] for key, v in cols.items()}
        return cols

    def set(self, params=None, **kwargs):
        params = dict(params or {}, **kwargs)
        for key in params:
            if key != "weight":
                raise not_implemented("SynapseCollection.set(%s=...) (hebb sets weight only)" % key)
        w = params.get("weight")
        if w is None:
            return
        values = np.full(len(self), float(w)) if isinstance(w, numbers.Number) else np.asarray(w, dtype=float)
        if len(values) != len(self):
            raise NESTErrors.BadProperty("weight: %d values for %d connections" % (len(values), len(self)), "set")
        j = k.java()
        at = 0
        for p in self._parts:
            n = len(p["positions"])
            k.call("set", k.KERNEL.net.setConnectionWeights, p["base"], j.int_array(p["positions"].tolist()),
                   j.double_array(values[at:at + n]))
            at += n

    def __iter__(self):
        for p in self._parts:
            for i in range(len(p["positions"])):
                yield SynapseCollection([{key: v[i:i + 1] if key != "base" else v for key, v in p.items()}])

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self.get(name)

    def __setattr__(self, name, value):
        self.set({name: value})

    def __str__(self):
        return "SynapseCollection(%d connections)" % len(self)

    __repr__ = __str__
