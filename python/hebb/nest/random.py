"""``nest.random``: the distributions hebb's connection rules can draw weights and delays from (uniform, normal),
drawn from the kernel's seeded generator. The others NEST has raise NotImplemented naming them."""

from .errors import not_implemented


class Parameter:
    """A random distribution given as a weight or delay in a syn_spec."""

    def __init__(self, kind, **values):
        self.kind = kind
        self.values = values

    def to_java(self, j):
        if self.kind == "uniform":
            return j.Distribution.uniform(float(self.values["min"]), float(self.values["max"]))
        return j.Distribution.normal(float(self.values["mean"]), float(self.values["std"]))

    def draw(self, rng, n):
        """n values for node parameters (Create/set), from the kernel's seeded numpy generator."""
        if self.kind == "uniform":
            return rng.uniform(float(self.values["min"]), float(self.values["max"]), n)
        return rng.normal(float(self.values["mean"]), float(self.values["std"]), n)

    def __repr__(self):
        return "nest.random.%s(%s)" % (self.kind, ", ".join("%s=%r" % kv for kv in self.values.items()))


def uniform(min=0.0, max=1.0):  # noqa: A002 (NEST's argument names)
    """Uniform on [min, max)."""
    return Parameter("uniform", min=min, max=max)


def normal(mean=0.0, std=1.0):
    """Normal with the given mean and standard deviation."""
    return Parameter("normal", mean=mean, std=std)


def _missing(name):
    def f(*args, **kwargs):
        raise not_implemented("nest.random.%s" % name)
    f.__name__ = name
    return f


lognormal = _missing("lognormal")
exponential = _missing("exponential")
uniform_int = _missing("uniform_int")
