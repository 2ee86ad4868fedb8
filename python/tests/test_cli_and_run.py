"""hebb.nest and ``hebb simulate`` give the same output for the same network (examples/dc-pair.toml); load_run reads
a run directory ``hebb run`` wrote, consistently with its own files; the Fig. 12 example script runs."""

import csv
import os
import subprocess
import sys
import tempfile
import unittest

import numpy as np

import hebb
import hebb.nest as nest
from support import ROOT, run_cli

TINY_RUN = """
[run]
threads = 1
h5_every = 2
[optimizer]
name = "ga"
seed = 7
pop_size = 6
cx_prob = 0.7
mut_prob = 0.7
ind_prob = 0.45
tourn_size = 2
mate_par = 0.5
mut_par = 1.0
n_iteration = 3
[optimizee]
name = "mountain-car"
hidden_neurons = 2
steps = 20
"""


def read_rows(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], np.array([[float(x) for x in r] for r in rows[1:]])


class SimulateCommandTest(unittest.TestCase):

    def test_same_network_same_output(self):
        with tempfile.TemporaryDirectory() as out:
            run_cli("simulate", os.path.join(ROOT, "examples", "dc-pair.toml"), "--out", out)
            vm_header, vm = read_rows(os.path.join(out, "vm.csv"))
            _, spikes = read_rows(os.path.join(out, "spikes.csv"))
        # examples/dc-pair.toml as a PyNEST script
        nest.ResetKernel()
        nest.resolution = 0.1
        nest.rng_seed = 143202461
        neurons = nest.Create("iaf_psc_alpha", 2)
        dc = nest.Create("dc_generator", params={"amplitude": 500.0})
        mm = nest.Create("multimeter", params={"interval": 0.1, "record_from": ["V_m"]})
        sr = nest.Create("spike_recorder")
        nest.Connect(dc, neurons[0], syn_spec={"weight": 1.0, "delay": 1.0})
        nest.Connect(neurons[0], neurons[1], syn_spec={"synapse_model": "static_synapse", "weight": 1000.0,
                                                       "delay": 1.0})
        nest.Connect(mm, neurons)
        nest.Connect(neurons, sr)
        nest.Simulate(1000.0)
        ev, sev = mm.events, sr.events
        self.assertEqual(vm_header, ["sender", "time_ms", "V_m"])
        # hebb simulate writes every sample to T, hebb.nest shows NEST's (to T - min_delay): the same rows up to it
        n = len(ev["times"])
        self.assertEqual(n, len(vm) - 2 * 10)
        np.testing.assert_array_equal(ev["senders"], vm[:n, 0])
        np.testing.assert_array_equal(np.rint(ev["times"] / 0.1), np.rint(vm[:n, 1] / 0.1))
        np.testing.assert_array_equal(ev["V_m"], vm[:n, 2])
        np.testing.assert_array_equal(sev["senders"], spikes[:, 0])
        np.testing.assert_array_equal(np.rint(sev["times"] / 0.1), np.rint(spikes[:, 1] / 0.1))
        self.assertGreater(len(spikes), 60)


class LoadRunTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        config = os.path.join(cls.tmp.name, "tiny.toml")
        with open(config, "w") as f:
            f.write(TINY_RUN)
        cls.dir = os.path.join(cls.tmp.name, "run")
        run_cli("run", config, "--out", cls.dir)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_run_directory_as_python_objects(self):
        run = hebb.load_run(self.dir)
        self.assertEqual(run.status, "finished")
        self.assertEqual(run.config["optimizer"]["parameters"]["pop_size"], 6)
        self.assertEqual(run.n_generations, 3)
        self.assertEqual(run.attributes["format"], "hebb-trajectory")
        self.assertEqual(run.individuals["genome"].shape, (18, run.attributes["genome_length"]))
        self.assertEqual(sorted(f for f in os.listdir(self.dir) if f.startswith("trajectory-")),
                         ["trajectory-000000.h5", "trajectory-000002.h5"])  # h5_every = 2: segments of 2 and 1
        np.testing.assert_array_equal(run.generations["generation"], [0, 1, 2])
        np.testing.assert_array_equal(run.generations["offset"], [0, 6, 12])
        np.testing.assert_array_equal(run.individuals["generation"], np.repeat([0, 1, 2], 6))
        self.assertEqual(run.optimizer_parameters["pop_size"], 6)
        # per-generation statistics recomputed from the individuals
        for g in range(run.n_generations):
            fit = run.generation(g)["fitness"][:, 0]
            self.assertEqual(run.generations["fitness_max"][g, 0], fit.max())
            self.assertAlmostEqual(run.generations["fitness_mean"][g, 0], fit.mean(), delta=1e-12)
        # best.genome parses to exactly /best/genome, the row at (best generation, best index)
        np.testing.assert_array_equal(run.best["genome"], run.best["h5_genome"])
        row = run.generation(run.best["generation"])["genome"][run.best["index"]]
        np.testing.assert_array_equal(row, run.best["genome"])
        np.testing.assert_array_equal(run.hall_of_fame["genome"][0], run.best["genome"])
        self.assertEqual(run.hall_of_fame["fitness"][0, 0], run.individuals["fitness"][:, 0].max())
        name = next(iter(run.layout))
        self.assertEqual(run.block(name).shape[1], run.layout[name][1])
        with self.assertRaisesRegex(ValueError, "is not a hebb run"):
            hebb.load_run(self.tmp.name)

    def test_fig12_example_runs(self):
        png = os.path.join(self.tmp.name, "fig12.png")
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([os.path.join(ROOT, "python")] + sys.path))
        out = subprocess.run([sys.executable, os.path.join(ROOT, "python", "examples", "fig12.py"), self.dir, png],
                             capture_output=True, text=True, env=env)
        self.assertEqual(out.returncode, 0, out.stderr)
        with open(png, "rb") as f:
            self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")


if __name__ == "__main__":
    unittest.main()
