"""hebb.nest's PyNEST API against invariants, the Java API it wraps, and NEST's documented behaviour: connection
rules and syn_spec forms, NodeCollection, get/set, defaults and copied models, recorders, the ascii backend, the
Prepare/Run/Cleanup cycle, and NEST's error classes for bad input."""

import contextlib
import io
import os
import tempfile
import unittest

import numpy as np

import hebb.nest as nest
from hebb.nest import kernel


class ConnectTest(unittest.TestCase):

    def setUp(self):
        nest.ResetKernel()

    def test_fixed_indegree_weights_come_back_per_target(self):
        nest.rng_seed = 12
        pre = nest.Create("iaf_psc_alpha", 20)
        post = nest.Create("iaf_psc_exp", 6)
        w = np.arange(6 * 4, dtype=float).reshape(6, 4) + 1.0  # NEST's 2-D form: one row per target
        nest.Connect(pre, post, {"rule": "fixed_indegree", "indegree": 4}, {"weight": w, "delay": 1.5})
        conns = nest.GetConnections()
        self.assertEqual(len(conns), 24)
        weights, targets, sources = conns.get("weight"), conns.get("target"), conns.get("source")
        for row, target in enumerate(post.tolist()):
            got = sorted(x for x, t in zip(weights, targets) if t == target)
            self.assertEqual(got, sorted(w[row]), "target %d gets its own row" % target)
        self.assertTrue(set(sources) <= set(pre.tolist()))
        self.assertEqual(set(conns.get("delay")), {1.5})
        self.assertEqual(nest.num_connections, 24)
        # the same network through the Java API: identical connections
        j = kernel.java()
        net = j.Network(0.1, 12)
        jpre, jpost = net.create("iaf_psc_alpha", 20), net.create("iaf_psc_exp", 6)
        net.connect(jpre, jpost, j.ConnSpec.fixedIndegree(4), j.SynSpec.staticSynapse().withWeight(
            j.double_array(w.ravel())).withDelay(1.5))
        c = net.getConnections()
        self.assertEqual(list(c.sources()), sources)
        self.assertEqual(list(c.targets()), targets)
        self.assertEqual(list(c.weights()), weights)

    def test_every_rule_makes_its_count(self):
        a = nest.Create("iaf_psc_alpha", 5)
        b = nest.Create("iaf_psc_alpha", 5)
        cases = [(None, 25), ("all_to_all", 25), ("one_to_one", 5), ({"rule": "fixed_outdegree", "outdegree": 3}, 15),
                 ({"rule": "fixed_indegree", "indegree": 2, "allow_multapses": False}, 10),
                 ({"rule": "pairwise_bernoulli", "p": 1.0}, 25), ({"rule": "pairwise_bernoulli", "p": 0.0}, 0)]
        total = 0
        for spec, n in cases:
            nest.Connect(a, b, spec)
            total += n
            self.assertEqual(nest.num_connections, total, spec)
        all_to_all = nest.GetConnections(a[0], b[1:3])
        self.assertEqual(all_to_all.get("source"), [1] * len(all_to_all))

    def test_random_weights_are_seeded_and_in_range(self):
        def weights(seed):
            nest.ResetKernel()
            nest.rng_seed = seed
            n = nest.Create("iaf_psc_alpha", 30)
            nest.Connect(n, n, syn_spec={"weight": nest.random.uniform(min=2.0, max=3.0),
                                         "delay": nest.random.normal(mean=2.0, std=0.3)})
            c = nest.GetConnections()
            return np.array(c.get("weight")), np.array(c.get("delay"))

        w1, d1 = weights(5)
        w2, _ = weights(5)
        w3, _ = weights(6)
        np.testing.assert_array_equal(w1, w2)
        self.assertFalse(np.array_equal(w1, w3))
        self.assertTrue(np.all((w1 >= 2.0) & (w1 < 3.0)))
        self.assertAlmostEqual(w1.mean(), 2.5, delta=0.03)  # 900 draws: sd of the mean 0.0096
        np.testing.assert_allclose(d1 / 0.1, np.round(d1 / 0.1), atol=1e-9)  # drawn delays on the grid
        with self.assertRaises(nest.NESTErrors.NotImplemented):
            nest.random.lognormal()

    def test_random_node_parameters(self):
        def v_m(seed):
            nest.ResetKernel()
            nest.rng_seed = seed
            return np.array(nest.Create("iaf_psc_alpha", 400, params={"V_m": nest.random.uniform(-70.0, -55.0)}).V_m)

        a, b, c = v_m(3), v_m(3), v_m(4)
        np.testing.assert_array_equal(a, b)
        self.assertFalse(np.array_equal(a, c))
        self.assertTrue(np.all((a >= -70.0) & (a < -55.0)))
        self.assertAlmostEqual(a.mean(), -62.5, delta=0.9)  # 400 draws: sd of the mean 0.22
        n = nest.Create("iaf_psc_alpha")
        n.set(I_e=nest.random.normal(mean=300.0, std=0.0))
        self.assertEqual(n.I_e, 300.0)

    def test_all_to_all_2d_weights_are_post_by_pre(self):
        pre = nest.Create("iaf_psc_alpha", 3)
        post = nest.Create("iaf_psc_alpha", 2)
        w = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        nest.Connect(pre, post, "all_to_all", {"weight": w})
        for c in nest.GetConnections():
            s, t, weight = c.get(["source", "target", "weight"]).values()
            self.assertEqual(weight, w[post.index(t), pre.index(s)])

    def test_set_weights_of_connections(self):
        n = nest.Create("iaf_psc_alpha", 3)
        nest.Connect(n[0], n[1:], syn_spec={"weight": 2.0})
        conns = nest.GetConnections(n[0])
        conns.set(weight=[7.0, 8.0])
        self.assertEqual(nest.GetConnections(n[0]).get("weight"), [7.0, 8.0])
        conns.weight = 9.0
        self.assertEqual(nest.GetConnections(n[0]).weight, [9.0, 9.0])


