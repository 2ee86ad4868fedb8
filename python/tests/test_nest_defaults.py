"""GetDefaults gives NEST 3.9's defaults (golden nest_model_defaults.json) for every parameter hebb's models have,
in PyNEST's types: numbers, sorted recordables, numpy arrays, an empty NodeCollection for an unset recorder link."""

import json
import os
import unittest

import numpy as np

import hebb.nest as nest
from support import NEST_GOLDEN


def as_nest_json(value):
    """A PyNEST value as the golden file writes it (non-JSON values as their str)."""
    if isinstance(value, np.ndarray):
        return str(value.tolist())
    if isinstance(value, (tuple, nest.NodeCollection)):
        return str(value)
    return value


class DefaultsTest(unittest.TestCase):

    def test_defaults_are_nests(self):
        with open(os.path.join(NEST_GOLDEN, "nest_model_defaults.json")) as f:
            golden = json.load(f)
        models = [m for m in golden if not m.startswith("_")]
        self.assertEqual(len(models), 8)
        for model in models:
            with self.subTest(model=model):
                nest.ResetKernel()
                ours = nest.GetDefaults(model)
                shared = [k for k in ours if k in golden[model]]
                self.assertGreaterEqual(len(shared), 3)
                for key in shared:
                    self.assertEqual(as_nest_json(ours[key]), golden[model][key], "%s.%s" % (model, key))
                for key in ours:
                    self.assertTrue(key in golden[model] or key in ("model", "num_connections") or model in (
                        "parrot_neuron",), "%s.%s is not NEST's" % (model, key))


if __name__ == "__main__":
    unittest.main()
