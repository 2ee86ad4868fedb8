"""Shared by the Python tests: where the golden data lives (the copies hebb-sim's and hebb-gym's tests already
hold, gzipped, beside their README) and how to run hebb's CLI for a comparison."""

import csv
import gzip
import os
import subprocess

from hebb import _jvm

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NEST_GOLDEN = os.path.join(ROOT, "hebb-sim", "src", "test", "resources", "golden", "nest")
GYM_GOLDEN = os.path.join(ROOT, "hebb-gym", "src", "test", "resources", "golden", "gym")


def read_csv(path):
    """Header and rows (lists of strings) of a golden CSV, plain or gzipped."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def run_cli(*args, cwd=None):
    """Runs ``hebb ARGS`` on the JDK and classes hebb.nest uses; returns stdout, raises with stderr on failure."""
    jdk = _jvm.find_jdk()
    java = os.path.join(jdk, "bin", "java")
    cp = os.environ.get("HEBB_CLASSPATH")
    cmd = [java, "-cp", cp, "org.hebb.cli.Hebb"] if cp else [java, "-jar", _jvm.find_jar(jdk)]
    out = subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=cwd)
    if out.returncode != 0:
        raise AssertionError("hebb %s failed (%d): %s" % (" ".join(args), out.returncode, out.stderr))
    return out.stdout