class NodesTest(unittest.TestCase):

    def setUp(self):
        nest.ResetKernel()

    def test_node_collection(self):
        a = nest.Create("iaf_psc_alpha", 4, params={"I_e": [1.0, 2.0, 3.0, 4.0]})
        b = nest.Create("iaf_psc_delta", 2, params=[{"V_m": -60.0}, {"V_m": -61.0}])
        self.assertEqual(a.global_id, (1, 2, 3, 4))
        self.assertEqual(a[1].global_id, 2)
        self.assertEqual(a[1:3].tolist(), [2, 3])
        self.assertEqual(a[::2].tolist(), [1, 3])
        self.assertEqual(a[-1].global_id, 4)
        self.assertEqual((a + b).tolist(), [1, 2, 3, 4, 5, 6])
        self.assertEqual(len(a + b), 6)
        self.assertEqual(a.get("I_e"), (1.0, 2.0, 3.0, 4.0))
        self.assertEqual(b.V_m, (-60.0, -61.0))
        self.assertEqual(a[0].get(["I_e", "C_m"]), {"I_e": 1.0, "C_m": 250.0})
        self.assertEqual(b.get("model"), ("iaf_psc_delta", "iaf_psc_delta"))
        a.I_e = 376.0
        self.assertEqual(a.I_e, (376.0,) * 4)
        a.set({"tau_m": [11.0, 12.0, 13.0, 14.0]}, )
        self.assertEqual(nest.GetStatus(a, "tau_m"), (11.0, 12.0, 13.0, 14.0))
        nest.SetStatus(a[0], {"tau_m": 20.0})
        self.assertEqual(a[0].tau_m, 20.0)
        self.assertEqual([n.global_id for n in b], [5, 6])
        gens = nest.Create("spike_generator", 2, params={"spike_times": [[1.0, 2.0], [3.0]]})
        np.testing.assert_array_equal(gens[1].spike_times, [3.0])
        gens.spike_times = [5.0, 6.0]  # one array for every node
        np.testing.assert_array_equal(gens[0].spike_times, [5.0, 6.0])
        np.testing.assert_array_equal(gens[1].spike_times, [5.0, 6.0])
        self.assertIn(a[2], a)
        self.assertEqual(str(a), "NodeCollection(metadata=None, model=iaf_psc_alpha, size=4, first=1, last=4)")
        with self.assertRaises(nest.NESTErrors.BadProperty):
            _ = a[1:3] + a[2:]

    def test_defaults_and_copied_models(self):
        self.assertEqual(nest.GetDefaults("iaf_psc_alpha")["C_m"], 250.0)
        nest.SetDefaults("iaf_psc_alpha", {"C_m": 200.0})
        self.assertEqual(nest.Create("iaf_psc_alpha").C_m, 200.0)
        nest.CopyModel("iaf_psc_alpha", "slow_neuron", {"tau_m": 30.0})
        slow = nest.Create("slow_neuron", 2)
        self.assertEqual(slow.tau_m, (30.0, 30.0))
        self.assertEqual(slow.C_m, (200.0, 200.0))
        self.assertEqual(slow[0].model, "slow_neuron")
        nest.CopyModel("static_synapse", "excitatory", {"weight": 20.0, "delay": 1.5})
        nest.Connect(slow, slow, syn_spec="excitatory")
        nest.Connect(slow[0], slow[1], syn_spec={"weight": 3.0})
        self.assertEqual(nest.GetDefaults("excitatory")["num_connections"], 4)
        self.assertEqual(nest.GetDefaults("static_synapse")["num_connections"], 1)
        self.assertEqual(nest.GetConnections(synapse_model="excitatory").get("weight"), [20.0] * 4)
        self.assertIn("slow_neuron", nest.node_models)
        self.assertIn("excitatory", nest.synapse_models)

    def test_rng_seed_domain_is_nests(self):
        # NEST 3.9 RandomManager::set_status: 0 < rng_seed < 2^32, nothing wrapped
        for ok in (1, 2 ** 32 - 1):
            nest.ResetKernel()
            nest.rng_seed = ok
            self.assertEqual(nest.rng_seed, ok)
        for bad in (0, -1, 2 ** 32, 2 ** 64 - 1):
            nest.ResetKernel()
            with self.assertRaises(nest.NESTErrors.BadProperty):
                nest.rng_seed = bad

    def test_kernel_attributes(self):
        nest.resolution = 0.05
        nest.rng_seed = 7
        self.assertEqual(nest.GetKernelStatus("resolution"), 0.05)
        self.assertEqual(nest.rng_seed, 7)
        n = nest.Create("iaf_psc_alpha", 2)
        nest.Connect(n[0], n[1], syn_spec={"delay": 0.5})
        nest.Connect(n[1], n[0], syn_spec={"delay": 2.0})
        self.assertEqual((nest.min_delay, nest.max_delay), (0.5, 2.0))
        nest.Simulate(10.0)
        self.assertEqual(nest.biological_time, 10.0)
        self.assertEqual(nest.GetKernelStatus()["network_size"], 2)
        with self.assertRaises(nest.NESTErrors.KernelException):
            nest.resolution = 0.1
        nest.print_time = True
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            nest.Simulate(5.0)
        self.assertRegex(printed.getvalue(), r"^\[ 100% \] Model time: 15\.0 ms, Real-time factor: [0-9.]+\n$")
        nest.ResetKernel()
        self.assertEqual((nest.resolution, nest.biological_time, nest.num_connections), (0.1, 0.0, 0))


