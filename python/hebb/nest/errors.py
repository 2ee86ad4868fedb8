"""NEST's error classes as PyNEST names them: ``nest.kernel.NESTError`` and ``nest.kernel.NESTErrors.<Name>``.

PyNEST raises ``NESTErrors.UnknownModelName`` for an unknown model, ``UnaccessedDictionaryEntry`` for a parameter
the model does not have, ``BadDelay`` for a delay below the resolution and ``IllegalConnection`` for a recorder
connected the wrong way round; hebb raises the same classes with NEST-like messages, and ``NotImplemented`` (a
NESTError) for what NEST has and hebb does not, naming the missing model or function."""


class NESTError(Exception):
    """Base class of every error hebb.nest raises for the kernel, as PyNEST's ``nest.kernel.NESTError``."""

    def __init__(self, message):
        super().__init__(message)
        self.errormessage = message


def _error_class(name):
    def init(self, message, function="hebb"):
        NESTError.__init__(self, "%s in %s: %s" % (name, function, message))
        self.errorname = name
    return type(name, (NESTError,), {"__init__": init, "__doc__": "NEST's %s error." % name})


class _NESTErrors:
    """The namespace ``NESTErrors``: one NESTError subclass per NEST error name, made on first use like PyNEST's."""

    def __init__(self):
        self._classes = {}

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if name not in self._classes:
            self._classes[name] = _error_class(name)
        return self._classes[name]


NESTErrors = _NESTErrors()


def not_implemented(what):
    """The error for a NEST feature hebb does not have; names it."""
    return NESTErrors.NotImplemented("%s is not available in hebb (hebb.nest implements the PyNEST API for the "
                                     "models and functions listed in docs/python.md)" % what)
