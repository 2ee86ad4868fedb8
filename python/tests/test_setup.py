"""Bad setup gives one clear line saying how to fix it: no JDK >= 25, no JPype, a HEBB_JAR that is not a file."""

import os
import subprocess
import sys
import unittest
from unittest import mock

from hebb import _jvm
from support import ROOT


class SetupErrorsTest(unittest.TestCase):

    def test_no_jdk(self):
        with mock.patch.dict(os.environ, {"JAVA_HOME": "/nonexistent/jdk"}):
            with self.assertRaises(_jvm.HebbSetupError) as e:
                _jvm.find_jdk(search_dirs=[])
        self.assertEqual(str(e.exception), "hebb needs a JDK >= 25: none found in JAVA_HOME (/nonexistent/jdk) or in ; "
                                           "install one (e.g. Temurin 25) and set JAVA_HOME")

    def test_found_jdk_is_25_or_newer(self):
        self.assertGreaterEqual(_jvm._java_major(_jvm.find_jdk()), 25)

    def test_no_jpype(self):
        code = "import sys; sys.modules['jpype'] = None; import hebb.nest as nest; nest.Create('iaf_psc_alpha')"
        env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        self.assertNotEqual(out.returncode, 0)
        self.assertEqual(out.stderr.strip().splitlines()[-1],
                         "hebb._jvm.HebbSetupError: hebb needs JPype: install Debian's python3-jpype (apt-get install "
                         "python3-jpype) and run /usr/bin/python3, or a venv made with --system-site-packages")

    def test_hebb_jar_not_a_file(self):
        with mock.patch.dict(os.environ, {"HEBB_JAR": "/nonexistent/hebb.jar"}):
            with self.assertRaisesRegex(_jvm.HebbSetupError, "HEBB_JAR: '/nonexistent/hebb.jar' is not a file"):
                _jvm.find_jar(_jvm.find_jdk())


if __name__ == "__main__":
    unittest.main()