class RecordersTest(unittest.TestCase):

    def setUp(self):
        nest.ResetKernel()

    def _network(self):
        neuron = nest.Create("iaf_psc_alpha", params={"I_e": 376.0})
        vm = nest.Create("voltmeter")
        sr = nest.Create("spike_recorder")
        nest.Connect(vm, neuron)
        nest.Connect(neuron, sr)
        return neuron, vm, sr

    def test_voltmeter_events_and_n_events(self):
        neuron, vm, sr = self._network()
        nest.Simulate(500.0)
        ev = vm.events
        self.assertEqual(set(ev), {"senders", "times", "V_m"})
        self.assertIsInstance(ev["V_m"], np.ndarray)
        self.assertEqual(ev["times"][-1], 499.0)  # NEST: the last min_delay arrives with the next slice
        self.assertEqual(vm.n_events, 499)
        n_spikes = sr.n_events
        self.assertGreater(n_spikes, 5)
        sr.n_events = 0
        self.assertEqual(sr.n_events, 0)
        self.assertEqual(len(sr.events["times"]), 0)
        nest.Simulate(500.0)
        self.assertGreaterEqual(sr.n_events, n_spikes - 1)
        self.assertTrue(np.all(sr.events["times"] > 500.0))
        with self.assertRaises(nest.NESTErrors.BadProperty):
            sr.n_events = 3

    def test_recording_window(self):
        neuron, vm, sr = self._network()
        window = nest.Create("spike_recorder", params={"start": 100.0, "stop": 600.0, "origin": 50.0})
        nest.Connect(neuron, window)
        nest.Simulate(800.0)
        all_times = sr.events["times"]
        want = all_times[(all_times > 150.0) & (all_times <= 650.0)]
        self.assertGreater(len(want), 2)
        np.testing.assert_array_equal(window.events["times"], want)
        self.assertEqual(window.get(["start", "stop", "origin"]), {"start": 100.0, "stop": 600.0, "origin": 50.0})

    def test_prepare_run_cleanup_equals_simulate(self):
        def trace(split):
            nest.ResetKernel()
            _, vm, _ = self._network()
            if split:
                with nest.RunManager():
                    for _ in range(10):
                        nest.Run(30.0)
            else:
                nest.Simulate(300.0)
            return vm.events["V_m"]
        np.testing.assert_array_equal(trace(True), trace(False))

    def test_ascii_files_have_nests_names_and_format(self):
        with tempfile.TemporaryDirectory() as d:
            nest.data_path = d
            nest.overwrite_files = False
            neuron, vm, sr = self._network()
            sr.set(record_to="ascii", label="spikes")
            nest.Simulate(200.0)
            nest.Simulate(100.0)
            name = os.path.join(d, "spikes-3-0.dat")
            self.assertEqual(sr.filenames, (name,))
            with open(name) as f:
                lines = f.read().splitlines()
            self.assertEqual(lines[0], "# NEST version: 3.9.0 (hebb)")
            self.assertEqual(lines[1], "# RecordingBackendASCII version: 2")
            self.assertEqual(lines[2], "sender\ttime_ms")
            times = [float(line.split("\t")[1]) for line in lines[3:]]
            self.assertTrue(all(line.split("\t")[1].count(".") == 1 and len(line.split("\t")[1].split(".")[1]) == 3
                                for line in lines[3:]))
            self.assertGreater(len(times), 3)
            self.assertEqual(len(times), sr.n_events if sr.get("record_to") == "memory" else len(times))
            nest.ResetKernel()
            nest.data_path = d
            neuron, vm, sr = self._network()
            sr.set(record_to="ascii", label="spikes")
            with self.assertRaises(nest.NESTErrors.IOError):
                nest.Simulate(10.0)
            nest.overwrite_files = True
            nest.Simulate(10.0)


