package org.hebb.l2l.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hebb.l2l.trajectory.GenerationRecord;
import org.hebb.l2l.trajectory.Trajectory;

/**
 * Stores a trajectory as segment files, each written once, plus a small index that presents them as one trajectory
 * (e.g. HDF5, implemented in hebb-report, so hebb-l2l needs no HDF5 library). Segments let a run grow by appending:
 * each generation costs the same to record however long the run is, and no file is ever rewritten whole
 * (see {@code docs/trajectory-h5.md}).
 *
 * <p>Contract: the bytes written depend only on the trajectory's contents (no wall clock, no host names, no
 * hash-order iteration), so equal trajectories give byte-identical files. The run calls it with temporary paths and
 * renames the results into place, so the writer need not be atomic itself.
 */
public interface TrajectoryWriter {

    /** Writes generations {@code [from, to)} of {@code trajectory} to {@code file}, replacing anything there. */
    void writeSegment(Trajectory trajectory, int from, int to, Path file) throws IOException;

    /** Reads back the generations a {@link #writeSegment} call stored, bit for bit. */
    List<GenerationRecord> readSegment(Path file) throws IOException;

    /**
     * Writes the index: the trajectory's description, hall of fame and best, and the {@code segments} (in order,
     * covering every generation) that hold its rows.
     */
    void writeIndex(Trajectory trajectory, List<Segment> segments, Path file) throws IOException;

    /** One segment: its file name (a sibling of the index) and the generations {@code [first, first + count)}. */
    record Segment(String file, int firstGeneration, int generations) {

        /** The segments of a run of {@code size} generations cut every {@code length}, the last possibly shorter. */
        public static List<Segment> of(int size, int length) {
            List<Segment> segments = new ArrayList<>();
            for (int first = 0; first < size; first += length) {
                segments.add(new Segment(RunDirectory.segment(first), first, Math.min(length, size - first)));
            }
            return segments;
        }
    }
}
