"""PyNEST scripts, written as a NEST user writes them, against NEST 3.9's golden data: the DC pair bit for bit
(multimeter .events and spike times) and the STDP protocols through a weight_recorder."""

import os
import unittest

import numpy as np

import hebb.nest as nest
from support import NEST_GOLDEN, read_csv

DC_PAIRS = [(m, h) for m in ("iaf_psc_alpha", "iaf_psc_exp", "iaf_psc_delta") for h in ("0.1", "0.01", "1")
            if os.path.exists(os.path.join(NEST_GOLDEN, "dc_pair", "dc_pair_%s_res%s_vm.csv.gz" % (m, h)))]


def dc_pair_script(model, resolution, interval, recordables):
    """The golden README's DC pair as a PyNEST 3 script."""
    nest.ResetKernel()
    nest.resolution = resolution
    neurons = nest.Create(model, 2)
    dc = nest.Create("dc_generator", params={"amplitude": 500.0})
    mm = nest.Create("multimeter", params={"interval": interval, "record_from": recordables})
    sr = nest.Create("spike_recorder")
    nest.Connect(dc, neurons[0], syn_spec={"weight": 1.0, "delay": 1.0})
    nest.Connect(neurons[0], neurons[1], syn_spec={"synapse_model": "static_synapse", "weight": 1000.0, "delay": 1.0})
    nest.Connect(mm, neurons)
    nest.Connect(neurons, sr)
    nest.Simulate(1000.0)
    return neurons, mm.events, sr.events


class DcPairGoldenTest(unittest.TestCase):

    def test_every_sample_and_spike_is_nests(self):
        self.assertEqual(len(DC_PAIRS), 8, "the golden dc_pair runs hebb-sim's tests copied")
        for model, h in DC_PAIRS:
            with self.subTest(model=model, resolution=h):
                header, rows = read_csv(os.path.join(NEST_GOLDEN, "dc_pair", "dc_pair_%s_res%s_vm.csv.gz" % (model, h)))
                gold = np.array([[float(x) for x in r] for r in rows])
                variables = [v for v in ("V_m", "I_syn_ex", "I_syn_in") if "%s_n1" % v in header]
                interval = 1.0 if h == "1" else 0.1
                neurons, ev, spikes = dc_pair_script(model, float(h), interval, variables)
                n1, n2 = neurons.tolist()
                # NEST shows the samples up to T - min_delay: exactly the golden rows
                self.assertEqual(len(ev["times"]), 2 * len(gold))
                for node, suffix in ((n1, "_n1"), (n2, "_n2")):
                    sel = ev["senders"] == node
                    np.testing.assert_array_equal(ev["times"][sel], gold[:, 0])
                    for v in variables:
                        np.testing.assert_array_equal(ev[v][sel], gold[:, header.index(v + suffix)],
                                                      err_msg="%s of neuron %d" % (v, node))
                _, srows = read_csv(os.path.join(NEST_GOLDEN, "dc_pair", "dc_pair_%s_res%s_spikes.csv" % (model, h)))
                for node, label in ((n1, "1"), (n2, "2")):
                    want = [float(r[1]) for r in srows if r[0] == label]
                    np.testing.assert_array_equal(spikes["times"][spikes["senders"] == node], want)


class StdpGoldenTest(unittest.TestCase):
    """stdp_synapse between parrot neurons, weight_recorder wired as NEST wires it (CopyModel with weight_recorder)."""

    TOL = 1e-9  # as hebb-sim's StdpSynapseGoldenTest: NEST's exp from glibc, hebb's from the JDK

    def run_protocol(self, base, alpha, delay):
        _, spikes = read_csv(os.path.join(NEST_GOLDEN, "stdp", base + "_spikes.csv"))
        pre = [float(t) - 1.0 for who, t in spikes if who == "pre"]  # generator time = parrot time - 1 ms
        post = [float(t) - 1.0 for who, t in spikes if who == "post"]
        nest.ResetKernel()
        nest.resolution = 0.1
        sg_pre = nest.Create("spike_generator", params={"spike_times": pre})
        sg_post = nest.Create("spike_generator", params={"spike_times": post})
        parrots = nest.Create("parrot_neuron", 2)
        wr = nest.Create("weight_recorder")
        nest.CopyModel("stdp_synapse", "stdp_recorded", {"weight_recorder": wr})
        nest.Connect(sg_pre, parrots[0], syn_spec={"delay": 1.0})
        nest.Connect(sg_post, parrots[1], syn_spec={"delay": 1.0})
        nest.Connect(parrots[0], parrots[1], syn_spec={
            "synapse_model": "stdp_recorded", "weight": 500.0, "delay": delay, "receptor_type": 1, "Wmax": 1000.0,
            "lambda": 0.01, "mu_plus": 1.0, "mu_minus": 1.0, "tau_plus": 20.0, "alpha": alpha})
        nest.Simulate(np.ceil(max(pre[-1], post[-1]) / 100.0) * 100.0 + 100.0)
        return parrots, wr.events

    def test_weights_after_every_pre_spike(self):
        cases = sorted(f[:-len("_weights.csv")] for f in os.listdir(os.path.join(NEST_GOLDEN, "stdp"))
                       if f.endswith("_weights.csv"))
        self.assertEqual(len(cases), 7)
        for base in cases:
            alpha = 1.0 if "alpha+1" in base else -1.0
            delay = 5.0 if base.endswith("delay5") else 1.0
            with self.subTest(base):
                parrots, ev = self.run_protocol(base, alpha, delay)
                _, rows = read_csv(os.path.join(NEST_GOLDEN, "stdp", base + "_weights.csv"))
                gold = np.array([[float(x) for x in r] for r in rows])
                self.assertEqual(len(ev["weights"]), len(gold))
                np.testing.assert_array_equal(np.round(ev["times"] / 0.1), np.round(gold[:, 0] / 0.1))
                self.assertTrue(np.all(ev["senders"] == parrots[0].global_id))
                self.assertTrue(np.all(ev["targets"] == parrots[1].global_id))
                np.testing.assert_allclose(ev["weights"], gold[:, 1], rtol=0, atol=self.TOL)
                conns = nest.GetConnections(synapse_model="stdp_recorded")
                self.assertEqual(conns.get("weight"), ev["weights"][-1])
                self.assertEqual(nest.GetDefaults("stdp_recorded")["num_connections"], 1)


if __name__ == "__main__":
    unittest.main()
