package org.hebb.cli.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the Python package's tests ({@code python/tests}, Debian's python3 with python3-jpype, numpy, h5py,
 * matplotlib) inside the Maven build: hebb.nest against NEST's golden data, hebb.gym against Gymnasium's, load_run,
 * and the comparison with {@code hebb simulate}. The Python side runs on this test's JDK and class path
 * ({@code HEBB_CLASSPATH}), so it needs no packaged jar. Skipped, saying what to install, only when python3-jpype is
 * absent. The output is in {@code target/python-tests.log}.
 */
class PythonPackageTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static final String PACKAGES = "python3-jpype python3-numpy python3-h5py python3-matplotlib python3-scipy";

    @Test
    void pythonTestsPass() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path tests = root.resolve("python/tests");
        assertThat(tests.resolve("test_nest_golden.py")).exists();
        Assumptions.assumeTrue(Files.isExecutable(Path.of(PYTHON)) && run(List.of(PYTHON, "-c",
                        "import jpype, numpy, h5py, matplotlib"), root, null) == 0,
                "Python tests skipped: no " + PYTHON + " with JPype, numpy, h5py and matplotlib; install them with "
                        + "apt-get install " + PACKAGES);
        Path log = Path.of("target/python-tests.log").toAbsolutePath();
        int code = run(List.of(PYTHON, "-m", "unittest", "discover", "-v", "-s", tests.toString(), "-t", tests.toString()),
                root, log);
        String out = Files.readString(log);
        assertThat(code).as("python3 -m unittest on python/tests (log: %s):%n%s", log,
                out.substring(Math.max(0, out.length() - 6000))).isZero();
        assertThat(out).contains("OK").doesNotContain("skipped");
    }

    private static int run(List<String> cmd, Path root, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().put("PYTHONPATH", root.resolve("python") + File.pathSeparator + root.resolve("python/tests"));
        pb.environment().put("HEBB_CLASSPATH", System.getProperty("java.class.path"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("MPLBACKEND", "Agg");
        if (log != null) {
            Files.createDirectories(log.getParent());
            pb.redirectOutput(log.toFile());
        } else {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("python tests did not finish in 20 minutes");
        }
        return p.exitValue();
    }
}
