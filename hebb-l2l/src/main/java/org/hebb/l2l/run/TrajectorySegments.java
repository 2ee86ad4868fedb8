package org.hebb.l2l.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.trajectory.Trajectory;

/**
 * The run's trajectory files: full segments of {@code length} generations ({@code trajectory-000000.h5},
 * {@code trajectory-000100.h5}, … named by their first generation), each written once when its last generation is
 * done, and the index {@code trajectory.h5} naming them. The generations since the last full segment live in the
 * generation log; at the end (or a stop) they go into a last, partial segment, which the next full segment of the
 * same first generation replaces on resume. So recording a generation costs one log append, and every
 * {@code length} generations one segment of constant size plus the index (whose size grows only by one name per
 * segment): the cost does not grow with the run, and the rows are never held twice on disk.
 */
final class TrajectorySegments {
    private final Path dir;
    private final TrajectoryWriter writer;
    private final int length;
    private final Map<String, FileSum> sums;

    /** Segments of {@code length} generations in {@code dir}; each file written is summed into {@code sums}. */
    TrajectorySegments(Path dir, TrajectoryWriter writer, int length, Map<String, FileSum> sums) {
        this.dir = dir;
        this.writer = writer;
        this.length = length;
        this.sums = sums;
    }

    /** The file name of the segment starting at generation {@code first}. */
    static String name(int first) {
        return RunDirectory.segment(first);
    }

    /** Whether generation count {@code done} completes a segment. */
    boolean completes(int done) {
        return done % length == 0;
    }

    /** Writes the segment ending at {@code t.size()} (full or partial) and then the index naming all segments. */
    void write(Trajectory t, int firstOfLast) throws IOException {
        String last = name(firstOfLast);
        RunDirectory.writeAtomically(dir.resolve(last), tmp -> writer.writeSegment(t, firstOfLast, t.size(), tmp));
        sums.put(last, FileSum.of(dir.resolve(last)));
        writeIndex(t);
    }

    /** Writes what a session ends with: the partial last segment (a resume replaces it) and the index. */
    void finish(Trajectory t, int inSegments) throws IOException {
        if (t.size() > inSegments) {
            write(t, inSegments);
        } else {
            writeIndex(t);
        }
    }

    /** Writes the index for all of {@code t} (segments of {@code length}, the last possibly shorter). */
    void writeIndex(Trajectory t) throws IOException {
        List<TrajectoryWriter.Segment> segments = TrajectoryWriter.Segment.of(t.size(), length);
        RunDirectory.writeAtomically(dir.resolve(RunDirectory.TRAJECTORY),
                tmp -> writer.writeIndex(t, segments, tmp));
        sums.put(RunDirectory.TRAJECTORY, FileSum.of(dir.resolve(RunDirectory.TRAJECTORY)));
    }
}
