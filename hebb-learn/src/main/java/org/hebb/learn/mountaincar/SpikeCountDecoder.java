package org.hebb.learn.mountaincar;

/**
 * Reads MountainCar's action from the spike counts of the three output neurons in one env step: the neuron with
 * strictly the most spikes wins; a tie for the most, or silence, means "no push" (L2L's rule).
 */
public final class SpikeCountDecoder {

    /** Push left (output neuron 0, action 0). */
    public static final int LEFT = 0;
    /** No push (output neuron 1, action 1). */
    public static final int NONE = 1;
    /** Push right (output neuron 2, action 2). */
    public static final int RIGHT = 2;

    private SpikeCountDecoder() {
    }

    /**
     * @param left  spikes of output neuron 0
     * @param none  spikes of output neuron 1
     * @param right spikes of output neuron 2
     * @return {@link #LEFT} if left beats both others, {@link #RIGHT} if right does, otherwise {@link #NONE}
     */
    public static int action(int left, int none, int right) {
        if (left > right && left > none) {
            return LEFT;
        }
        if (right > left && right > none) {
            return RIGHT;
        }
        return NONE;
    }
}
