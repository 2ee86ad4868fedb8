"""Starts the one JVM hebb runs in: a JDK >= 25 found like ``bin/find-jdk``, the CLI jar found (and built
when missing or stale) like ``./hebb``, and JPype's support jar on the class path."""

import glob
import os
import shlex
import shutil
import subprocess
import sys

REQUIRED_JDK = 25
_JPYPE_HINT = ("hebb needs JPype: install Debian's python3-jpype (apt-get install python3-jpype) and run "
               "/usr/bin/python3, or a venv made with --system-site-packages")


class HebbSetupError(RuntimeError):
    """No JDK >= 25, no JPype or no hebb jar: the message says how to get it."""


def _checkout_root():
    """The repository root when this package runs from a checkout (python/hebb/_jvm.py), else None."""
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    return root if os.path.isfile(os.path.join(root, "mvnw")) else None


def hebb_home():
    """HEBB_HOME, else the checkout this package lives in."""
    home = os.environ.get("HEBB_HOME") or _checkout_root()
    if not home:
        raise HebbSetupError("hebb: cannot find hebb's jar: set HEBB_JAR to hebb.jar or HEBB_HOME to a hebb checkout")
    return home


def _java_major(home):
    java = os.path.join(home, "bin", "java")
    if not (os.access(java, os.X_OK) and os.access(os.path.join(home, "bin", "javac"), os.X_OK)):
        return None
    try:
        out = subprocess.run([java, "-XshowSettings:properties", "-version"], capture_output=True, text=True,
                             timeout=60).stderr
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("java.specification.version = "):
            try:
                return int(line.split("=", 1)[1].strip().split(".")[0])
            except ValueError:
                return None
    return None


SEARCH_DIRS = ["/usr/lib/jvm", "/usr/java", "/opt/java", "/Library/Java/JavaVirtualMachines"]


def find_jdk(search_dirs=None):
    """The home of a JDK >= 25: JAVA_HOME first, then the newest beside the default java (as bin/find-jdk)."""
    env = os.environ.get("JAVA_HOME")
    if env and (_java_major(env) or 0) >= REQUIRED_JDK:
        return env
    dirs = []
    java = shutil.which("java")
    if java and search_dirs is None:
        dirs.append(os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(java)))))
    dirs += SEARCH_DIRS if search_dirs is None else list(search_dirs)
    best, best_major = None, 0
    for d in dirs:
        if not os.path.isdir(d):
            continue
        for home in sorted(glob.glob(os.path.join(d, "*")) + glob.glob(os.path.join(d, "*", "Contents", "Home"))):
            m = _java_major(home) or 0
            if m >= REQUIRED_JDK and m > best_major:
                best, best_major = home, m
    if best is None:
        raise HebbSetupError("hebb needs a JDK >= %d: none found in JAVA_HOME (%s) or in %s; install one "
                             "(e.g. Temurin 25) and set JAVA_HOME" % (REQUIRED_JDK, env or "unset", " ".join(dirs)))
    return best


def _stale(root, jar):
    """As ./hebb: the jar is missing, or a source, pom or resource of the checkout is newer."""
    if not os.path.isfile(jar):
        return True
    if not os.path.isdir(os.path.join(root, ".git")) and not os.path.isfile(os.path.join(root, ".git")):
        return False
    out = subprocess.run(["find", root, "-path", os.path.join(root, ".git"), "-prune", "-o", "(", "-name", "*.java",
                          "-o", "-name", "pom.xml", "-o", "-path", "*/src/main/resources/*", ")", "-newer", jar,
                          "-print", "-quit"], capture_output=True, text=True)
    return bool(out.stdout.strip())


def find_jar(jdk):
    """HEBB_JAR, else HEBB_HOME's (or this checkout's) hebb-cli/target/hebb.jar, built when missing or stale."""
    jar = os.environ.get("HEBB_JAR")
    if jar:
        if not os.path.isfile(jar):
            raise HebbSetupError("HEBB_JAR: '%s' is not a file; must name hebb.jar (./hebb builds it)" % jar)
        return jar
    root = hebb_home()
    jar = os.path.join(root, "hebb-cli", "target", "hebb.jar")
    if os.path.isfile(os.path.join(root, "mvnw")) and _stale(root, jar):
        print("hebb: building the CLI (first use or sources changed) ...", file=sys.stderr)
        env = dict(os.environ, JAVA_HOME=jdk,
                   MAVEN_OPTS=(os.environ.get("MAVEN_OPTS", "") + " --sun-misc-unsafe-memory-access=allow").strip())
        subprocess.run(["./mvnw", "-q", "-B", "-Dmaven.test.skip=true", "-pl", "hebb-cli", "-am", "package"],
                       cwd=root, env=env, check=True, stdout=sys.stderr)
    if not os.path.isfile(jar):
        raise HebbSetupError("hebb: no jar at %s; run ./hebb once or set HEBB_JAR" % jar)
    return jar


def _jpype():
    try:
        import jpype
    except ImportError as e:
        raise HebbSetupError(_JPYPE_HINT) from e
    return jpype


def _support_jar(jpype):
    """org.jpype.jar: Debian installs it in /usr/share/java; pip's JPype keeps it beside the module."""
    candidates = [os.path.join(os.path.dirname(os.path.dirname(jpype.__file__)), "org.jpype.jar"),
                  "/usr/share/java/org.jpype.jar"]
    for c in candidates:
        if os.path.isfile(c):
            return c
    return None


def start():
    """Starts the JVM once (later calls do nothing); returns the jpype module."""
    jpype = _jpype()
    if jpype.isJVMStarted():
        return jpype
    jdk = find_jdk()
    # HEBB_CLASSPATH: hebb's classes as a class path instead of the jar (the Maven build's tests run before packaging)
    classpath = os.environ.get("HEBB_CLASSPATH", "").split(os.pathsep) if os.environ.get("HEBB_CLASSPATH") else [
        find_jar(jdk)]
    libjvm = os.path.join(jdk, "lib", "server", "libjvm.so")
    if not os.path.isfile(libjvm):
        libjvm = os.path.join(jdk, "lib", "server", "libjvm.dylib")
    support = _support_jar(jpype)
    if support:
        classpath.append(support)
    options = ["-Xss8m", "--enable-native-access=ALL-UNNAMED"] + shlex.split(os.environ.get("HEBB_JAVA_OPTS", ""))
    jpype.startJVM(libjvm, *options, classpath=classpath, convertStrings=True)
    return jpype


class _Classes:
    """The Java classes and array types the Python modules call."""


_classes = None


def classes():
    """hebb's Java classes, after starting the JVM once."""
    global _classes
    if _classes is None:
        jpype = start()
        j = _Classes()
        j.jpype = jpype
        for name in ("Network", "NodeCollection", "ConnSpec", "SynSpec", "Models", "Distribution", "ModelInfo"):
            setattr(j, name, jpype.JClass("org.hebb.sim." + name))
        for name in ("Registry", "Discrete"):
            setattr(j, name, jpype.JClass("org.hebb.gym." + name))
        for name in ("java.util.HashMap", "java.util.ArrayList", "java.lang.Double", "java.lang.Boolean",
                     "java.math.BigInteger", "java.lang.IllegalStateException"):
            setattr(j, name.rsplit(".", 1)[1], jpype.JClass(name))
        j.IAE = jpype.JClass("java.lang.IllegalArgumentException")
        j.double_array = jpype.JArray(jpype.JDouble)
        j.float_array = jpype.JArray(jpype.JFloat)
        j.int_array = jpype.JArray(jpype.JInt)
        j.long_array = jpype.JArray(jpype.JLong)
        _classes = j
    return _classes
