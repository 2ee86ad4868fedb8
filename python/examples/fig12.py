"""Fig. 12 of a run with matplotlib: the fitness of every individual (one dot each), the best and the mean of each
generation. Usage: PYTHONPATH=python python3 python/examples/fig12.py RUN_DIR OUT.png"""

import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

import hebb  # noqa: E402

run = hebb.load_run(sys.argv[1])
ind, gen = run.individuals, run.generations
fitness = ind["fitness"][:, 0]
size = gen["size"][ind["generation"]]
x = ind["generation"] + (ind["index"] / np.maximum(size - 1, 1) - 0.5) * 0.8  # generation g spread over g +- 0.4
ok = np.isfinite(fitness)
carried = ind["outcome"] == 3
plt.figure(figsize=(11, 5.6))
plt.plot(x[ok & ~carried], fitness[ok & ~carried], ".", color="C0", markersize=3, label="individual")
plt.plot(x[ok & carried], fitness[ok & carried], ".", color="0.6", markersize=3, label="carried (not re-evaluated)")
plt.plot(gen["generation"], gen["best_fitness"][:, 0], "-", color="red", label="best of generation")
plt.plot(gen["generation"], gen["fitness_mean"][:, 0], "-", color="orange", label="mean of generation")
plt.xlabel("generation")
plt.ylabel("fitness")
plt.title("Fig. 12 – Evolution of the fitness values (%d failed evaluations left out)" % int((~ok).sum()))
plt.legend(loc="lower right")
plt.savefig(sys.argv[2], dpi=100)
print("wrote", sys.argv[2])