class ErrorsTest(unittest.TestCase):
    """NEST's error classes for the mistakes the issue names."""

    def setUp(self):
        nest.ResetKernel()

    def test_unknown_model(self):
        with self.assertRaisesRegex(nest.kernel.NESTErrors.UnknownModelName, "/aeif_cond_exp is not a known model"):
            nest.Create("aeif_cond_exp")
        with self.assertRaises(nest.kernel.NESTError):
            nest.GetDefaults("hh_psc_alpha")

    def test_unknown_parameter(self):
        with self.assertRaisesRegex(nest.NESTErrors.UnaccessedDictionaryEntry, "Unused dictionary items:  tau_x"):
            nest.Create("iaf_psc_alpha", params={"tau_x": 1.0})
        n = nest.Create("iaf_psc_alpha")
        with self.assertRaises(nest.NESTErrors.UnaccessedDictionaryEntry):
            n.set(tau_x=1.0)
        with self.assertRaises(nest.NESTErrors.UnaccessedDictionaryEntry):
            n.get("tau_x")

    def test_delay_below_resolution(self):
        n = nest.Create("iaf_psc_alpha", 2)
        with self.assertRaisesRegex(nest.NESTErrors.BadDelay, "Delay must be greater than or equal to resolution"):
            nest.Connect(n[0], n[1], syn_spec={"delay": 0.05})
        self.assertEqual(nest.num_connections, 0)

    def test_recorder_connected_the_wrong_way(self):
        n = nest.Create("iaf_psc_alpha")
        sr = nest.Create("spike_recorder")
        vm = nest.Create("voltmeter")
        with self.assertRaisesRegex(nest.NESTErrors.IllegalConnection, "Connect\\(neurons, recorder\\)"):
            nest.Connect(sr, n)
        with self.assertRaisesRegex(nest.NESTErrors.IllegalConnection, "Connect\\(voltmeter, neurons\\)"):
            nest.Connect(n, vm)

    def test_missing_features_name_themselves(self):
        with self.assertRaisesRegex(nest.NESTErrors.NotImplemented, "fixed_total_number"):
            n = nest.Create("iaf_psc_alpha", 2)
            nest.Connect(n, n, {"rule": "fixed_total_number", "N": 3})
        with self.assertRaisesRegex(nest.NESTError, "Install"):
            nest.Install("mymodule")


