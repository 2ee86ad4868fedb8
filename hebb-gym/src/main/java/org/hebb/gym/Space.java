package org.hebb.gym;

/** A Gymnasium space: the set of valid observations or actions, either {@link Discrete} or {@link Box}. */
public sealed interface Space permits Discrete, Box {

    /** numpy element type of the space's values. */
    DType dtype();

    /** The shape of one value ({@code []} for a discrete index). */
    int[] shape();
}
