package org.hebb.l2l.run;

import java.io.IOException;
import java.nio.file.Path;
import org.hebb.l2l.trajectory.Trajectory;

/**
 * Writes a whole trajectory to one file (e.g. HDF5, implemented in hebb-report, so hebb-l2l needs no HDF5 library).
 *
 * <p>Contract: the bytes written depend only on the trajectory's contents (no wall clock, no host names, no
 * hash-order iteration), so equal trajectories give byte-identical files. The run calls it with a temporary path and
 * renames the result into place, so the writer need not be atomic itself. It may be called many times per run.
 */
@FunctionalInterface
public interface TrajectoryWriter {

    /** Writes {@code trajectory} to {@code file}, replacing anything there. */
    void write(Trajectory trajectory, Path file) throws IOException;
}