if __name__ == "__main__":
    unittest.main()


class LocalNumThreadsTest(unittest.TestCase):
    """local_num_threads reaches the network's kernel: the partitioned multi-threaded kernel gives the same spikes."""

    @staticmethod
    def run_network(threads, set_after_create):
        nest.ResetKernel()
        if not set_after_create:
            nest.SetKernelStatus({"local_num_threads": threads})
        n = nest.Create("iaf_psc_alpha", 200)
        if set_after_create:
            nest.SetKernelStatus({"local_num_threads": threads})
        pg = nest.Create("poisson_generator", params={"rate": 20000.0})
        sr = nest.Create("spike_recorder")
        nest.Connect(pg, n, syn_spec={"weight": 30.0})
        nest.Connect(n, n, {"rule": "fixed_indegree", "indegree": 10}, {"weight": 20.0, "delay": 1.5})
        nest.Connect(n, sr)
        nest.Simulate(200.0)
        self_threads = nest.GetKernelStatus("local_num_threads")
        ev = sr.get("events")
        return self_threads, list(ev["senders"]), list(ev["times"])

    def test_spikes_are_the_same_on_one_two_and_three_threads(self):
        one = self.run_network(1, False)
        self.assertGreater(len(one[1]), 1000)
        for threads, late in ((2, False), (3, True)):
            other = self.run_network(threads, late)
            self.assertEqual(other[0], threads)
            self.assertEqual(other[1:], one[1:])

    def test_thread_count_outside_the_cap_is_bad_property(self):
        nest.ResetKernel()
        with self.assertRaises(nest.NESTErrors.BadProperty):
            nest.SetKernelStatus({"local_num_threads": 257})
