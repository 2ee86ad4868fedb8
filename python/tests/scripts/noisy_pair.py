# A PyNEST 3 script in the style of NEST's examples (written for hebb's tests): a neuron driven by excitatory and
# inhibitory Poisson noise excites a second one; voltage traces and a raster with its rate histogram are saved.
# It imports `nest`, so it runs on NEST itself, and on hebb with python/nest_alias on PYTHONPATH.
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import nest  # noqa: E402
import nest.raster_plot  # noqa: E402
import nest.voltage_trace  # noqa: E402

out = sys.argv[1]
nest.set_verbosity("M_WARNING")
nest.ResetKernel()
nest.resolution = 0.1
nest.data_path = out
nest.overwrite_files = True

driven = nest.Create("iaf_psc_alpha", params={"I_e": 200.0})
follower = nest.Create("iaf_psc_alpha")
noise = nest.Create("poisson_generator", 2, params=[{"rate": 80000.0}, {"rate": 15000.0}])
voltmeter = nest.Create("voltmeter", params={"interval": 0.1})
spikes = nest.Create("spike_recorder", params={"record_to": "ascii", "label": "noisy_pair"})

nest.Connect(noise, driven, syn_spec={"weight": [[1.2, -1.0]], "delay": 1.0})
nest.Connect(driven, follower, syn_spec={"weight": 600.0, "delay": 2.0})
nest.Connect(voltmeter, driven + follower)
nest.Connect(driven + follower, spikes)

nest.Simulate(1000.0)

nest.voltage_trace.from_device(voltmeter)
plt.savefig(out + "/voltage.png")
nest.raster_plot.from_device(spikes, hist=True)
plt.savefig(out + "/raster.png")
print("spikes", spikes.get("filenames")[0], voltmeter.n_events, nest.num_connections)
