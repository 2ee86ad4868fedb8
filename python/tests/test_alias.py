"""The opt-in ``nest`` alias: a script written for NEST runs on hebb with no line changed (python/nest_alias on
PYTHONPATH), its ascii spike file has NEST's name and format and is what raster_plot reads back."""

import os
import subprocess
import sys
import tempfile
import unittest

import numpy as np

from hebb.nest import recording
from support import ROOT

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scripts", "noisy_pair.py")


class AliasTest(unittest.TestCase):

    def test_nest_script_runs_unchanged(self):
        with tempfile.TemporaryDirectory() as out:
            env = dict(os.environ, PYTHONPATH=os.pathsep.join(
                [os.path.join(ROOT, "python"), os.path.join(ROOT, "python", "nest_alias")]), MPLBACKEND="Agg")
            run = subprocess.run([sys.executable, SCRIPT, out], capture_output=True, text=True, env=env, cwd=out)
            self.assertEqual(run.returncode, 0, run.stderr)
            word, name, n_vm, n_conn = run.stdout.split()
            self.assertEqual(name, os.path.join(out, "noisy_pair-6-0.dat"))  # 6 nodes: one digit; thread 0
            self.assertEqual(int(n_vm), 2 * 9990)  # every 0.1 ms up to T - min_delay = 999 ms, as NEST shows them
            self.assertEqual(int(n_conn), 2 + 1 + 2 + 2)
            header, data = recording.read_ascii(name)
            self.assertEqual(header, ["sender", "time_ms"])
            self.assertTrue(set(np.unique(data[:, 0])) <= {1.0, 2.0})
            self.assertGreater(len(data), 10)
            for png in ("voltage.png", "raster.png"):
                with open(os.path.join(out, png), "rb") as f:
                    self.assertEqual(f.read(4), b"\x89PNG")

    def test_alias_is_hebb(self):
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [os.path.join(ROOT, "python"), os.path.join(ROOT, "python", "nest_alias")]))
        code = ("import nest, nest.voltage_trace, nest.raster_plot, hebb.nest; "
                "assert nest is hebb.nest and nest.voltage_trace is hebb.nest.voltage_trace; "
                "assert nest.kernel.NESTErrors.UnknownModelName is hebb.nest.NESTErrors.UnknownModelName")
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        self.assertEqual(run.returncode, 0, run.stderr)


if __name__ == "__main__":
    unittest.main()
