package org.hebb.cli.episode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.hebb.cli.UserError;

/** A genome file: one number per line (blank lines are skipped), e.g. the 315 MountainCar weights. */
public final class GenomeFile {

    private GenomeFile() {
    }

    /**
     * @param file     the file
     * @param expected how many numbers it must hold
     * @param what     what they are, for the error message (e.g. "5 hidden neurons")
     * @return the numbers in file order
     */
    public static double[] read(Path file, int expected, String what) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new UserError("genome " + file + ": no such file");
        } catch (IOException e) {
            throw new UserError("genome " + file + ": cannot be read (" + e.getMessage() + ")");
        }
        double[] g = new double[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty()) {
                continue;
            }
            double x;
            try {
                x = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new UserError("genome " + file + " line " + (i + 1) + ": '" + abbreviate(s) + "' is not allowed; must be a number");
            }
            if (!Double.isFinite(x)) {
                throw new UserError("genome " + file + " line " + (i + 1) + ": '" + abbreviate(s) + "' is not allowed; must be a finite number");
            }
            g[n++] = x;
        }
        if (n != expected) {
            throw new UserError("genome " + file + ": " + n + " numbers is not allowed; must be " + expected
                    + " (one per line, for " + what + ")");
        }
        return java.util.Arrays.copyOf(g, n);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
