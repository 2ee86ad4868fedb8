"""Gymnasium's API on hebb's tasks: ``gym.make(env_id)`` and ``gym.make_vec(env_id, n)`` with reset/step returning
numpy values exactly as Gymnasium 1.x does (float32 observations, Python float rewards, bool flags), the
registered time limits, and spaces with ``sample()`` and ``seed()`` drawing from numpy's PCG64 like Gymnasium's.

The dynamics run in hebb-gym (Java), which reproduces Gymnasium's episodes: resets bit for bit, replays within the
tolerances of the golden data's README."""

import numpy as np

from . import _jvm

__all__ = ["make", "make_vec", "Box", "Discrete", "MultiDiscrete", "Env", "VectorEnv", "EnvSpec", "registry_ids"]

_gym = _jvm.classes


def registry_ids():
    """The task ids hebb has, in Gymnasium's registration order."""
    return [str(i) for i in _gym().Registry.ids()]


def _call(fn, *args):
    j = _gym()
    try:
        return fn(*args)
    except j.IAE as e:
        raise ValueError(str(e.getMessage())) from None
    except j.IllegalStateException as e:
        raise RuntimeError(str(e.getMessage())) from None


class EnvSpec:
    """The registry entry: id, max_episode_steps, reward_threshold."""

    def __init__(self, jspec):
        self.id = str(jspec.id())
        self.entry_point = str(jspec.entryPoint())
        self.max_episode_steps = int(jspec.maxEpisodeSteps())
        t = jspec.rewardThreshold()
        self.reward_threshold = float(t.getAsDouble()) if t.isPresent() else None

    def __repr__(self):
        return "EnvSpec(id=%r, max_episode_steps=%d, reward_threshold=%r)" % (
            self.id, self.max_episode_steps, self.reward_threshold)


class _Space:
    def __init__(self, seed=None):
        self._np_random = None
        if seed is not None:
            self.seed(seed)

    @property
    def np_random(self):
        if self._np_random is None:
            self.seed()
        return self._np_random

    def seed(self, seed=None):
        """As Gymnasium: a new Generator(PCG64(SeedSequence(seed))); returns [seed]."""
        if seed is not None and (not isinstance(seed, (int, np.integer)) or seed < 0):
            raise ValueError("seed: %r is not allowed; must be None or an integer >= 0" % (seed,))
        seq = np.random.SeedSequence(seed)
        self._np_random = np.random.Generator(np.random.PCG64(seq))
        return [int(seq.entropy) if seed is None else int(seed)]


class Discrete(_Space):
    """Gymnasium's Discrete(n): the integers 0 .. n-1, sampled with ``np_random.integers(n)``."""

    def __init__(self, n, seed=None):
        super().__init__(seed)
        self.n = np.int64(n)
        self.start = np.int64(0)
        self.shape = ()
        self.dtype = np.dtype(np.int64)

    def sample(self, mask=None, probability=None):
        if mask is not None or probability is not None:
            raise NotImplementedError("Discrete.sample(mask=..., probability=...) is not available in hebb.gym")
        return self.start + self.np_random.integers(self.n)

    def contains(self, x):
        if isinstance(x, (int, np.integer)) or (isinstance(x, np.ndarray) and x.shape == () and x.dtype.kind in "iu"):
            return 0 <= int(x) < self.n
        return False

    __contains__ = contains

    def __eq__(self, other):
        return isinstance(other, Discrete) and other.n == self.n

    def __repr__(self):
        return "Discrete(%d)" % self.n


