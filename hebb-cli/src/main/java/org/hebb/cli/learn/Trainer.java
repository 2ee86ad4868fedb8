package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What {@link LearnSession} drives, one training unit at a time: a plasticity agent ({@link PlasticityTrainer}, a unit
 * is an episode) or a gradient agent ({@link GradientTrainer}, a unit is a DQN episode or a PPO rollout). After each
 * unit the session writes the directory's files ({@link LearnDirectory#commit}): every file atomically, the checkpoint
 * as the commit point, so a kill leaves the last finished unit's checkpoint and at worst older derived files, which
 * {@link #writeDerived} renews on resume.
 */
interface Trainer {

    /** Whether training is over (solved, or the budget used). */
    boolean finished();

    /** Trains one unit; returns the last episode's return. */
    double nextUnit();

    /** Writes the checkpoint, then the derived files (learning.csv, weights.h5). */
    void write(Path dir) throws IOException;

    /** Writes the derived files of the current state (after reading a checkpoint). */
    void writeDerived(Path dir) throws IOException;

    /** learning.csv of the current state (also what the report draws). */
    byte[] csv();

    /** Progress so far, in {@link #progressUnit()}s. */
    long progress();

    /** The progress at which training ends at the latest. */
    long progressMax();

    /** What progress counts: "episode" or "env step". */
    String progressUnit();

    /** One progress line (or the progress bar's extra message) after a unit with last return {@code r}. */
    String progressLine(double r);

    /** Records the outcome in run.json (status and counts); returns the one-line summary. */
    String finish(ObjectNode runJson, Path dir);
}
