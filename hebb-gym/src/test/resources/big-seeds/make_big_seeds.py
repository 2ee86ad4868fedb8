"""Writes big_seeds.jsonl: numpy's seeding of integers of 2^128 and beyond (hebb-gym's BigSeedTest reads it).

Run with numpy >= 2 (written with numpy 2.4.6): python3 make_big_seeds.py > big_seeds.jsonl
Gymnasium's np_random(seed) is Generator(PCG64(SeedSequence(seed))); MountainCar-v0's reset draws
np_random.uniform(low=-0.6, high=-0.4) and stores the position as float32.
"""
import json
import numpy as np

SEEDS = [2**128, 2**128 + 1, 2**200 + 12345, 10**60, 2**521 - 1]
for seed in SEEDS:
    ss = np.random.SeedSequence(seed)
    rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed)))
    raw = np.random.PCG64(np.random.SeedSequence(seed)).random_raw(4)
    pos = np.float32(rng.uniform(low=-0.6, high=-0.4))
    print(json.dumps({
        "seed": str(seed),
        "pool_uint32": [int(x) for x in ss.pool],
        "raw_uint64_first4": [str(int(x)) for x in raw],
        "mountaincar_reset_position_float32": repr(float(pos)),
    }))
