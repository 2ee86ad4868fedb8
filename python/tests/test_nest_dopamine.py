"""stdp_dopamine_synapse with a volume_transmitter wired as NEST 3.9 wires it (the synapse model's
``volume_transmitter``, set by CopyModel), in a PyNEST script, against NEST's golden runs: weight, eligibility c,
dopamine n and Kplus after every Simulate(deliver_interval) call and every weight_recorder value, each within
1e-9 relative (as hebb-sim's StdpDopamineGoldenTest: NEST's exp comes from glibc, hebb's from the JDK)."""

import os
import unittest

import numpy as np

import hebb.nest as nest
from support import NEST_GOLDEN, read_csv

DIR = os.path.join(NEST_GOLDEN, "stdp_dopamine")
CASES = [(p, "d1_di10") for p in ("causal_r50", "causal_r500", "causal_r1500", "reward_only", "edge")] + [
    ("causal_r500", "d1_di1"), ("causal_r500", "d5_di1")]


def table(name):
    path = os.path.join(DIR, name)
    header, rows = read_csv(path if os.path.exists(path) else path + ".gz")
    return header, np.array([[float(x) for x in r] for r in rows])


class StdpDopamineGoldenTest(unittest.TestCase):

    def assert_near(self, actual, ref, what):
        np.testing.assert_array_less(np.abs(np.asarray(actual) - ref), 1e-9 * np.abs(ref) + 1e-15 + 1e-300,
                                     err_msg=what)

    def test_every_update_matches_nest(self):
        for protocol, variant in CASES:
            with self.subTest(protocol=protocol, variant=variant):
                delay = 5.0 if variant.startswith("d5") else 1.0
                di = 10 if variant.endswith("di10") else 1
                _, schedule_rows = read_csv(os.path.join(DIR, "da_%s_schedule.csv" % protocol))
                times = {"pre": [], "post": [], "dopa": []}
                for kind, _, multiplicity, generator_time in schedule_rows:
                    times[kind] += [float(generator_time)] * int(float(multiplicity))
                nest.ResetKernel()
                nest.resolution = 0.1
                sg_pre = nest.Create("spike_generator", params={"spike_times": times["pre"]})
                sg_post = nest.Create("spike_generator", params={"spike_times": times["post"]})
                sg_da = nest.Create("spike_generator", params={"spike_times": times["dopa"]})
                pre = nest.Create("parrot_neuron")
                post = nest.Create("parrot_neuron", params={"tau_minus": 30.0})
                dopa = nest.Create("parrot_neuron")
                vt = nest.Create("volume_transmitter", params={"deliver_interval": di})
                wr = nest.Create("weight_recorder")
                nest.Connect(sg_pre, pre)
                nest.Connect(sg_post, post)
                nest.Connect(sg_da, dopa)
                nest.Connect(dopa, vt)
                nest.CopyModel("stdp_dopamine_synapse", "dopa_synapse",
                               {"volume_transmitter": vt, "weight_recorder": wr, "A_plus": 1.0, "A_minus": 1.5,
                                "tau_plus": 20.0, "tau_c": 1000.0, "tau_n": 200.0, "b": 0.001, "Wmin": 0.0,
                                "Wmax": 200.0})
                nest.Connect(pre, post, syn_spec={"synapse_model": "dopa_synapse", "weight": 50.0, "delay": delay,
                                                  "receptor_type": 1})
                header, trace = table("da_%s_%s_trace.csv" % (protocol, variant))
                conn = nest.GetConnections(synapse_model="dopa_synapse")
                keys = ["weight", "c", "n", "Kplus"]
                for row in trace:
                    nest.Simulate(float(di))
                    self.assertEqual(round(nest.biological_time / 0.1), round(row[0] / 0.1))
                    state = conn.get(keys)
                    for key in keys:
                        self.assert_near(state[key], row[header.index(key)], "%s at t = %s" % (key, row[0]))
                _, weights = table("da_%s_%s_weights.csv" % (protocol, variant))
                ev = wr.events
                self.assertEqual(len(ev["weights"]), len(weights))
                np.testing.assert_array_equal(np.round(ev["times"] / 0.1), np.round(weights[:, 0] / 0.1))
                self.assert_near(ev["weights"], weights[:, 1], "recorded weights")


if __name__ == "__main__":
    unittest.main()