class Box(_Space):
    """Gymnasium's Box(low, high, shape, float32); sample() draws like Gymnasium's for bounded and unbounded
    elements (uniform, exponential for half-bounded, normal for unbounded)."""

    def __init__(self, low, high, shape=None, dtype=np.float32, seed=None):
        super().__init__(seed)
        self.dtype = np.dtype(dtype)
        shape = tuple(shape) if shape is not None else np.shape(low)
        self.low = np.full(shape, low, dtype=self.dtype)
        self.high = np.full(shape, high, dtype=self.dtype)
        self.shape = shape

    def sample(self, mask=None, probability=None):
        if mask is not None or probability is not None:
            raise NotImplementedError("Box.sample(mask=...) is not available in hebb.gym")
        high = self.high.astype(np.float64)
        low = self.low.astype(np.float64)
        out = np.empty(self.shape)
        unbounded = ~np.isfinite(low) & ~np.isfinite(high)
        upp = np.isfinite(high) & ~np.isfinite(low)
        low_b = np.isfinite(low) & ~np.isfinite(high)
        bounded = np.isfinite(low) & np.isfinite(high)
        out[unbounded] = self.np_random.normal(size=unbounded[unbounded].shape)
        out[low_b] = self.np_random.exponential(size=low_b[low_b].shape) + low[low_b]
        out[upp] = high[upp] - self.np_random.exponential(size=upp[upp].shape)
        out[bounded] = self.np_random.uniform(low=low[bounded], high=high[bounded], size=bounded[bounded].shape)
        return out.astype(self.dtype)

    def contains(self, x):
        x = np.asarray(x)
        return x.shape == self.shape and bool(np.all(x >= self.low) and np.all(x <= self.high))

    __contains__ = contains

    def is_bounded(self, manner="both"):
        below, above = bool(np.all(np.isfinite(self.low))), bool(np.all(np.isfinite(self.high)))
        return {"both": below and above, "below": below, "above": above}[manner]

    def __eq__(self, other):
        return (isinstance(other, Box) and self.shape == other.shape and np.array_equal(self.low, other.low)
                and np.array_equal(self.high, other.high))

    def __repr__(self):
        return "Box(%s, %s, %s, %s)" % (self.low, self.high, self.shape, self.dtype)


class MultiDiscrete(_Space):
    """The batched action space of a vector of Discrete tasks."""

    def __init__(self, nvec, seed=None):
        super().__init__(seed)
        self.nvec = np.asarray(nvec, dtype=np.int64)
        self.shape = self.nvec.shape
        self.dtype = np.dtype(np.int64)

    def sample(self):
        return (self.np_random.random(self.nvec.shape) * self.nvec).astype(self.dtype)

    def __repr__(self):
        return "MultiDiscrete(%s)" % self.nvec


def _space(jspace):
    j = _gym()
    if isinstance(jspace, j.Discrete):
        return Discrete(int(jspace.n()))
    return Box(np.array(jspace.low(), dtype=np.float32), np.array(jspace.high(), dtype=np.float32))


def _seed(j, seed):
    if not isinstance(seed, (int, np.integer)) or isinstance(seed, bool) or seed < 0:
        raise ValueError("seed: %r is not allowed; must be None or an integer >= 0" % (seed,))
    return int(seed) if seed < 2 ** 63 else j.BigInteger(str(int(seed)))


def _check_options(options):
    if options:
        raise NotImplementedError("reset(options=%r): hebb's tasks take no reset options" % (options,))


