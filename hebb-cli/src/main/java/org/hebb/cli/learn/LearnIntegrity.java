package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hebb.cli.UserError;
import org.hebb.l2l.run.FileSum;

/**
 * Checks a learn directory before anything reads or appends to it ({@code hebb verify}, {@code hebb resume},
 * {@code hebb evaluate}, {@code hebb report}), as {@code RunIntegrity} checks a run directory: {@code run.json}
 * against its own checksum, {@code checkpoint.bin} against its SHA-256 trailer and run.json's identity (config and
 * seed), {@code learning.csv} and {@code weights.h5} against the length and SHA-256 the checkpoint records, and
 * {@code evaluation.json} against its own checksum and identity. Each problem is one line naming the file and what to
 * do. Figures and report.html are not checked: {@code hebb report} remakes them.
 *
 * <p>A run killed while writing may leave learning.csv and weights.h5 older than its checkpoint (they are put in place
 * after it): resuming rewrites them from the checkpoint, and evaluate and report read the checkpoint, so for those
 * readers ({@code forReaders}) a derived file of a killed run (status {@code running}) that differs, or of a run not
 * finished that is missing, is no problem.
 */
final class LearnIntegrity {

    private LearnIntegrity() {
    }

    /** What a reader gets from a checked directory: run.json and the checkpoint (null: no unit done yet). */
    record Checked(ObjectNode runJson, LearnCheckpoint checkpoint) {
    }

    /** Every problem in {@code dir}, one line each (empty: the directory checks). */
    static List<String> verify(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        problems(dir, false, out);
        return out;
    }

    /** Checks {@code dir} for resume, evaluate or report; fails with the first problem (one line, exit 2). */
    static Checked check(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        Checked c = problems(dir, true, out);
        if (!out.isEmpty()) {
            throw new UserError(out.getFirst());
        }
        return c;
    }

    private static Checked problems(Path dir, boolean forReaders, List<String> out) throws IOException {
        ObjectNode runJson;
        try {
            runJson = LearnDirectory.readRunJson(dir);
        } catch (UserError e) {
            out.add(e.getMessage());
            return null;
        }
        String status = runJson.path("status").asText();
        boolean killed = "running".equals(status);
        boolean finished = !killed && !"stopped".equals(status);
        Path ckpt = dir.resolve(LearnDirectory.CHECKPOINT);
        if (!Files.exists(ckpt)) {
            List<String> data = new ArrayList<>();
            for (String f : List.of(LearnDirectory.CSV, LearnDirectory.WEIGHTS, LearnDirectory.EVALUATION)) {
                if (Files.exists(dir.resolve(f))) {
                    data.add(f);
                }
            }
            if (!data.isEmpty() || finished) {
                out.add(ckpt + ": missing while " + (data.isEmpty() ? "run.json says " + status
                        : String.join(", ", data) + (data.size() == 1 ? " exists" : " exist")) + " is not allowed (a"
                        + " resume would learn again from episode 0); " + LearnCheckpoint.TODO);
            }
            return new Checked(runJson, null);
        }
        LearnCheckpoint c;
        try {
            c = LearnCheckpoint.read(ckpt);
        } catch (IllegalArgumentException e) {
            out.add(e.getMessage());
            return null;
        }
        String identity = LearnDirectory.identity(runJson);
        if (!c.identity().equals(identity)) {
            out.add(ckpt + ": run " + c.identity().substring(0, Math.min(12, c.identity().length())) + "… is not"
                    + " allowed; must be run.json's " + identity.substring(0, 12) + "… (config and seed): one of the"
                    + " two is another run's; " + LearnCheckpoint.TODO);
            return null;
        }
        for (Map.Entry<String, FileSum> e : c.files().entrySet()) {
            Path file = dir.resolve(e.getKey());
            String mismatch = e.getValue().mismatch(file);
            if (mismatch == null) {
                continue;
            }
            boolean rewritable = !finished && (killed || mismatch.equals(FileSum.MISSING));
            if (!(rewritable && forReaders)) {
                out.add(file + ": " + mismatch + " in checkpoint.bin is not allowed; " + (rewritable
                        ? "'hebb resume " + dir + "' rewrites it (the run was killed while writing it)"
                        : mismatch.equals(FileSum.MISSING) ? "the file was deleted: " + LearnCheckpoint.TODO
                        : "the file is damaged or another run's: " + LearnCheckpoint.TODO));
            }
        }
        if (!forReaders) {
            String bad = LearnEvaluation.problem(dir, identity);
            if (bad != null) {
                out.add(bad);
            }
        }
        return new Checked(runJson, c);
    }
}
