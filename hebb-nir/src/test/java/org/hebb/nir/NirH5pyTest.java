package org.hebb.nir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files hebb exports are read by h5py (the library NIR's reader uses) with the golden README's layout; skipped where
 * /usr/bin/python3 has no h5py (Debian: python3-h5py).
 */
class NirH5pyTest {

    @TempDir
    Path tmp;

    private static final String PYTHON = "/usr/bin/python3";

    static boolean h5py() throws Exception {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON, "-c", "import h5py").redirectErrorStream(true).start();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /** Checks the layout the way NIR's reader walks it, printing one line per node: name type sizes. */
    private static final String CHECK = String.join("\n",
            "import sys, h5py, numpy as np",
            "f = h5py.File(sys.argv[1], 'r')",
            "def s(x): return x.decode('utf8') if isinstance(x, bytes) else x",
            "assert s(f['version'][()]) == '1.0.7'",
            "def walk(g, pre):",
            "    assert s(g['type'][()]) == 'NIRGraph'",
            "    e = g['edges'][()]",
            "    assert e.ndim == 2 and e.shape[1] == 2, e.shape",
            "    names = set(g['nodes'].keys())",
            "    for a, b in e: assert s(a) in names and s(b) in names, (a, b)",
            "    fields = {'Input': ['shape'], 'Output': ['shape'], 'Linear': ['weight'], 'Affine': ['weight', 'bias'],",
            "        'LIF': ['tau', 'r', 'v_leak', 'v_threshold', 'v_reset'],",
            "        'CubaLIF': ['tau_syn', 'tau_mem', 'r', 'v_leak', 'v_threshold', 'v_reset', 'w_in'],",
            "        'CubaLI': ['tau_syn', 'tau_mem', 'r', 'v_leak', 'w_in']}",
            "    for k in sorted(names):",
            "        n = g['nodes'][k]; t = s(n['type'][()])",
            "        if t == 'NIRGraph': walk(n, pre + k + '.'); continue",
            "        for fld in fields[t]:",
            "            want = np.int64 if fld == 'shape' else np.float64",
            "            assert n[fld].dtype == want, (k, fld, n[fld].dtype)",
            "        if 'metadata' in n: [n['metadata'][m][()] for m in n['metadata']]",
            "        print(pre + k, t, *[n[fld].shape for fld in fields[t]])",
            "walk(f['node'], '')");

    @Test
    void anExportedFileHasTheGoldenLayout() throws Exception {
        assumeTrue(h5py(), "h5py is not installed for " + PYTHON);
        Path f = tmp.resolve("mixed.nir");
        NirFile.write(NirExport.export(NirRoundTripTest.mixed(new ArrayList<>()), NirExport.Target.NIR, false, s -> { }), f);
        Path script = tmp.resolve("check.py");
        Files.writeString(script, CHECK);
        Process p = new ProcessBuilder(PYTHON, script.toString(), f.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines()).contains("exc CubaLIF (4,) (4,) (4,) (4,) (4,) (4,) (4,)", "alpha LIF (3,) (3,) (3,) (3,) (3,)",
                "alpha_syn CubaLI (3,) (3,) (3,) (3,) (3,)", "delta LIF (2,) (2,) (2,) (2,) (2,)",
                "readout CubaLI (2,) (2,) (2,) (2,) (2,)", "in Input (1,)", "exc__exc Linear (4, 4)",
                "in__exc Linear (4, 3)", "readout_out Output (1,)");
    }

    @Test
    void theGoldenFilesPassTheSameCheck() throws Exception {
        assumeTrue(h5py(), "h5py is not installed for " + PYTHON);
        Path script = tmp.resolve("check.py");
        Files.writeString(script, CHECK);
        for (String g : new String[] {"ff_cubalif.nir", "affine_lif.nir", "recurrent_policy.nir"}) {
            Process p = new ProcessBuilder(PYTHON, script.toString(), NirGoldenTest.golden(g).toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(g + ": " + out).isZero();
        }
    }
}
