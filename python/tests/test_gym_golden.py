"""hebb.gym replays Gymnasium 1.4.0's golden episodes (seeds 0-9, both policies, five tasks) at the golden README's
tolerances: resets bit for bit, replays within 1e-9 with the identical end step and flags; CartPole and Acrobot
(chaotic over hundreds of steps under any libm) over their first 100 steps."""

import os
import unittest

import numpy as np

import hebb.gym as gym
from support import GYM_GOLDEN, read_csv

TASKS = ("MountainCar-v0", "MountainCarContinuous-v0", "CartPole-v1", "Pendulum-v1", "Acrobot-v1")
CHAOTIC = ("CartPole-v1", "Acrobot-v1")
TOL = 1e-9


def episodes(task):
    header, rows = read_csv(os.path.join(GYM_GOLDEN, task + ".csv.gz"))
    eps = {}
    for r in rows:
        eps.setdefault((r[0], int(r[1])), []).append(dict(zip(header, r)))
    return header, eps


class GymGoldenTest(unittest.TestCase):

    def test_replays(self):
        for task in TASKS:
            header, eps = episodes(task)
            obs_cols = [c for c in header if c.startswith("obs")]
            state_cols = [c for c in header if c.startswith("state") and c != "state_dtype"]
            self.assertEqual(len(eps), 20, task)
            env = gym.make(task)
            discrete = isinstance(env.action_space, gym.Discrete)
            for (policy, seed), rows in sorted(eps.items()):
                with self.subTest(task=task, policy=policy, seed=seed):
                    obs, info = env.reset(seed=seed)
                    self.assertEqual(obs.dtype, np.float32)
                    self.assertEqual(info, {})
                    np.testing.assert_array_equal(obs, np.array([float(rows[0][c]) for c in obs_cols], np.float32))
                    np.testing.assert_array_equal(env.unwrapped.state, [float(rows[0][c]) for c in state_cols])
                    limit = 100 if task in CHAOTIC else len(rows) - 1
                    for row in rows[1:limit + 1]:
                        a = int(row["action"]) if discrete else np.array([float(row["action"])], np.float32)
                        obs, reward, terminated, truncated, info = env.step(a)
                        t = row["t"]
                        self.assertEqual(obs.dtype, np.float32)
                        np.testing.assert_allclose(env.unwrapped.state, [float(row[c]) for c in state_cols],
                                                   rtol=0, atol=TOL, err_msg="state at t=%s" % t)
                        np.testing.assert_allclose(obs, [float(row[c]) for c in obs_cols], rtol=0, atol=TOL,
                                                   err_msg="obs at t=%s" % t)
                        self.assertAlmostEqual(reward, float(row["reward"]), delta=TOL)
                        self.assertIsInstance(reward, float)
                        self.assertEqual((terminated, truncated), (row["terminated"] == "1", row["truncated"] == "1"),
                                         "flags at t=%s" % t)
                    if task not in CHAOTIC:
                        self.assertTrue(terminated or truncated, "the episode ends where Gymnasium's ended")

    def test_spaces_sample_and_seed_like_gymnasium(self):
        env = gym.make("MountainCar-v0")
        self.assertEqual(env.action_space.n, 3)
        self.assertEqual(env.observation_space.shape, (2,))
        np.testing.assert_array_equal(env.observation_space.high, np.array([0.6, 0.07], np.float32))
        env.action_space.seed(42)
        first = [int(env.action_space.sample()) for _ in range(20)]
        env.action_space.seed(42)
        self.assertEqual(first, [int(env.action_space.sample()) for _ in range(20)])
        # Gymnasium's Discrete.sample is np_random.integers(n) from Generator(PCG64(SeedSequence(seed)))
        rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence(42)))
        self.assertEqual(first, [int(rng.integers(3)) for _ in range(20)])
        box = gym.make("Pendulum-v1").action_space
        box.seed(1)
        draws = np.array([box.sample() for _ in range(500)])
        self.assertEqual(draws.dtype, np.float32)
        self.assertTrue(np.all(draws >= -2.0) and np.all(draws <= 2.0))
        self.assertTrue(all(box.contains(d) for d in draws[:10]))

    def test_reset_without_seed_continues_the_generator(self):
        a, b = gym.make("CartPole-v1"), gym.make("CartPole-v1")
        a.reset(seed=3)
        b.reset(seed=3)
        np.testing.assert_array_equal(a.reset()[0], b.reset()[0])
        self.assertFalse(np.array_equal(a.reset(seed=3)[0], a.reset()[0]))

    def test_make_vec_steps_copies_like_single_envs(self):
        envs = gym.make_vec("MountainCar-v0", 4)
        obs, _ = envs.reset(seed=10)
        self.assertEqual(obs.shape, (4, 2))
        singles = [gym.make("MountainCar-v0") for _ in range(4)]
        for i, s in enumerate(singles):
            np.testing.assert_array_equal(obs[i], s.reset(seed=10 + i)[0])
        for t in range(50):
            actions = np.array([(t + i) % 3 for i in range(4)])
            obs, rewards, term, trunc, _ = envs.step(actions)
            for i, s in enumerate(singles):
                o, r, te, tr, _ = s.step(int(actions[i]))
                np.testing.assert_array_equal(obs[i], o)
                self.assertEqual((rewards[i], term[i], trunc[i]), (r, te, tr))

    def test_bad_input_is_one_clear_line(self):
        with self.assertRaisesRegex(ValueError, "environment id: 'Humanoid-v4' is not allowed; must be one of "
                                                "MountainCar-v0"):
            gym.make("Humanoid-v4")
        env = gym.make("MountainCar-v0")
        with self.assertRaises(RuntimeError):
            env.step(0)  # before reset, as Gymnasium's OrderEnforcing
        env.reset(seed=0)
        with self.assertRaisesRegex(ValueError, "must be an integer"):
            env.step(1.5)
        with self.assertRaisesRegex(ValueError, "seed: -1 is not allowed"):
            env.reset(seed=-1)


if __name__ == "__main__":
    unittest.main()
