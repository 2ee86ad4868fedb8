"""A run directory written by ``hebb run`` as Python objects: ``load_run(DIR)`` reads run.json, trajectory.h5 and the
segments it names (with h5py; layout in docs/trajectory-h5.md), best.genome and the hall of fame, for analysis with
numpy or pandas."""

import json
import os

import numpy as np

#: What /individuals/outcome means (docs/trajectory-h5.md).
OUTCOMES = {0: "ok", 1: "failed", 2: "timed out", 3: "carried"}


class Run:
    """One run directory.

    Attributes: ``path``; ``info`` (all of run.json); ``config``, ``status``, ``seeds``, ``provenance``,
    ``sessions`` (its parts); ``attributes`` (trajectory.h5's root attributes); ``fitness_weights``;
    ``optimizer_parameters``; ``layout`` ({block name: (offset, length)}); ``individuals`` and ``generations``
    (dicts of numpy columns, one row per individual / generation); ``hall_of_fame`` (dict of columns, best first);
    ``best`` (dict: genome from best.genome, fitness, generation, index)."""

    def __init__(self, path):
        self.path = os.path.abspath(path)
        run_json = os.path.join(self.path, "run.json")
        if not os.path.isfile(run_json):
            raise ValueError("RUN_DIR: %s is not a hebb run (no run.json); must be a directory written by 'hebb run'"
                             % path)
        with open(run_json) as f:
            self.info = json.load(f)
        self.config = self.info.get("config", {})
        self.status = self.info.get("status")
        self.seeds = self.info.get("seeds")
        self.provenance = self.info.get("provenance")
        self.sessions = self.info.get("sessions", [])
        self._read_trajectory(os.path.join(self.path, "trajectory.h5"))
        self.best["genome"] = self._read_genome(os.path.join(self.path, "best.genome"))

    def _read_trajectory(self, name):
        try:
            import h5py
        except ImportError as e:
            raise ImportError("hebb.load_run needs h5py: install Debian's python3-h5py") from e
        with h5py.File(name, "r") as f:
            self.attributes = {k: (v.decode() if isinstance(v, bytes) else v.item() if hasattr(v, "item") else v)
                               for k, v in f.attrs.items()}
            self.fitness_weights = f["fitness_weights"][()]
            self.optimizer_parameters = {k: v[()].item() for k, v in f["optimizer_parameters"].items()}
            names = f["layout/names"].asstr()[()].tolist()
            self.layout = {n: (int(o), int(ln)) for n, o, ln in
                           zip(names, f["layout/offsets"][()], f["layout/lengths"][()])}
            self.individuals, self.generations = read_segments(name)
            self.hall_of_fame = {k: v[()] for k, v in f["hall_of_fame"].items()}
            self.best = {k: (v[()].item() if v.shape == () else v[()]) for k, v in f["best"].items()}
            self.best["h5_genome"] = self.best.pop("genome")

    @staticmethod
    def _read_genome(name):
        if not os.path.isfile(name):
            return None
        with open(name) as f:
            return np.array([float(line) for line in f if line.strip()])

    @property
    def n_generations(self):
        return len(self.generations["generation"])

    def generation(self, g):
        """The individuals of generation g: dict of columns."""
        start = int(self.generations["offset"][g])
        rows = slice(start, start + int(self.generations["size"][g]))
        return {k: (v[rows] if not isinstance(v, list) else v[rows]) for k, v in self.individuals.items()}

    def block(self, name, genomes=None):
        """The named parameter block of the genomes (default: every individual's)."""
        if name not in self.layout:
            raise KeyError("layout block: '%s' is not allowed; must be one of %s" % (name, ", ".join(self.layout)))
        o, n = self.layout[name]
        g = self.individuals["genome"] if genomes is None else np.asarray(genomes)
        return g[..., o:o + n]

    def frames(self):
        """(individuals, generations) as pandas DataFrames (needs pandas), objective j in column fitness_j."""
        import pandas as pd
        ind = {k: v for k, v in self.individuals.items() if k not in ("genome", "fitness")}
        for j in range(self.individuals["fitness"].shape[1]):
            ind["fitness_%d" % j] = self.individuals["fitness"][:, j]
        gen = {}
        for k, v in self.generations.items():
            if v.ndim == 2:
                for j in range(v.shape[1]):
                    gen["%s_%d" % (k, j)] = v[:, j]
            else:
                gen[k] = v
        return pd.DataFrame(ind), pd.DataFrame(gen)

    def __repr__(self):
        return "Run(%r, status=%r, generations=%d, best fitness=%s)" % (
            self.path, self.status, self.n_generations, self.best.get("fitness"))


def read_segments(index):
    """The /individuals and /generations columns of all segments an index (trajectory.h5) names, concatenated in
    order: one table each, as if one file held them (docs/trajectory-h5.md)."""
    import h5py
    parts = {"individuals": {}, "generations": {}}
    with h5py.File(index, "r") as f:
        files = f["segments/file"].asstr()[()].tolist()
    for name in files:
        with h5py.File(os.path.join(os.path.dirname(index), name), "r") as seg:
            for group, columns in parts.items():
                for k, v in seg[group].items():
                    columns.setdefault(k, []).append(v.asstr()[()].tolist() if k == "error" else v[()])
    ind = {k: (sum(v, []) if k == "error" else np.concatenate(v)) for k, v in parts["individuals"].items()}
    gen = {k: np.concatenate(v) for k, v in parts["generations"].items()}
    return ind, gen


def load_run(path):
    """A run directory (``hebb run``'s output) as a :class:`Run`."""
    return Run(path)