class Env:
    """One task, as ``gymnasium.make(id)`` returns it (TimeLimit and order enforcement included)."""

    metadata = {"render_modes": []}
    render_mode = None

    def __init__(self, env_id):
        j = _gym()
        self._env = _call(j.Registry.make, env_id)
        self.spec = EnvSpec(self._env.spec())
        self.observation_space = _space(self._env.observationSpace())
        self.action_space = _space(self._env.actionSpace())
        self._discrete = isinstance(self.action_space, Discrete)

    @property
    def unwrapped(self):
        return self

    @property
    def state(self):
        """The task's internal state (``env.unwrapped.state``), float64 values."""
        return np.array(self._env.state(), dtype=np.float64)

    def reset(self, *, seed=None, options=None):
        _check_options(options)
        r = _call(self._env.reset) if seed is None else _call(self._env.reset, _seed(_gym(), seed))
        return np.array(r.observation(), dtype=np.float32), {}

    def step(self, action):
        j = _gym()
        if self._discrete:
            a = np.asarray(action)
            if a.shape != () or a.dtype.kind not in "iu":
                raise ValueError("%s action: %r is not allowed; must be an integer in 0..%d"
                                 % (self.spec.id, action, self.action_space.n - 1))
            r = _call(self._env.step, j.jpype.JInt(int(a)))
        else:
            a = np.asarray(action, dtype=np.float32).ravel()
            r = _call(self._env.step, j.float_array(a))
        return (np.array(r.observation(), dtype=np.float32), float(r.reward()), bool(r.terminated()),
                bool(r.truncated()), {})

    def render(self):
        return None

    def close(self):
        pass

    def __repr__(self):
        return "<TimeLimit<OrderEnforcing<PassiveEnvChecker<%s>>>>" % self.spec.id


class VectorEnv:
    """n copies stepped together, as Gymnasium's SyncVectorEnv (next-step autoreset)."""

    metadata = {"autoreset_mode": "NextStep"}

    def __init__(self, env_id, num_envs):
        j = _gym()
        self._env = _call(j.Registry.makeVec, env_id, int(num_envs))
        self.num_envs = int(num_envs)
        self.spec = EnvSpec(self._env.spec())
        self.single_observation_space = _space(self._env.singleObservationSpace())
        self.single_action_space = _space(self._env.singleActionSpace())
        k = self.single_observation_space.shape[0]
        self.observation_space = Box(np.tile(self.single_observation_space.low, (self.num_envs, 1)),
                                     np.tile(self.single_observation_space.high, (self.num_envs, 1)), (self.num_envs, k))
        if isinstance(self.single_action_space, Discrete):
            self.action_space = MultiDiscrete(np.full(self.num_envs, self.single_action_space.n))
        else:
            a = self.single_action_space
            self.action_space = Box(np.tile(a.low, (self.num_envs, 1)), np.tile(a.high, (self.num_envs, 1)),
                                    (self.num_envs, a.shape[0]))

    def _obs(self):
        return np.array(self._env.observations(), dtype=np.float32).reshape(self.num_envs, -1)

    def reset(self, *, seed=None, options=None):
        _check_options(options)
        j = _gym()
        if seed is None:
            _call(self._env.reset)
        elif isinstance(seed, (list, tuple, np.ndarray)):
            _call(self._env.reset, j.long_array([int(s) for s in seed]))
        else:
            _call(self._env.reset, j.jpype.JLong(int(seed)))
        return self._obs(), {}

    def step(self, actions):
        j = _gym()
        if isinstance(self.single_action_space, Discrete):
            _call(self._env.step, j.int_array(np.asarray(actions, dtype=np.int64).astype(np.int32).ravel()))
        else:
            _call(self._env.step, j.float_array(np.asarray(actions, dtype=np.float32).ravel()))
        return (self._obs(), np.array(self._env.rewards(), dtype=np.float64),
                np.array(self._env.terminations(), dtype=bool), np.array(self._env.truncations(), dtype=bool), {})

    def close(self):
        pass


def make(env_id, **kwargs):
    """A task by Gymnasium id (MountainCar-v0, MountainCarContinuous-v0, CartPole-v1, Pendulum-v1, Acrobot-v1)."""
    if kwargs:
        raise NotImplementedError("gym.make(%r, %s): hebb's tasks take no keyword arguments"
                                  % (env_id, ", ".join(sorted(kwargs))))
    return Env(env_id)


def make_vec(env_id, num_envs=1, vectorization_mode=None, **kwargs):
    """``num_envs`` copies of a task stepped together (SyncVectorEnv semantics)."""
    if kwargs or vectorization_mode not in (None, "sync"):
        raise NotImplementedError("gym.make_vec: hebb has the sync mode and no wrappers")
    return VectorEnv(env_id, num_envs)
